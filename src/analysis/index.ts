/** Questions asked of the projected graph and the ledger; every result carries its claim ids. */
export { paths, shortestPath, type Path, type PathStep, type PathRelation } from './paths.js';
export { neighbours, type Neighbourhood, type Neighbour, type NeighbourEdge } from './neighbours.js';
export { rank, scores, type RankMetric, type Ranked } from './rank.js';
export { communities, type Communities, type Community } from './communities.js';
export { timeline, type TimelineItem } from './timeline.js';
export { changes, type Change, type ChangeKind } from './changes.js';
export { findDisputes, type Dispute, type DisputeKind, type DisputeSide } from './disputes.js';
