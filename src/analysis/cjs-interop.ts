/**
 * graphology's algorithm packages are CommonJS with `module.exports = fn` but declare
 * `export default fn`. Under NodeNext, TypeScript then types the default import as
 * `{ default: fn }` while Node hands over `fn` itself; this helper accepts both.
 */
export function cjsDefault<T>(mod: { default: T } | T): T {
  const m = mod as { default?: T };
  return (typeof m === 'object' || typeof m === 'function') && m !== null && m.default !== undefined ? m.default : (mod as T);
}
