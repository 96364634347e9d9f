/**
 * The lexicon the pipeline uses when none is given: the project gazetteer's surface
 * forms, loaded once on first use (the gazetteer reads its data files lazily).
 */
import type { Lexicon } from './lexicon.js';
import { orgSurfaceForms, placeSurfaceForms } from './gazetteer/index.js';

let cached: Lexicon | null = null;

export function defaultLexicon(): Lexicon {
  if (!cached) cached = { orgs: orgSurfaceForms(), places: placeSurfaceForms() };
  return cached;
}
