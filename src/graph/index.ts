/** The time-aware graph projection of the ledger and its exports. */
export { projectGraph, project, edgeKey, type Projection } from './project.js';
export { toGraphologyJSON } from './export-json.js';
export { toGraphML } from './export-graphml.js';
export { toGEXF } from './export-gexf.js';
export type { CellGraph, EdgeAttributes, EdgeStatus, EntityLike, GraphInput, NodeAttributes, ProjectOptions } from './types.js';
