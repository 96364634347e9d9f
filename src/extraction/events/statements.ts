/**
 * Statements: a named group or person announces, declares, denies, vows, threatens or
 * warns ("On May 3 the group's spokesman, X, announced …", "Red Front denied any role").
 * The speaker is the perpetrator of a `statement` event. A claim of responsibility is
 * a `claimed_by` role on the attack, an oath of allegiance or declared support is a
 * pledge, and "announced the arrest of …" reports the arrest: none of these is a
 * statement. "said" counts only for spokesmen: everyone else "says" in news prose.
 */
import type { ExtractedClaim, Span } from '../types.js';
import type { DateMention } from '../dates/dates.js';
import { datesFor } from '../relations/claim-dates.js';
import type { Item } from '../relations/items.js';
import { draft, type Draft } from './draft.js';

const STRONG_VERB = /\b(?:announced|announces|declared|declares|denied|denies|rejected|vowed|vows|threatened|threatens|warned|warns|issued\s+a\s+statement|released\s+(?:a|an)\s+(?:video|statement|audio(?:\s+message)?|message)|wrote\s+to|expressed\s+(?:his|her|its|their)\s+support)\b/gi;
const SAID = /\b(?:said|says|stated|told\s+(?:reporters|journalists|the\s+press))\b/gi;
/** Between the speaker and the verb: nothing but an apposition and an adverb or auxiliary. */
const SPEAKER_GAP = /^\s*(?:,\s*(?:[^,;.]{1,80},\s*)?)?(?:(?:also|later|publicly|formally|officially|then|again|has|had|have|repeatedly|swiftly|quickly|immediately)\s+)*$/i;
/** What is announced makes the sentence another kind of event or a relation, not a statement. */
const NOT_A_STATEMENT = /\b(?:allegiance|bay['’]?ah|oath|support\s+(?:for|to)|responsibility|arrests?\s+of|arrested|killing\s+of|deaths?\s+of|killed|attack|bombing|designat\w*|ban\s+on|banned|sanctions?)\b/i;
const SPOKESMAN = /\bspokes(?:man|men|woman|person|persons|people)\b/i;

function speakerBefore(text: string, items: readonly Item[], verbStart: number, lo: number): Item | null {
  let seen = 0;
  for (let k = items.length - 1; k >= 0 && seen < 4; k--) {
    const it = items[k]!;
    if (it.end > verbStart || it.start < lo) continue;
    seen++;
    if (it.type === 'place' || it.inOf || (it.inPP && !it.possessive)) continue;
    if (SPEAKER_GAP.test(text.slice(it.end, verbStart))) return it;
  }
  return null;
}

/** A speaker's role words name whom they speak for: "Y's spokesman, X," or "X, the spokesman of Y,". */
const ROLE_WORD = /\b(?:spokes(?:man|woman|person)|chief|leader|head|emir|amir|commander|founder)\b/i;

function speaksFor(text: string, items: readonly Item[], speaker: Item, verbStart: number, lo: number): Item | null {
  for (const i of items) {
    if (i.type !== 'organization' || i.pronoun || i.key === speaker.key || i.start < lo) continue;
    if (i.end <= speaker.start && speaker.start - i.end < 40 && /^['’]s?\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(i.end, speaker.start).replace(/,\s*$/, ' ').replace(/\s+$/, ' ')) && ROLE_WORD.test(text.slice(i.end, speaker.start))) return i;
    if (i.start >= speaker.end && i.end <= verbStart && ROLE_WORD.test(text.slice(speaker.end, i.start))) return i;
  }
  return null;
}

/** Statement events of one sentence (call only when the sentence reports no other event). */
export function statementEvents(text: string, span: Span, idx: number, items: readonly Item[], dates: readonly DateMention[], breaks: readonly number[]): Draft[] {
  const sentence = text.slice(span.start, span.end);
  const out: Draft[] = [];
  const hits: Array<{ index: number; length: number; said: boolean }> = [];
  for (const [re, said] of [[STRONG_VERB, false], [SAID, true]] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) hits.push({ index: m.index, length: m[0].length, said });
  }
  hits.sort((a, b) => a.index - b.index);
  for (const h of hits) {
    const at = span.start + h.index;
    // "was announced", "is declared": the passive names no speaker.
    if (/\b(?:was|were|is|are|been|be|being)\s+$/i.test(sentence.slice(Math.max(0, h.index - 8), h.index))) continue;
    const content = sentence.slice(h.index + h.length, h.index + h.length + 120);
    if (NOT_A_STATEMENT.test(content)) continue;
    const speaker = speakerBefore(text, items, at, span.start);
    if (!speaker) continue;
    if (h.said && !SPOKESMAN.test(text.slice(Math.max(span.start, speaker.start - 40), at))) continue;
    const d = draft('statement', 6, span, idx, 'rules/event-statement@1', 0.6);
    d.date = datesFor({ start: at, end: at + h.length }, dates.filter((x) => x.start >= span.start && x.end <= span.end), breaks)[0]?.value ?? null;
    d.participants.push({ role: 'perpetrator', entity: speaker.key });
    // "the group's spokesman, X, announced": X speaks for the group.
    const org = speaker.type === 'person' ? speaksFor(text, items, speaker, at, span.start) : null;
    if (org) d.participants.push({ role: 'perpetrator', entity: org.key });
    d.orgs = items.filter((i) => i.type === 'organization' && !i.pronoun).map((i) => i.key);
    out.push(d);
    break;
  }
  return out;
}

/**
 * "In March X announced that Red Front was …": when the document makes X a spokesman,
 * leader or member of an organisation that the statement's sentence names, X speaks for it.
 */
export function addSpeakerOrganisations(events: readonly Draft[], claims: readonly ExtractedClaim[]): void {
  const affiliations = new Map<string, string[]>();
  for (const c of claims) {
    if (c.negated || (c.predicate !== 'spokesperson_of' && c.predicate !== 'leader_of' && c.predicate !== 'member_of')) continue;
    affiliations.set(c.subject, [...(affiliations.get(c.subject) ?? []), c.object]);
  }
  for (const e of events) {
    if (e.type !== 'statement' || !e.orgs) continue;
    const speakers = e.participants.filter((p) => p.role === 'perpetrator').map((p) => p.entity);
    if (speakers.length !== 1) continue;
    const org = (affiliations.get(speakers[0]!) ?? []).find((o) => e.orgs!.includes(o));
    if (org) e.participants.push({ role: 'perpetrator', entity: org });
  }
}
