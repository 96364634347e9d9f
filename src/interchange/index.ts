/** The `cellgraph/1` interchange format: schema, validation and export mapping. */
export type { Interchange, InterchangeRecords } from './types.js';
export { FORMAT, interchangeSchema } from './schema.js';
export { parseInterchange } from './parse.js';
export { toInterchange } from './to-interchange.js';
