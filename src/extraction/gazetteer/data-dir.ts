/**
 * Where the shipped gazetteer data lives: data/gazetteer at the package root. The same
 * relative path holds from src/extraction/gazetteer (tsx, vitest) and from
 * dist/extraction/gazetteer (the built package).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function gazetteerDataDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/gazetteer');
}
