/**
 * The profile panel, after Stanford's Mapping Militant Organizations: name, aliases,
 * type, leaders over time, allegiances, splinters, affiliates, rivals, areas of
 * operation and incidents with casualties. Every line carries a footnote to the quote
 * behind it; the footnote opens the document at that span.
 */
import { get, enc, type Claim, type Entity, type EventRecord, type Evidence } from './api.js';
import { h, clear, showError } from './dom.js';
import { predicateLabel, provenance, span } from './labels.js';
import { entityNames, nameOf } from './state.js';

interface Section { title: string; lines: Array<{ content: Array<Node | string>; evidence: Evidence[] }> }

/** Which section a claim belongs to, seen from the profiled entity. */
function sectionOf(c: Claim, id: string): string {
  const out = c.subject === id;
  switch (c.predicate) {
    case 'leader_of': case 'founder_of': return out ? 'Leads or founded' : 'Leaders over time';
    case 'pledged_allegiance_to': case 'supports': return 'Allegiances';
    case 'splinter_of': case 'faction_of': case 'branch_of': case 'wing_of': case 'merged_into': return 'Splinters, factions and branches';
    case 'affiliated_with': case 'allied_with': return 'Affiliates and allies';
    case 'rival_of': return 'Rivals';
    case 'member_of': case 'spokesperson_of': return out ? 'Memberships' : 'Members and spokespersons';
    case 'operates_in': case 'based_in': return out ? 'Areas of operation' : 'Groups operating here';
    case 'located_in': return 'Location';
    default: return 'Other relations';
  }
}

const ORDER = ['Leaders over time', 'Leads or founded', 'Allegiances', 'Splinters, factions and branches', 'Affiliates and allies', 'Rivals',
  'Members and spokespersons', 'Memberships', 'Areas of operation', 'Groups operating here', 'Location', 'Other relations'];

const entityLink = (id: string): HTMLAnchorElement => h('a', { href: `#/entity/${enc(id)}` }, nameOf(id));

export const evidenceHref = (e: Evidence): string => `#/documents/${enc(e.document)}?start=${e.start}&end=${e.end}`;

function claimLine(c: Claim, id: string): Array<Node | string> {
  const out = c.subject === id;
  const phrase = c.negated ? `not ${predicateLabel(c.predicate)}` : predicateLabel(c.predicate);
  const when = span(c.valid_from, c.valid_to) || (c.former ? 'formerly' : '');
  const parts: Array<Node | string> = out ? [`${phrase} `, entityLink(c.object)] : [entityLink(c.subject), ` ${phrase} ${nameOf(id)}`];
  if (when) parts.push(` (${when})`);
  parts.push(' ', h('span', { class: `badge status-${c.status}` }, c.status));
  const origin = provenance(c);
  if (origin) parts.push(' ', h('span', { class: 'provenance' }, origin));
  return parts;
}

function incidentLine(e: EventRecord): Array<Node | string> {
  const toll = [e.killed !== null ? `${e.killed} killed` : '', e.injured !== null ? `${e.injured} injured` : ''].filter(Boolean).join(', ');
  const parts: Array<Node | string> = [`${e.date ?? 'undated'}: ${e.type.replace(/_/g, ' ')}`];
  if (e.place) parts.push(' in ', entityLink(e.place));
  if (toll) parts.push(` — ${toll}`);
  const origin = provenance(e);
  if (origin) parts.push(' ', h('span', { class: 'provenance' }, origin));
  return parts;
}

/** Designation lists the entity appears on (stored by the resolver as a JSON attribute). */
function designations(entity: Entity): HTMLElement | string {
  const raw = entity.attributes?.designations;
  if (typeof raw !== 'string') return '';
  try {
    const list = JSON.parse(raw) as Array<{ list: string; ref: string | null; listed_on: string | null }>;
    if (!Array.isArray(list) || list.length === 0) return '';
    return h('p', {}, h('strong', {}, 'Designated: '), list.map((d) => `${d.list.toUpperCase()}${d.ref ? ` ${d.ref}` : ''}${d.listed_on ? ` (${d.listed_on})` : ''}`).join('; '));
  } catch { return ''; }
}

export function createProfile() {
  const body = h('div', { class: 'profile-body' });
  const el = h('aside', { class: 'profile', id: 'profile', 'aria-labelledby': 'profile-title', hidden: true, tabindex: '-1' },
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close the profile', onclick: () => { location.hash = '#/chart'; } }, '×'), body);

  async function open(id: string): Promise<void> {
    el.hidden = false;
    clear(body);
    body.append(h('p', { role: 'status' }, 'Loading…'));
    let data: { entity: Entity; claims: Claim[]; events: EventRecord[] };
    try { data = await get(`/api/entities/${enc(id)}`); } catch (e) { showError((e as Error).message); return; }
    const { entity, claims, events } = data;
    await entityNames([...claims.flatMap((c) => [c.subject, c.object]), ...events.flatMap((e) => [e.place ?? '', ...e.participants.map((p) => p.entity)]).filter(Boolean)]);
    const sections = new Map<string, Section>();
    for (const c of claims.filter((x) => x.status !== 'rejected').sort((a, b) => (a.valid_from ?? '9') < (b.valid_from ?? '9') ? -1 : 1)) {
      const title = sectionOf(c, id);
      const s = sections.get(title) ?? sections.set(title, { title, lines: [] }).get(title)!;
      s.lines.push({ content: claimLine(c, id), evidence: c.evidence });
    }
    const incidents: Section = { title: 'Incidents', lines: [] };
    for (const e of events.filter((x) => x.status !== 'rejected').sort((a, b) => (a.date ?? '9') < (b.date ?? '9') ? -1 : 1)) {
      incidents.lines.push({ content: incidentLine(e), evidence: e.evidence });
    }
    const notes: Evidence[] = [];
    const footnote = (ev: Evidence[]): Node[] => ev.slice(0, 3).map((e) => {
      notes.push(e);
      const n = notes.length;
      return h('sup', {}, h('a', { href: `#fn-${n}`, id: `fnref-${n}`, 'aria-label': `source ${n}`, onclick: (event: Event) => { event.preventDefault(); document.getElementById(`fn-${n}`)?.focus(); } }, `[${n}]`));
    });
    clear(body);
    body.append(
      h('h2', { id: 'profile-title' }, entity.name),
      h('p', { class: 'meta' }, `${entity.type}${entity.subtype ? ` · ${entity.subtype.replace(/_/g, ' ')}` : ''}`),
      h('p', { hidden: entity.aliases.length === 0 }, h('strong', {}, 'Also known as: '), entity.aliases.join('; ')),
      designations(entity),
      h('p', { class: 'actions' }, h('a', { href: `#/timeline/${enc(id)}` }, 'Timeline'), ' · ', h('a', { href: '#/map' }, 'Map')),
    );
    for (const s of [...ORDER.map((t) => sections.get(t)).filter((x): x is Section => Boolean(x)), incidents]) {
      if (s.lines.length === 0) continue;
      body.append(h('h3', {}, s.title), h('ul', { class: 'profile-lines' }, ...s.lines.map((l) => h('li', {}, ...l.content, ...footnote(l.evidence)))));
    }
    if (sections.size === 0 && incidents.lines.length === 0) body.append(h('p', {}, 'No relations or incidents recorded yet.'));
    if (notes.length) {
      body.append(h('h3', {}, 'Sources'), h('ol', { class: 'footnotes' }, ...notes.map((e, i) => h('li', { id: `fn-${i + 1}`, tabindex: '-1' },
        h('q', {}, e.quote), ' ', h('a', { href: evidenceHref(e) }, `open document at ${e.start}–${e.end}`)))));
    }
  }

  return { el, open, close: () => { el.hidden = true; } };
}
