/**
 * Ledger → STIX 2.1 bundle. Pure and deterministic: ids come from record ids and
 * timestamps from ingestion times, so two exports of the same ledger are identical.
 * Objects kept from foreign bundles are written back; where one of them is the
 * original of a ledger record, the original is re-emitted with our extension added
 * (another producer's statement is never rewritten in their name).
 */
import { createHash } from 'node:crypto';
import type { EntityRecord } from '../../core/records.js';
import { WorkbenchError } from '../../core/errors.js';
import { MARKINGS, type Marking } from '../../model/ontology.js';
import {
  extensionDefinition, extensionOf, withExtension, withoutOurExtension, CELLGRAPH_EXTENSION_ID, type ExtensionBag,
} from './extension.js';
import { entityBag, entityProperties, indexLedger, personRoles, stixTypeOf } from './export-entities.js';
import {
  claimProperties, datesOf, documentProperties, eventProperties, eventRoleLinks, noteAbstract, standingNote,
  type Context, type Dates,
} from './export-records.js';
import { EPOCH, recordIdForForeign, stixId, toTimestamp, typeOfId, uuidFrom } from './ids.js';
import { allTlpIds, markingTable, tlp2Object, tlpOf, TLP2_IDS } from './markings.js';
import type { ExportOptions, Ledger, StixBundle, StixObject } from './types.js';

const FOREIGN_KIND: Record<string, 'ent' | 'doc' | 'clm' | 'evt'> = {
  'threat-actor': 'ent', 'intrusion-set': 'ent', identity: 'ent', location: 'ent',
  report: 'doc', relationship: 'clm', incident: 'evt',
};

/** The ledger record id a kept foreign object stands for (if any). */
export function foreignRecordId(o: StixObject): string | null {
  const bag = extensionOf(o);
  if (bag && typeof bag.record_id === 'string') return bag.record_id;
  const kind = FOREIGN_KIND[o.type];
  return kind ? recordIdForForeign(kind, o.id) : null;
}

export function ledgerToStix(ledger: Ledger, options: ExportOptions = {}): StixBundle {
  const defaultMarking = options.defaultMarking ?? 'TLP:CLEAR';
  const foreign = options.foreign ?? [];
  const originals = new Map<string, StixObject>();
  for (const o of foreign) {
    const rid = foreignRecordId(o);
    if (rid && !originals.has(rid)) originals.set(rid, o);
  }
  const table = markingTable(foreign, () => undefined);
  const identity = options.identity
    ? { id: options.identity.id ?? stixId('identity', `agency:${options.identity.name}`), name: options.identity.name }
    : null;
  const createdBy = identity ? { created_by_ref: identity.id } : {};

  const entities = new Map<string, EntityRecord>(ledger.entities.map((e) => [e.id, e]));
  const ingested = new Map(ledger.documents.map((d) => [d.id, toTimestamp(d.ingested_at)]));
  const index = indexLedger(ledger);
  const roles = new Map(ledger.entities.map((e) => [e.id, e.type === 'person' ? personRoles(e, index, entities) : []]));
  const ids = new Map<string, string>();
  const idFor = (recordId: string, type: string): string => {
    const id = originals.get(recordId)?.id ?? stixId(type, recordId);
    ids.set(recordId, id);
    return id;
  };
  for (const d of ledger.documents) idFor(d.id, 'report');
  for (const e of ledger.entities) idFor(e.id, stixTypeOf(e, roles.get(e.id) ?? []));
  for (const c of ledger.claims) idFor(c.id, 'relationship');
  for (const e of ledger.events) idFor(e.id, 'incident');

  const ctx: Context = {
    stixIdOf(recordId) {
      const id = ids.get(recordId);
      if (!id) throw new WorkbenchError('corrupt', `STIX export: record "${recordId}" is referenced but not in the ledger`);
      return id;
    },
    nameOf: (id) => entities.get(id)?.name ?? null,
    datesFrom(docs) {
      let first: string | null = null;
      let last: string | null = null;
      for (const d of docs) {
        const t = ingested.get(d);
        if (t && (!first || t < first)) first = t;
        if (t && (!last || t > last)) last = t;
      }
      return { created: first ?? EPOCH, modified: last ?? EPOCH };
    },
  };

  const out: StixObject[] = [];
  /** Builds one object, merged with its foreign original when there is one. */
  const emit = (
    id: string, dates: Dates, props: Record<string, unknown>, bag: ExtensionBag, marking: Marking | null,
  ): void => {
    const original = typeof bag.record_id === 'string' ? originals.get(bag.record_id) : undefined;
    if (original && original.id === id) { out.push(mergeOriginal(original, props, bag, marking)); return; }
    out.push({
      type: typeOfId(id), spec_version: '2.1', id, created: dates.created, modified: dates.modified, ...createdBy, ...props,
      ...(marking ? { object_marking_refs: [TLP2_IDS[marking]] } : {}),
      extensions: withExtension(bag),
    });
  };
  const mergeOriginal = (
    o: StixObject, props: Record<string, unknown>, bag: ExtensionBag, marking: Marking | null,
  ): StixObject => {
    const ours = extensionOf(o);
    const exts = (withoutOurExtension(o).extensions ?? {}) as Record<string, unknown>;
    if (ours && ours.foreign !== true) {
      // Our own object that another tool decorated: regenerate it, keep their additions.
      const extras = Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith('x_')));
      return {
        type: o.type, spec_version: '2.1', id: o.id, created: o.created, modified: o.modified, ...createdBy, ...props,
        ...(marking ? { object_marking_refs: [TLP2_IDS[marking]] } : {}), ...extras,
        extensions: { ...exts, ...withExtension(bag) },
      };
    }
    const merged: StixObject = { ...o, extensions: { ...exts, ...withExtension({ ...bag, foreign: true }) } };
    if (marking && marking !== (tlpOf(o, table) ?? defaultMarking)) {
      // The analyst made it stricter (or looser) here: say so on the object, not only in our store.
      const tlpIds = allTlpIds(table);
      const refs = (Array.isArray(o.object_marking_refs) ? o.object_marking_refs : []).filter((r) => !tlpIds.has(String(r)));
      merged.object_marking_refs = [...refs, TLP2_IDS[marking]];
    }
    return merged;
  };

  const supported = new Map<string, string[]>(ledger.documents.map((d) => [d.id, []]));
  const support = (docIds: Iterable<string>, stixIds: readonly string[]): void => {
    for (const d of new Set(docIds)) supported.get(d)?.push(...stixIds);
  };

  for (const e of ledger.entities) {
    const id = ids.get(e.id)!;
    const dates = ctx.datesFrom(e.mentions.map((m) => m.document));
    emit(id, dates, entityProperties(e, typeOfId(id), roles.get(e.id) ?? [], index), entityBag(e), null);
    support(e.mentions.map((m) => m.document), [id]);
  }
  for (const c of ledger.claims) {
    const { props, bag } = claimProperties(c, ctx);
    const dates = datesOf(c, ctx);
    emit(ids.get(c.id)!, dates, props, bag, c.marking);
    const refs = [ids.get(c.id)!, ids.get(c.subject)!, ids.get(c.object)!];
    const note = standingNote(c);
    if (note) {
      const nid = stixId('note', `${c.id}|note`);
      emit(nid, dates, { abstract: noteAbstract(c), content: note, object_refs: [ids.get(c.id)!] },
        { record_type: 'claim_note', claim: c.id }, c.marking);
      refs.push(nid);
    }
    support(c.evidence.map((ev) => ev.document), refs);
  }
  for (const e of ledger.events) {
    const { props, bag } = eventProperties(e, ctx);
    const dates = datesOf(e, ctx);
    emit(ids.get(e.id)!, dates, props, bag, e.marking);
    const refs = [ids.get(e.id)!];
    for (const link of eventRoleLinks(e, ctx)) {
      emit(link.id, dates, link.props, link.bag, e.marking);
      refs.push(link.id, String(link.props.target_ref));
    }
    const note = standingNote(e);
    if (note) {
      const nid = stixId('note', `${e.id}|note`);
      emit(nid, dates, { abstract: noteAbstract(e), content: note, object_refs: [ids.get(e.id)!] },
        { record_type: 'event_note', event: e.id }, e.marking);
      refs.push(nid);
    }
    support(e.evidence.map((ev) => ev.document), refs);
  }
  for (const d of ledger.documents) {
    const { props, bag } = documentProperties(d);
    const refs = [...new Set(supported.get(d.id) ?? [])];
    // A report must reference something; an empty document points at the definition of our extension.
    const at = toTimestamp(d.ingested_at);
    emit(ids.get(d.id)!, { created: at, modified: at }, { ...props, object_refs: refs.length ? refs : [CELLGRAPH_EXTENSION_ID] },
      bag, d.marking);
  }
  // Reports first, as readers expect; they are built last only because they list what the others produced.
  const reports = out.splice(out.length - ledger.documents.length);

  const head: StixObject[] = [];
  if (identity) {
    head.push({
      type: 'identity', spec_version: '2.1', id: identity.id, created: EPOCH, modified: EPOCH,
      name: identity.name, identity_class: 'organization',
    });
  }
  head.push(extensionDefinition(identity?.id));
  // Only markings something actually references: a foreign original keeps its own refs.
  const used = new Set(out.flatMap((o) => (Array.isArray(o.object_marking_refs) ? o.object_marking_refs : [])));
  for (const m of MARKINGS) if (used.has(TLP2_IDS[m])) head.push(tlp2Object(m));

  const emitted = new Set([...head, ...reports, ...out].map((o) => o.id));
  const kept = foreign.filter((o) => !emitted.has(o.id));
  const objects = [...head, ...reports, ...out, ...kept];
  const digest = createHash('sha256').update(canonical(objects)).digest('hex');
  return { type: 'bundle', id: `bundle--${uuidFrom(`bundle:${digest}`)}`, objects };
}

/** JSON with sorted keys, so the bundle id depends on content, not on property order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
