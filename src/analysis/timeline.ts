/**
 * The timeline of one entity: its relations (with their intervals, as the graph
 * projection sees them: deaths and successions end roles) and the events it takes
 * part in or that happen at it, sorted by start date, undated items last.
 */
import type { PartialDate } from '../core/partial-date.js';
import { project } from '../graph/project.js';
import type { GraphInput } from '../graph/types.js';
import { dateKey, namer, phrase, span } from './describe.js';

export interface TimelineItem {
  readonly kind: 'relation' | 'event';
  readonly date: PartialDate | null;
  readonly valid_from: PartialDate | null;
  readonly valid_to: PartialDate | null;
  readonly text: string;
  readonly disputed: boolean;
  readonly claims: readonly string[];
  readonly events: readonly string[];
}

export function timeline(input: GraphInput, entityId: string, options: { includeProposed?: boolean } = {}): TimelineItem[] {
  const name = namer(input);
  const includeProposed = options.includeProposed ?? false;
  const { graph } = project(input, { includeProposed });
  const items: TimelineItem[] = [];
  if (graph.hasNode(entityId)) {
    graph.forEachEdge(entityId, (_e, a, s, t) => {
      items.push({
        kind: 'relation', date: a.valid_from, valid_from: a.valid_from, valid_to: a.valid_to,
        text: `${name(s)} ${phrase(a.predicate)} ${name(t)} (${span(a.valid_from, a.valid_to)})${a.disputed ? ' — disputed' : ''}`,
        disputed: a.disputed, claims: [...a.claims, ...a.denials], events: [...a.ended_by],
      });
    });
  }
  for (const ev of input.events) {
    if (ev.status === 'rejected' || (ev.status === 'proposed' && !includeProposed)) continue;
    const roles = ev.participants.filter((p) => p.entity === entityId).map((p) => p.role);
    if (roles.length === 0 && ev.place !== entityId) continue;
    const who = ev.participants.map((p) => `${name(p.entity)} (${p.role.replace(/_/g, ' ')})`).join(', ');
    const counts = [ev.killed != null ? `${ev.killed} killed` : '', ev.injured != null ? `${ev.injured} injured` : '', ev.arrested != null ? `${ev.arrested} arrested` : '']
      .filter(Boolean).join(', ');
    const where = ev.place ? ` in ${name(ev.place)}` : '';
    items.push({
      kind: 'event', date: ev.date, valid_from: ev.date, valid_to: ev.date,
      text: `${ev.type.replace(/_/g, ' ')}${where}${who ? `: ${who}` : ''}${counts ? `; ${counts}` : ''} (${ev.date ?? 'undated'})`,
      disputed: ev.status === 'disputed', claims: [], events: [ev.id],
    });
  }
  return items.sort((a, b) => {
    const ka = dateKey(a.date);
    const kb = dateKey(b.date);
    return ka < kb ? -1 : ka > kb ? 1 : a.kind !== b.kind ? (a.kind === 'relation' ? -1 : 1) : a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
  });
}
