/**
 * Document-level event assembly: a definite mention ("the shooting"), a bare count
 * ("Seven people were injured.") or a claim of responsibility joins the incident told
 * just before; an undated arrest/raid/seizure continues the operation just reported;
 * the same incident told twice (same type, date and perpetrator) becomes one event.
 * Drafts with neither date, count nor participants are dropped as too vague.
 */
import type { ExtractedEntity, ExtractedEvent } from '../types.js';
import { DEMONYM_COUNTRY } from '../text/words.js';
import type { Draft } from './draft.js';

const OPERATION = new Set(['arrest', 'raid', 'seizure']);
const INCIDENT = new Set(['attack', 'bombing', 'shooting']);

function merge(into: Draft, d: Draft): void {
  if (d.rank > into.rank && !(OPERATION.has(into.type) !== OPERATION.has(d.type) && !d.continuation)) { into.type = d.type; into.rank = d.rank; into.extractor = d.extractor; }
  into.date ??= d.date;
  if (!into.place && !d.definite) into.place = d.place;
  into.killed ??= d.killed;
  into.injured ??= d.injured;
  into.arrested ??= d.arrested;
  // A revised or final figure told later replaces the first one.
  for (const k of d.revised ?? []) if (d[k] !== null) into[k] = d[k];
  into.amount ??= d.amount ?? null;
  for (const p of d.participants) if (!into.participants.some((q) => q.role === p.role && q.entity === p.entity)) into.participants.push(p);
  for (const e of d.evidence) if (!into.evidence.some((x) => x.start === e.start)) into.evidence.push(e);
}

function compatible(prev: Draft, d: Draft): boolean {
  if (d.continuation) return INCIDENT.has(prev.type) || OPERATION.has(prev.type) || prev.type === 'killing';
  if (OPERATION.has(d.type)) return OPERATION.has(prev.type);
  return INCIDENT.has(prev.type) || prev.type === 'killing';
}

export function assembleEvents(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const pending: Draft[] = [];
  // Indexes keep assembly linear: the last incident told, and incidents by type and date.
  let prev: Draft | undefined;
  let lastIncident: Draft | undefined;
  const byTypeDate = new Map<string, Draft[]>();
  const incidentsByDate = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.incidentOnly) {
      const last = lastIncident;
      if (last && d.sentence - last.sentence <= 12) merge(last, d);
      continue;
    }
    if (d.continuation && (d.incidents ?? 1) > 1) {
      const recent = out.filter((e) => INCIDENT.has(e.type) && d.sentence - e.sentence <= 12).slice(-(d.incidents ?? 1));
      if (recent.length === d.incidents) { for (const e of recent) merge(e, { ...d, killed: null, injured: null, arrested: null }); continue; }
    }
    const near = prev !== undefined && d.sentence - prev.sentence <= 3;
    const soloOperation = OPERATION.has(d.type) && d.date === null && d.place === null;
    if (prev && near && (d.definite || d.continuation || (soloOperation && d.sentence - prev.sentence <= 2)) && compatible(prev, d)
      && (d.date === null || prev.date === null || d.date === prev.date)) {
      merge(prev, d);
      continue;
    }
    if (d.continuation && d.participants.length > 0) { pending.push(d); continue; }
    // "the 2008 attacks" after "the 2008 Mumbai attacks": the same incident, told again.
    if (d.article && d.date !== null && INCIDENT.has(d.type)) {
      const same = incidentsByDate.get(d.date);
      if (same && same.length === 1) { merge(same[0]!, { ...d, place: null }); continue; }
    }
    if (d.definite || d.continuation) continue;
    const hasSubstance = d.date !== null || d.killed !== null || d.injured !== null || d.arrested !== null
      || d.type === 'killing' || d.type === 'designation' || d.type === 'capture';
    if (!hasSubstance) continue;
    const twin = d.date === null ? undefined : (byTypeDate.get(`${d.type}|${d.date}`) ?? []).find((p) =>
      p.participants.some((x) => (x.role === 'perpetrator' || x.role === 'claimed_by') && d.participants.some((y) => y.entity === x.entity)));
    if (twin) { merge(twin, d); continue; }
    const fresh: Draft = { ...d, participants: [...d.participants], evidence: [...d.evidence] };
    for (const p of pending.splice(0)) if (d.sentence - p.sentence <= 12 && INCIDENT.has(d.type)) merge(fresh, { ...p, rank: -1 });
    out.push(fresh);
    if (fresh.type !== 'designation' && fresh.type !== 'capture' && fresh.type !== 'statement') prev = fresh;
    if (INCIDENT.has(fresh.type)) lastIncident = fresh;
    if (fresh.date !== null) {
      const k = `${fresh.type}|${fresh.date}`;
      const list = byTypeDate.get(k) ?? [];
      list.push(fresh);
      byTypeDate.set(k, list);
      if (INCIDENT.has(fresh.type)) incidentsByDate.set(fresh.date, [...(incidentsByDate.get(fresh.date) ?? []), fresh]);
    }
  }
  return out;
}

export function toExtractedEvents(drafts: readonly Draft[]): ExtractedEvent[] {
  return drafts.map((d) => ({
    type: d.type,
    date: d.date,
    place: d.place?.key ?? null,
    participants: d.participants,
    killed: d.killed,
    injured: d.injured,
    arrested: d.arrested,
    amount: d.amount ?? null,
    confidence: d.confidence,
    extractor: d.extractor,
    evidence: d.evidence,
  }));
}

/**
 * An event with no named place but a nationality in its sentence ("arrested by Pakistani
 * forces") happened in that country, when the document names the country elsewhere.
 */
export function placeFromNationality(text: string, events: Draft[], entities: readonly ExtractedEntity[]): void {
  const countries = new Map<string, string>();
  for (const e of entities) if (e.type === 'place' && e.subtype === 'country') countries.set(e.name, e.key);
  for (const ev of events) {
    if (ev.place || ev.type === 'designation' || ev.type === 'leadership_change') continue;
    const span = ev.evidence[0];
    if (!span) continue;
    const words = text.slice(span.start, span.end).match(/\b[A-Z][a-z]+\b/g) ?? [];
    for (const w of words) {
      const key = countries.get(DEMONYM_COUNTRY[w.toLowerCase()] ?? '');
      if (key) { ev.place = { key, rank: 6 }; break; }
    }
  }
}
