/**
 * TLP markings. Cellgraph speaks TLP 2.0 and emits the standard marking-definition
 * objects (fixed ids, TLP 2.0 extension). TLP 1.0 markings from older producers are
 * read and mapped to their TLP 2.0 counterpart (WHITE becomes CLEAR).
 */
import type { Marking } from '../../model/ontology.js';
import type { StixObject } from './types.js';
import { isObject } from './types.js';

export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

export const TLP2_IDS: Readonly<Record<Marking, string>> = {
  'TLP:CLEAR': 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  'TLP:GREEN': 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  'TLP:AMBER': 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'TLP:AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  'TLP:RED': 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** The well-known STIX 2.0/2.1 TLP 1.0 marking ids. */
export const TLP1_IDS: Readonly<Record<string, Marking>> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'TLP:CLEAR',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'TLP:GREEN',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'TLP:AMBER',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'TLP:RED',
};

const TLP1_WORDS: Readonly<Record<string, Marking>> = {
  white: 'TLP:CLEAR', clear: 'TLP:CLEAR', green: 'TLP:GREEN', amber: 'TLP:AMBER', red: 'TLP:RED',
};

const BY_ID = new Map<string, Marking>(Object.entries(TLP2_IDS).map(([m, id]) => [id, m as Marking]));

export const isTlp2Id = (id: string): boolean => BY_ID.has(id);

/** Strictest first, so an object carrying several TLP refs gets the strictest. */
const ORDER: readonly Marking[] = ['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR'];

export function tlp2Object(marking: Marking): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_IDS[marking],
    created: '2022-10-01T00:00:00.000Z',
    name: marking,
    extensions: {
      [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: marking.slice(4).toLowerCase() },
    },
  };
}

/**
 * Reads TLP 1.0 marking-definition objects of a bundle (`definition_type: "tlp"`)
 * into an id → TLP 2.0 table, on top of the well-known ids.
 */
export function markingTable(objects: readonly StixObject[], warn: (w: string) => void): Map<string, Marking> {
  const table = new Map<string, Marking>([...BY_ID, ...Object.entries(TLP1_IDS)]);
  for (const o of objects) {
    if (o.type !== 'marking-definition' || o.definition_type !== 'tlp') continue;
    const word = isObject(o.definition) && typeof o.definition.tlp === 'string' ? o.definition.tlp.toLowerCase() : '';
    const m = TLP1_WORDS[word];
    if (!m) { warn(`${o.id}: unknown TLP level "${word}", ignored`); continue; }
    table.set(o.id, m);
    warn(`${o.id}: TLP 1.0 marking "${word}" read as ${m}`);
  }
  return table;
}

/** The strictest TLP among an object's `object_marking_refs`, or null when it has none. */
export function tlpOf(o: StixObject, table: ReadonlyMap<string, Marking>): Marking | null {
  const refs = Array.isArray(o.object_marking_refs) ? o.object_marking_refs : [];
  const found = new Set(refs.map((r) => table.get(String(r))).filter((m): m is Marking => !!m));
  return ORDER.find((m) => found.has(m)) ?? null;
}

/** Every known TLP id (1.0 and 2.0), to strip from a refs list before setting ours. */
export const allTlpIds = (table: ReadonlyMap<string, Marking>): Set<string> => new Set(table.keys());
