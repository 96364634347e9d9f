/**
 * What one viewer may see of one ledger, worked out once per request and kept.
 *
 * Documents, claims and events carry their own agency and marking, so each is judged
 * alone (`canSee`). Entities carry neither: an entity is visible when a visible claim
 * names it (subject or object), a visible event names it (participant or place), or a
 * visible document mentions it. Two ways to answer that, with the same rule:
 *
 * - for one entity (a page, a lookup, a write check): its mentions, then its claims,
 *   then its events, a few indexed reads, remembered per id;
 * - for listings and counts: every document summary, claim, event and (entity,
 *   document) mention pair in the ledger, read once and kept for the instance. That is
 *   O(size of the ledger) per request that lists entities or asks for stats, and the
 *   visible claims and events stay in memory until the request ends.
 *
 * Writes made through the same transaction tell this object what they changed
 * (`noteVisible`, `forget`), so a transaction sees its own work without rereading.
 */
import type { ClaimRecord, EntityRecord, EventRecord } from '../core/records.js';
import type { DocumentSummary, LedgerQueries } from '../store/store.js';
import type { AccessReader } from '../store/access.js';
import { canSee, seesEverything, type Owned, type Viewer } from './policy.js';

/** The reads visibility needs: the ledger plus the mention pairs of the access port. */
export type VisibilitySource = LedgerQueries & Pick<AccessReader, 'mentionDocuments'>;

/** The whole visible ledger, for listings and counts. */
export interface VisibleSets {
  readonly claims: ReadonlyMap<string, ClaimRecord>;
  readonly events: ReadonlyMap<string, EventRecord>;
  /** Canonical ids of visible entities. */
  readonly entities: ReadonlySet<string>;
  /** Visible entities that are also mentioned in a document the viewer cannot see. */
  readonly partlyMentioned: ReadonlySet<string>;
}

const ALL = 1_000_000_000;

export class Visibility {
  /** True for the operator: every check passes and nothing is read. */
  readonly all: boolean;
  private documents: Promise<Map<string, DocumentSummary>> | null = null;
  private sets: Promise<VisibleSets> | null = null;
  private readonly entityMemo = new Map<string, Promise<boolean>>();
  private readonly canonicalMemo = new Map<string, Promise<string>>();
  /** Entities this instance has already found or made visible; writes cannot take that back mid-transaction. */
  private readonly known = new Set<string>();

  constructor(private readonly source: VisibilitySource, readonly viewer: Viewer) {
    this.all = seesEverything(viewer);
  }

  sees(record: Owned): boolean {
    return canSee(this.viewer, record);
  }

  /** Every visible document's summary, by id. */
  visibleDocuments(): Promise<Map<string, DocumentSummary>> {
    this.documents ??= this.source.listDocuments().then((list) => new Map(list.filter((d) => this.sees(d)).map((d) => [d.id, d])));
    return this.documents;
  }

  async documentVisible(id: string): Promise<boolean> {
    return this.all || (await this.visibleDocuments()).has(id);
  }

  canonical(id: string): Promise<string> {
    let found = this.canonicalMemo.get(id);
    if (!found) this.canonicalMemo.set(id, (found = this.source.canonicalId(id)));
    return found;
  }

  async entityVisible(id: string): Promise<boolean> {
    if (this.all || this.known.has(id)) return true;
    const canonical = await this.canonical(id);
    if (this.known.has(canonical)) return true;
    if (this.sets) return (await this.sets).entities.has(canonical);
    let answer = this.entityMemo.get(canonical);
    if (!answer) {
      answer = this.source.getEntity(canonical).then((e) => (e ? this.recordVisible(e) : false));
      this.entityMemo.set(canonical, answer);
    }
    return answer;
  }

  /** The single-entity form of the rule, starting from a record already read. */
  async entityRecordVisible(entity: EntityRecord): Promise<boolean> {
    if (this.all || this.known.has(entity.id)) return true;
    if (this.sets) return (await this.sets).entities.has(entity.id);
    const memo = this.entityMemo.get(entity.id);
    if (memo) return memo;
    const answer = this.recordVisible(entity);
    this.entityMemo.set(entity.id, answer);
    return answer;
  }

  private async recordVisible(entity: EntityRecord): Promise<boolean> {
    const documents = await this.visibleDocuments();
    if (entity.mentions.some((m) => documents.has(m.document))) return true;
    if ((await this.source.listClaims({ entity: entity.id })).some((c) => this.sees(c))) return true;
    return (await this.source.listEvents({ entity: entity.id })).some((e) => this.sees(e));
  }

  /** Everything visible, read once (see the cost note at the top). */
  everything(): Promise<VisibleSets> {
    this.sets ??= this.readEverything();
    return this.sets;
  }

  /** The visible sets if this instance has begun reading them, so a query can reuse them rather than read again. */
  started(): Promise<VisibleSets> | null {
    return this.sets;
  }

  private async readEverything(): Promise<VisibleSets> {
    const [documents, claims, events, pairs] = await Promise.all([
      this.visibleDocuments(),
      this.source.listClaims({ limit: ALL }),
      this.source.listEvents({ limit: ALL }),
      this.source.mentionDocuments(),
    ]);
    const entities = new Set<string>(this.known);
    const visibleClaims = new Map<string, ClaimRecord>();
    for (const c of claims) {
      if (!this.sees(c)) continue;
      visibleClaims.set(c.id, c);
      entities.add(c.subject).add(c.object);
    }
    const visibleEvents = new Map<string, EventRecord>();
    for (const e of events) {
      if (!this.sees(e)) continue;
      visibleEvents.set(e.id, e);
      if (e.place !== null) entities.add(e.place);
      for (const p of e.participants) entities.add(p.entity);
    }
    const hiddenMention = new Set<string>();
    for (const p of pairs) {
      if (documents.has(p.document)) entities.add(p.entity);
      else hiddenMention.add(p.entity);
    }
    const partlyMentioned = new Set([...hiddenMention].filter((id) => entities.has(id)));
    return { claims: visibleClaims, events: visibleEvents, entities, partlyMentioned };
  }

  /** After a write that only adds: these entities are now visible to the writer. */
  noteVisible(...ids: string[]): void {
    for (const id of ids) this.known.add(id);
    this.sets = null;
  }

  /** After a document was added or entities were merged, split or re-pointed: reread on next use. */
  forget(): void {
    this.documents = null;
    this.sets = null;
    this.entityMemo.clear();
    this.canonicalMemo.clear();
  }
}
