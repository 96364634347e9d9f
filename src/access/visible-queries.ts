/**
 * The read half of the visible ledger: every query of the port, answered with what
 * the viewer may see and nothing else. What is not visible is absent, never refused:
 * a get answers null, lists and counts leave it out, search hits and neighbourhoods
 * go round it, evidence quotes and mentions from invisible documents are dropped
 * from the records that are shown, and so are the names only those documents give an
 * entity (visible-names.ts).
 */
import type { ClaimRecord, EntityRecord, EventRecord, Evidence, Mention } from '../core/records.js';
import type { Marking } from '../model/ontology.js';
import type {
  ClaimFilter, DocumentSummary, EntitySummary, EventFilter, LedgerQueries, MergeRecord, SameAsCandidate, SearchHit, StoreStats,
} from '../store/store.js';
import { filteredPage, page, unpaged } from './paging.js';
import { foundByShownNames, shownNames } from './visible-names.js';
import { resolutionKeys } from '../resolution/keys.js';
import { visibleNeighbourhood } from './visible-neighbourhood.js';
import type { VisibleSets, Visibility, VisibilitySource } from './visibility.js';

export interface ReadItem {
  readonly kind: 'document' | 'claim' | 'event' | 'foreign';
  readonly id: string;
  readonly marking: Marking;
  readonly agency: string;
}

/** Told about every AMBER, AMBER+STRICT or RED record a query returns (the HTTP layer audits those reads). */
export type OnRead = (item: ReadItem) => void;

const AUDITED_MARKINGS: ReadonlySet<Marking> = new Set<Marking>(['TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED']);

/** Engines answer 20 search hits when no limit is given; so does the filtered search. */
const SEARCH_LIMIT = 20;

export function visibleQueries(source: VisibilitySource, visibility: Visibility, onRead?: OnRead): LedgerQueries {
  const all = visibility.all;

  const report = <R extends { readonly id: string; readonly marking: Marking; readonly agency: string }>(kind: ReadItem['kind'], r: R): R => {
    if (onRead && AUDITED_MARKINGS.has(r.marking)) onRead({ kind, id: r.id, marking: r.marking, agency: r.agency });
    return r;
  };

  async function shown<R extends { readonly evidence: readonly Evidence[] }>(record: R): Promise<R> {
    if (all) return record;
    const documents = await visibility.visibleDocuments();
    return record.evidence.every((e) => documents.has(e.document))
      ? record
      : { ...record, evidence: record.evidence.filter((e) => documents.has(e.document)) };
  }
  const claimOut = async (c: ClaimRecord): Promise<ClaimRecord> => report('claim', await shown(c));
  const eventOut = async (e: EventRecord): Promise<EventRecord> => report('event', await shown(e));

  async function entityOut(entity: EntityRecord): Promise<EntityRecord | null> {
    if (all) return entity;
    if (!(await visibility.entityRecordVisible(entity))) return null;
    const documents = await visibility.visibleDocuments();
    const mentions = entity.mentions.filter((m) => documents.has(m.document));
    return mentions.length === entity.mentions.length ? entity : { ...shownNames(entity, mentions), mentions };
  }

  /** The mentions of an entity the viewer can see, read afresh (summaries carry none). */
  async function visibleMentionsOf(id: string): Promise<Mention[]> {
    const record = await source.getEntity(id);
    const documents = await visibility.visibleDocuments();
    return record ? record.mentions.filter((m) => documents.has(m.document)) : [];
  }

  /**
   * Mention counts and names over visible documents only (visible-names.ts); re-sorted,
   * most mentioned first, when any count changed.
   */
  async function countedVisibly(rows: readonly EntitySummary[], sets: VisibleSets): Promise<EntitySummary[]> {
    let changed = false;
    const out: EntitySummary[] = [];
    for (const row of rows) {
      if (!sets.partlyMentioned.has(row.id)) { out.push(row); continue; }
      const visible = await visibleMentionsOf(row.id);
      if (visible.length !== row.mention_count) changed = true;
      out.push({ ...shownNames(row, visible), mention_count: visible.length });
    }
    return changed ? out.sort((a, b) => b.mention_count - a.mention_count) : out;
  }

  async function bothVisible(a: string, b: string): Promise<boolean> {
    return (await visibility.entityVisible(a)) && (await visibility.entityVisible(b));
  }

  async function keep<T>(rows: readonly T[], test: (row: T) => Promise<boolean>): Promise<T[]> {
    const out: T[] = [];
    for (const row of rows) if (await test(row)) out.push(row);
    return out;
  }

  return {
    async listForeignObjects() {
      const objects = await source.listForeignObjects();
      return all ? objects : objects.filter((o) => visibility.sees(o)).map((o) => report('foreign', o));
    },

    async getDocument(id) {
      const d = await source.getDocument(id);
      return d && visibility.sees(d) ? report('document', d) : null;
    },

    async findDocumentBySha(sha256) {
      const d = await source.findDocumentBySha(sha256);
      return d && visibility.sees(d) ? report('document', d) : null;
    },

    async listDocuments() {
      return (await source.listDocuments()).filter((d) => visibility.sees(d)).map((d) => report('document', d));
    },

    async searchDocuments(query, limit = SEARCH_LIMIT) {
      const wanted = Math.floor(limit);
      if (all) {
        const hits = await source.searchDocuments(query, limit);
        if (onRead) await reportHits(hits);
        return hits;
      }
      if (!(wanted > 0)) return [];
      // Ask for more than the page and widen until it is full or the engine runs dry.
      let asked = wanted * 2 + 10;
      for (;;) {
        const hits = await source.searchDocuments(query, asked);
        const documents = await visibility.visibleDocuments();
        const visible = hits.filter((h) => documents.has(h.document)).slice(0, wanted);
        if (visible.length === wanted || hits.length < asked) {
          await reportHits(visible);
          return visible;
        }
        asked *= 4;
      }
    },

    async getEntity(id) {
      const e = await source.getEntity(id);
      return e ? entityOut(e) : null;
    },

    async listEntities(filter = {}) {
      if (all) return source.listEntities(filter);
      if (filter.document !== undefined && !(await visibility.documentVisible(filter.document))) return [];
      const sets = await visibility.everything();
      // With no count to correct the engine's order is final, so only the page needs reading.
      if (sets.partlyMentioned.size === 0) {
        return filteredPage((limit, offset) => source.listEntities({ ...filter, limit, offset }), (e) => sets.entities.has(e.id), filter);
      }
      const rows = (await source.listEntities(unpaged(filter))).filter((e) => sets.entities.has(e.id));
      return page(await countedVisibly(rows, sets), filter);
    },

    async findEntitiesByKeys(keys, type) {
      const rows = await source.findEntitiesByKeys(keys, type);
      if (all) return rows;
      const out: EntitySummary[] = [];
      for (const row of rows) {
        const record = await source.getEntity(row.id);
        if (!record || !(await visibility.entityRecordVisible(record))) continue;
        const documents = await visibility.visibleDocuments();
        const visible = record.mentions.filter((m) => documents.has(m.document));
        if (visible.length === record.mentions.length) {
          out.push(visible.length === row.mention_count ? row : { ...row, mention_count: visible.length });
          continue;
        }
        // Partly mentioned in hidden documents: found only by a name the viewer is shown.
        const shown = shownNames(row, visible);
        if (shown !== row && !foundByShownNames(shown, keys, resolutionKeys)) continue;
        out.push({ ...shown, mention_count: visible.length });
      }
      return out;
    },

    async getClaim(id) {
      const c = await source.getClaim(id);
      return c && visibility.sees(c) ? claimOut(c) : null;
    },

    async listClaims(filter: ClaimFilter = {}) {
      if (all) return (await source.listClaims(filter)).map((c) => report('claim', c));
      if (filter.document !== undefined && !(await visibility.documentVisible(filter.document))) return [];
      const started = visibility.started();
      if (started && onlyPaged(filter)) return Promise.all(page([...(await started).claims.values()], filter).map(claimOut));
      const rows = await filteredPage((limit, offset) => source.listClaims({ ...filter, limit, offset }), (c) => visibility.sees(c), filter);
      return Promise.all(rows.map(claimOut));
    },

    async getEvent(id) {
      const e = await source.getEvent(id);
      return e && visibility.sees(e) ? eventOut(e) : null;
    },

    async listEvents(filter: EventFilter = {}) {
      if (all) return (await source.listEvents(filter)).map((e) => report('event', e));
      if (filter.document !== undefined && !(await visibility.documentVisible(filter.document))) return [];
      const started = visibility.started();
      if (started && onlyPaged(filter)) return Promise.all(page([...(await started).events.values()], filter).map(eventOut));
      const rows = await filteredPage((limit, offset) => source.listEvents({ ...filter, limit, offset }), (e) => visibility.sees(e), filter);
      return Promise.all(rows.map(eventOut));
    },

    async stats(): Promise<StoreStats> {
      if (all) return source.stats();
      const [documents, sets, entities] = await Promise.all([
        visibility.visibleDocuments(), visibility.everything(), source.listEntities(),
      ]);
      return {
        documents: documents.size,
        entities: countBy(entities.filter((e) => sets.entities.has(e.id)), (e) => e.type),
        claims: countBy(sets.claims.values(), (c) => c.predicate),
        events: countBy(sets.events.values(), (e) => e.type),
      };
    },

    async canonicalId(id) {
      if (all) return source.canonicalId(id);
      const canonical = await visibility.canonical(id);
      return (await visibility.entityVisible(canonical)) ? canonical : id;
    },

    async listMerges(entity): Promise<MergeRecord[]> {
      const rows = await source.listMerges(entity);
      if (all) return rows;
      if (entity !== undefined && !(await visibility.entityVisible(entity))) return [];
      return keep(rows, (m) => bothVisible(m.source, m.target));
    },

    async listSameAs(options = {}): Promise<SameAsCandidate[]> {
      const rows = await source.listSameAs(options);
      if (all) return rows;
      if (options.entity !== undefined && !(await visibility.entityVisible(options.entity))) return [];
      return keep(rows, (s) => bothVisible(s.a, s.b));
    },

    async neighbourhood(entity, options) {
      return all ? source.neighbourhood(entity, options) : visibleNeighbourhood(source, visibility, entity, options);
    },
  };

  async function reportHits(hits: readonly SearchHit[]): Promise<void> {
    if (!onRead) return;
    const documents = await visibility.visibleDocuments();
    for (const h of hits) {
      const d: DocumentSummary | undefined = documents.get(h.document);
      if (d) report('document', d);
    }
  }
}

/** A filter that only pages: the cached visible sets answer it. */
const onlyPaged = (filter: object): boolean => Object.entries(filter).every(([k, v]) => v === undefined || k === 'limit' || k === 'offset');

function countBy<T>(rows: Iterable<T>, key: (row: T) => string): Record<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
