/**
 * `cellgraph import` of other producers' STIX bundles keeps what it cannot map in the
 * store, and `export --format stix` gives every object back: the real OASIS and MITRE
 * bundles go through an empty SQLite store with every object id and value intact.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { exportStix, importLedger } from './exchange.js';
import { visibleLedger } from '../access/visible-ledger.js';
import { CELLGRAPH_EXTENSION_ID, type StixBundle, type StixObject } from '../share/stix/index.js';
import { operatorViewer, viewerFor } from '../access/policy.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const load = (file: string): StixBundle => JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/data/stix', file), 'utf8')) as StixBundle;
const dir = mkdtempSync(path.join(tmpdir(), 'cellgraph-foreign-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The object as its producer wrote it: our extension is the one thing export may add. */
function withoutOurs(o: StixObject): StixObject {
  if (!o.extensions) return o;
  const exts = { ...(o.extensions as Record<string, unknown>) };
  delete exts[CELLGRAPH_EXTENSION_ID];
  const { extensions: _drop, ...rest } = o;
  return Object.keys(exts).length ? { ...rest, extensions: exts } : rest;
}

describe.each([
  ['apt1', 'oasis_cti-documentation_apt1.json'],
  ['poisonivy', 'oasis_cti-documentation_poisonivy.json'],
  ['mitre', 'mitre_attack_mobile_17.1_south_asia_subset.json'],
])('%s through an empty store', (name, file) => {
  it('imports without loss and re-exports every object unchanged; importing again writes nothing', async () => {
    const original = load(file);
    const store = await openSqliteStore(path.join(dir, `${name}.db`));
    try {
      const report = await importLedger(store, original);
      expect(report.kept).toBeGreaterThan(0);
      const exported = await exportStix(store);
      const byId = new Map(exported.objects.map((o) => [o.id, o]));
      for (const o of original.objects) expect(withoutOurs(byId.get(o.id) ?? { type: 'missing', id: o.id }), o.id).toEqual(o);
      const journal = await store.lastChange();
      const again = await importLedger(store, original);
      expect(again.kept).toBe(0);
      expect(await store.lastChange()).toBe(journal);
      expect(await exportStix(store)).toEqual(exported);
    } finally {
      await store.close();
    }
  });
});

describe('kept objects and the policy', () => {
  it('stores kept objects under the importer agency and their marking; a partner sees them only through an agreement', async () => {
    const store = await openSqliteStore(path.join(dir, 'policy.db'));
    try {
      const bundle = load('oasis_cti-documentation_poisonivy.json');
      const malware = bundle.objects.find((o) => o.type === 'malware')!;
      const green = { ...bundle, objects: bundle.objects.map((o) => (o.id === malware.id ? { ...o, object_marking_refs: ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'] } : o)) };
      await importLedger(store, green, { agency: 'ctd-a' });
      const kept = await store.listForeignObjects();
      expect(kept.find((o) => o.id === malware.id)).toMatchObject({ agency: 'ctd-a', marking: 'TLP:GREEN', type: 'malware' });
      expect(kept.every((o) => o.agency === 'ctd-a')).toBe(true);
      expect(await visibleLedger(store, operatorViewer('cli:test', 'local')).listForeignObjects()).toHaveLength(kept.length);
      const partner = (markings: Array<'TLP:GREEN' | 'TLP:CLEAR'>) => viewerFor({ actor: 'u', agency: 'ctd-b', role: 'viewer' }, [{
        id: 'agr_1', from_agency: 'ctd-a', to_agency: 'ctd-b', markings, created_by: 'x', created_at: '2026-01-01T00:00:00Z', revoked_at: null,
      }]);
      const seenBy = (markings: Array<'TLP:GREEN' | 'TLP:CLEAR'>) => visibleLedger(store, partner(markings));
      expect(await seenBy([]).listForeignObjects()).toEqual([]);
      expect((await seenBy(['TLP:GREEN']).listForeignObjects()).map((o) => o.id)).toEqual([malware.id]);
      const partnerBundle = await exportStix(seenBy(['TLP:GREEN']));
      expect(partnerBundle.objects.some((o) => o.id === malware.id)).toBe(true);
      expect(partnerBundle.objects.some((o) => o.type === 'indicator' || o.type === 'threat-actor')).toBe(false);
    } finally {
      await store.close();
    }
  });
});
