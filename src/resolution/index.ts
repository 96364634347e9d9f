/** Entity resolution: name matching, blocking, lookup keys and the ingest planner. */
export { nameKey, simplify, isAcronym } from './normalise.js';
export { matchNames, matchPrepared, SAME_THRESHOLD, POSSIBLE_THRESHOLD, type MatchResult } from './match.js';
export { prepare, type NameProfile, type PreparedProfile } from './profile.js';
export { buildIndex, candidates, type Candidate, type IndexedProfile, type NameIndex } from './blocking.js';
export { resolutionKeys } from './keys.js';
export { resolveExtraction, type PlanStep, type ResolutionPlan, type ResolveInput, type PossibleSame } from './plan.js';
export { acronymFits } from './acronym.js';
