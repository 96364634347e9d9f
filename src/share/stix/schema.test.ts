/**
 * Every object Cellgraph exports validates against the official OASIS STIX 2.1 JSON
 * schemas (read from ../shared/data/stix-schemas, never copied into the repo).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { fixtureLedger } from './test-fixture.js';
import { ledgerToStix } from './index.js';
import type { StixObject } from './types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const schemaRoot = path.resolve(repoRoot, '../shared/data/stix-schemas/schemas');
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

function loadValidator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false, logger: false }) // the OASIS patterns use escapes unicode mode rejects;
  // ajv-formats is CommonJS: under NodeNext its default import is the module object.
  const addFormats = (formatsModule as unknown as { default: typeof formatsModule.default }).default ?? formatsModule;
  addFormats(ajv);
  for (const dir of ['common', 'sdos', 'sros', 'observables']) {
    for (const file of readdirSync(path.join(schemaRoot, dir)).filter((f) => f.endsWith('.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(path.join(schemaRoot, dir, file), 'utf8')) as object);
    }
  }
  return ajv;
}

function schemaFor(o: StixObject): string {
  if (o.type === 'marking-definition' || o.type === 'extension-definition') return `${BASE}common/${o.type}.json`;
  if (o.type === 'relationship' || o.type === 'sighting') return `${BASE}sros/${o.type}.json`;
  return `${BASE}sdos/${o.type}.json`;
}

describe('OASIS STIX 2.1 schema validation', () => {
  const ajv = loadValidator();
  const bundle = ledgerToStix(fixtureLedger(), { identity: { name: 'Example CTD' } });

  it('validates the bundle', () => {
    // bundle.json at this commit lists no branch for location, note, incident, grouping, opinion or
    // extension-definition, and its custom-object branch (oneOf core / cyber-observable-core) can never
    // match an SDO (both cores accept it), the same gap as cti-stix2-json-schemas issue #133 had for
    // infrastructure. Those objects are checked against their own schemas in the next test.
    const listed = new Set(readFileSync(path.join(schemaRoot, 'common/bundle.json'), 'utf8')
      .match(/"\.\.\/(?:sdos|sros|common)\/([a-z-]+)\.json"/g)!.map((m) => m.replace(/^.*\/([a-z-]+)\.json"$/, '$1')));
    const inBundle = bundle.objects.filter((o) => listed.has(o.type));
    expect(inBundle.length).toBeGreaterThan(20);
    const validate = ajv.getSchema(`${BASE}common/bundle.json`)!;
    const ok = validate({ ...bundle, objects: inBundle });
    expect(ok ? [] : validate.errors).toEqual([]);
    expect(validate({ ...bundle, id: 'report--0c8a1d44-1f0f-4c53-9b7e-1c1f7a9f3a11' })).toBe(false);
  });

  it('validates every object against the schema of its type', () => {
    const failures: string[] = [];
    const types = new Set<string>();
    for (const o of bundle.objects) {
      types.add(o.type);
      const validate = ajv.getSchema(schemaFor(o));
      if (!validate) { failures.push(`${o.type}: no schema`); continue; }
      if (!validate(o)) failures.push(`${o.id}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(failures).toEqual([]);
    expect([...types].sort()).toEqual(['extension-definition', 'identity', 'incident', 'location', 'marking-definition',
      'note', 'relationship', 'report', 'threat-actor']);
  });

  it('would reject a broken object (the validator is live)', () => {
    const validate = ajv.getSchema(`${BASE}sros/relationship.json`)!;
    const rel = bundle.objects.find((o) => o.type === 'relationship')!;
    expect(validate({ ...rel, confidence: 0.9 })).toBe(false);
    expect(validate({ ...rel, id: 'relationship--not-a-uuid' })).toBe(false);
  });
});
