/**
 * Documents, claims and events as STIX objects: a `report` per document, a
 * `relationship` per claim (our predicate in kebab-case), an `incident` per event with
 * relationships to its participants, and a `note` on every claim or event whose
 * standing a plain STIX reader would otherwise misread (negated, disputed, rejected).
 */
import type { ClaimRecord, DocumentRecord, EventRecord, Evidence } from '../../core/records.js';
import type { Role } from '../../model/ontology.js';
import type { ExtensionBag } from './extension.js';
import { kebab, periodEnd, periodStart, stixId, toTimestamp } from './ids.js';

export interface Dates { created: string; modified: string }

/** What every record exporter needs to know about the rest of the bundle. */
export interface Context {
  stixIdOf(recordId: string): string;
  nameOf(entityId: string): string | null;
  /**
   * `created` = earliest and `modified` = latest ingestion instant of the given documents
   * (EPOCH when none is known): new evidence makes a new version receivers pick up.
   */
  datesFrom(documentIds: Iterable<string>): Dates;
}

/** STIX-side verbs for event roles; roles STIX has no verb for keep our name in kebab-case. */
const ROLE_VERB: Partial<Record<Role, string>> = {
  perpetrator: 'attributed-to', target: 'targets', victim: 'targets', location: 'located-at',
};

const evidenceBag = (ev: readonly Evidence[]): Array<Record<string, unknown>> => ev.map((e) => ({ ...e }));
const docsOf = (ev: readonly Evidence[]): string[] => ev.map((e) => e.document);

export function documentProperties(d: DocumentRecord): { props: Record<string, unknown>; bag: ExtensionBag } {
  const isUrl = !!d.source && /^https?:\/\//i.test(d.source);
  return {
    props: {
      name: d.title ?? d.source ?? d.id,
      published: d.published ? periodStart(d.published) : toTimestamp(d.ingested_at),
      ...(isUrl ? { external_references: [{ source_name: 'source', url: d.source }] } : {}),
    },
    bag: {
      record_type: 'document', record_id: d.id, title: d.title, source: d.source, published_date: d.published,
      sha256: d.sha256, media_type: d.media_type, text: d.text, ingested_at: d.ingested_at, reliability: d.reliability,
      agency: d.agency,
    },
  };
}

export function claimProperties(c: ClaimRecord, ctx: Context): { props: Record<string, unknown>; bag: ExtensionBag } {
  const start = c.valid_from ? periodStart(c.valid_from) : null;
  let stop = c.valid_to ? periodEnd(c.valid_to) : null;
  if (start && stop && stop <= start) stop = null;
  return {
    props: {
      relationship_type: kebab(c.predicate),
      ...(c.negated ? { description: 'The source denies this relation; see the note on it.' } : {}),
      source_ref: ctx.stixIdOf(c.subject),
      target_ref: ctx.stixIdOf(c.object),
      ...(start ? { start_time: start } : {}),
      ...(stop ? { stop_time: stop } : {}),
      confidence: toPercent(c.confidence),
    },
    bag: {
      record_type: 'claim', record_id: c.id, subject: c.subject, predicate: c.predicate, object: c.object,
      valid_from: c.valid_from, valid_to: c.valid_to, former: c.former, negated: c.negated,
      confidence: c.confidence, status: c.status, credibility: c.credibility, extractor: c.extractor, agency: c.agency,
      evidence: evidenceBag(c.evidence),
    },
  };
}

export function eventProperties(e: EventRecord, ctx: Context): { props: Record<string, unknown>; bag: ExtensionBag } {
  const where = e.place ? ctx.nameOf(e.place) : null;
  const counts = [
    e.killed !== null ? `${e.killed} killed` : null,
    e.injured !== null ? `${e.injured} injured` : null,
    e.arrested !== null ? `${e.arrested} arrested` : null,
  ].filter(Boolean);
  return {
    props: {
      name: [e.type.replace(/_/g, ' '), e.date, where].filter(Boolean).join(', '),
      ...(counts.length ? { description: `Reported: ${counts.join(', ')}.` } : {}),
      confidence: toPercent(e.confidence),
    },
    bag: {
      record_type: 'event', record_id: e.id, event_type: e.type, date: e.date, place: e.place,
      participants: e.participants.map((p) => ({ ...p })),
      killed: e.killed, injured: e.injured, arrested: e.arrested, amount: e.amount ? { ...e.amount } : null,
      confidence: e.confidence, status: e.status, extractor: e.extractor, agency: e.agency, evidence: evidenceBag(e.evidence),
    },
  };
}

export interface RoleLink { id: string; props: Record<string, unknown>; bag: ExtensionBag }

/** One relationship per participant, plus `located-at` to the event's place. */
export function eventRoleLinks(e: EventRecord, ctx: Context): RoleLink[] {
  const incident = ctx.stixIdOf(e.id);
  const links: RoleLink[] = e.participants.map((p, i) => ({
    id: stixId('relationship', `${e.id}|role|${i}|${p.role}|${p.entity}`),
    props: { relationship_type: ROLE_VERB[p.role] ?? kebab(p.role), source_ref: incident, target_ref: ctx.stixIdOf(p.entity) },
    bag: { record_type: 'event_role', event: e.id, role: p.role, entity: p.entity },
  }));
  if (e.place) {
    links.push({
      id: stixId('relationship', `${e.id}|place|${e.place}`),
      props: { relationship_type: 'located-at', source_ref: incident, target_ref: ctx.stixIdOf(e.place) },
      bag: { record_type: 'event_role', event: e.id, role: 'place', entity: e.place },
    });
  }
  return links;
}

/** Why a record needs a note, in words a STIX reader sees; null when it needs none. */
export function standingNote(r: { status: string; negated?: boolean; evidence: readonly Evidence[] }): string | null {
  const lines: string[] = [];
  if (r.negated) lines.push('The source denies this statement (Cellgraph records it as negated).');
  if (r.status === 'disputed') lines.push('Analysts mark this statement as disputed: sources disagree about it.');
  if (r.status === 'rejected') lines.push('An analyst rejected this statement; it is kept only for the record.');
  if (!lines.length) return null;
  const quote = r.evidence[0]?.quote;
  if (quote) lines.push(`Evidence: "${quote}"`);
  return lines.join('\n');
}

export const noteAbstract = (r: { status: string; negated?: boolean }): string =>
  r.negated ? 'Negated by the source' : r.status === 'disputed' ? 'Disputed' : 'Rejected by an analyst';

export const datesOf = (r: { evidence: readonly Evidence[] }, ctx: Context): Dates => ctx.datesFrom(docsOf(r.evidence));

function toPercent(confidence: number): number {
  return Math.max(0, Math.min(100, Math.round(confidence * 100)));
}
