/**
 * Document intake: files in, verbatim text with title, date and fingerprint out.
 */
export { readDocument } from './read-document.js';
export { listInputs, type InputList } from './list-inputs.js';
export { formatOf, SUPPORTED_EXTENSIONS, type DocumentFormat } from './formats.js';
export { DEFAULT_MAX_BYTES, type ReadDocument, type ReadOptions } from './types.js';
