/**
 * One direction of data flow, checked: each layer of src/ may import (at run time)
 * only the layers listed for it. Type-only imports are free, since they vanish at
 * build time. A new folder must be given its place here, or this test fails.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './cli/helpers.js';

const SRC = path.join(REPO, 'src');

const ALLOWED: Record<string, readonly string[]> = {
  model: ['core'],
  core: ['model'],
  documents: ['core', 'model'],
  // The name key is a shared primitive the gazetteer indexes by.
  extraction: ['core', 'model', 'resolution/normalise'],
  resolution: ['core', 'model'],
  interchange: ['core', 'model'],
  graph: ['core', 'model'],
  analysis: ['core', 'model', 'graph'],
  evaluation: ['core', 'model', 'interchange', 'resolution'],
  datasets: ['core', 'model', 'resolution', 'extraction', 'graph'],
  share: ['core', 'model', 'interchange'],
  report: ['core', 'model', 'graph', 'analysis', 'datasets'],
  // The access policy: pure; it knows the store port by its types only (type imports are free) and
  // matches names with resolution's keys, so a hidden alias never finds an entity.
  access: ['core', 'model', 'resolution'],
  store: ['core', 'model'],
  adapters: ['core', 'model', 'store'],
  app: ['core', 'model', 'documents', 'extraction', 'resolution', 'interchange', 'evaluation', 'graph', 'analysis', 'datasets', 'share', 'store', 'access', 'adapters', 'report'],
  http: ['core', 'model', 'documents', 'extraction', 'resolution', 'interchange', 'graph', 'analysis', 'datasets', 'share', 'store', 'access', 'adapters', 'report', 'app'],
  cli: ['core', 'model', 'documents', 'extraction', 'resolution', 'interchange', 'evaluation', 'graph', 'analysis', 'datasets', 'share', 'store', 'access', 'adapters', 'report', 'app', 'http'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

describe('architecture', () => {
  const layers = readdirSync(SRC).filter((d) => statSync(path.join(SRC, d)).isDirectory());

  it('gives every src/ folder a place in the layering', () => {
    expect(layers.filter((l) => !(l in ALLOWED))).toEqual([]);
  });

  it('imports only from earlier layers', () => {
    const violations: string[] = [];
    for (const layer of layers) {
      for (const file of files(path.join(SRC, layer))) {
        if (/contract[\w-]*\.ts$/.test(file)) continue; // the store contract suite is test code
        for (const m of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
          const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!));
          const targetLayer = target.split(path.sep)[0]!;
          if (targetLayer === layer || target.startsWith('..')) continue;
          const allowed = ALLOWED[layer] ?? [];
          const ok = allowed.some((a) => target === a || target.startsWith(`${a}${path.sep}`) || target.replace(/\.js$/, '') === a);
          if (!ok) violations.push(`${path.relative(SRC, file)} → ${target}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
