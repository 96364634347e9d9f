/**
 * The view of one sentence that relation and event rules read: its mentions plus
 * pronoun and definite-description stand-ins ("he", "the group", "both groups")
 * resolved to the last compatible antecedent, each flagged when it sits inside a
 * prepositional phrase ("of TTP", "in Pakistan") and so cannot be a clause subject.
 */
import type { Span } from '../types.js';
import type { Mention } from '../entities/registry.js';
import type { MentionType } from '../entities/candidate.js';

export interface Item {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly type: MentionType;
  readonly subtype: string | null;
  readonly pronoun: boolean;
  /** Preceded by a preposition: a modifier, not a clause subject. */
  readonly inPP: boolean;
  /** Preceded by "of", "to", "from" or "with": not even an agent ("led by X" still is). */
  readonly inOf?: boolean;
  /** The words of the mention (lower case), for matching "the network" to "Haqqani Network". */
  readonly words?: string;
  /** The first mention of its sentence, not in a PP: usually the clause subject. */
  readonly opener?: boolean;
  /** Followed by "'s": a modifier of the next noun ("the group's chief"). */
  readonly possessive?: boolean;
}

const PP_BEFORE = /\b(?:of|in|from|at|near|by|for|on|with|to|into|against|under|across|throughout|outside|inside|among|towards?)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z][a-z-]*\s+){0,2}$/;

const PRONOUNS: ReadonlyArray<readonly [RegExp, MentionType, string | null, number]> = [
  [/\b(?:he|him|his)\b/gi, 'person', null, 1],
  [/\b(?:the|this|that)\s+(?:(?:new|same|breakaway|splinter|banned|militant|terrorist)\s+)?(?:group|organi[sz]ation|outfit|militant group|terrorist group|network|movement|militia|front|faction|party)\b/gi, 'organization', null, 1],
  [/\b(?:both groups|the two groups|both organi[sz]ations)\b/gi, 'organization', null, 2],
  [/\b(?:the|this)\s+cell\b/gi, 'organization', 'cell', 1],
  [/\b(?:it|its|they|their)\b/gi, 'organization', null, 1],
];

const PEOPLE_PLURAL = /\b(?:radicals|militants|men|suspects|members|fighters|commanders|leaders|attackers|gunmen|recruits|youths|students|brothers|sons|detainees|prisoners|people|officials|officers|soldiers|cadres|activists|operatives|terrorists)\b/i;

const OF_BEFORE = /\b(?:of|to|from|with|against|for)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z][a-z-]*\s+){0,2}$/;

export function isInOf(text: string, start: number, sentenceStart: number): boolean {
  return OF_BEFORE.test(text.slice(Math.max(sentenceStart, start - 40), start));
}

export function isInPP(text: string, start: number, sentenceStart: number): boolean {
  return PP_BEFORE.test(text.slice(Math.max(sentenceStart, start - 40), start));
}

/** Tracks antecedents across sentences of one document. */
export class Antecedents {
  private readonly recent: Item[] = [];

  private salient(pool: readonly Item[]): Item[] { return salientOf(pool); }

  note(items: readonly Item[]): void {
    // "the group", "the new group" keep their antecedent salient; "it"/"its" do not (they are guesses).
    for (const it of items) if (!it.pronoun || (it.type === 'organization' && it.words?.startsWith('the '))) this.recent.push(it);
    if (this.recent.length > 60) this.recent.splice(0, this.recent.length - 60);
  }

  /** First person named as a clause subject in the previous sentence ("Basra … was killed. He …"). */
  private previousSubject: Item | null = null;

  endSentence(items: readonly Item[]): void {
    this.previousSubject = items.find((i) => i.type === 'person' && !i.pronoun && !i.inOf) ?? null;
  }

  resolve(type: MentionType, subtype: string | null, count: number, before: readonly Item[], head: string | null = null, sentenceInitial = false, bare = false): Item[] {
    const pool = [...this.recent, ...before.filter((b) => !b.pronoun)];
    if (head) {
      // "the network" → the latest organisation whose name has that word.
      for (let k = pool.length - 1; k >= 0; k--) {
        const c = pool[k]!;
        if (c.type === type && c.words?.split(/[\s-]+/).includes(head)) return [c];
      }
    }
    if (type === 'person' && sentenceInitial && this.previousSubject && !before.some((b) => b.type === 'person' && !b.pronoun)) return [this.previousSubject];
    if (type === 'organization' && subtype === null && count === 1) {
      // "it"/"its": one organisation named in this very sentence as a head (not "X's …") is the nearer antecedent.
      const local = !bare ? [] : before.filter((b) => !b.pronoun && b.type === 'organization' && b.subtype !== 'state_agency' && !b.inOf && !b.possessive);
      if (local.length > 0 && local.every((b) => b.key === local[0]!.key)) return [local[0]!];
      return this.salient(pool);
    }
    const out: Item[] = [];
    for (let k = pool.length - 1; k >= 0 && out.length < count; k--) {
      const c = pool[k]!;
      if (c.type !== type || (type === 'person' ? c.inOf : c.inPP)) continue;
      if (subtype !== null && c.subtype !== subtype) continue;
      if (type === 'organization' && subtype === null && c.subtype === 'state_agency') continue;
      if (out.some((o) => o.key === c.key)) continue;
      out.push(c);
    }
    return out.length === count ? out : [];
  }
}

/** Among the last few organisations, the one named most often (ties: the latest). */
function salientOf(pool: readonly Item[]): Item[] {
  const recent = pool.filter((c) => c.type === 'organization' && c.subtype !== 'state_agency').slice(-10);
  const freq = new Map<string, number>();
  for (let k = 0; k < recent.length; k++) {
    const c = recent[k]!;
    // "Red Front (RF)" names it once; the subject that opens a sentence is the topic.
    if (k > 0 && recent[k - 1]!.key === c.key && c.start - recent[k - 1]!.end < 4) continue;
    // "the group" keeps the writer's topic: it weighs like an opening subject.
    freq.set(c.key, (freq.get(c.key) ?? 0) + (c.inPP ? 0.5 : c.opener || c.pronoun ? 1.5 : 1));
  }
  let best: Item | null = null;
  for (const c of recent) if (!best || (freq.get(c.key) ?? 0) >= (freq.get(best.key) ?? 0)) best = c;
  return best ? [best] : [];
}

export function sentenceItems(text: string, span: Span, mentions: readonly Mention[], ante: Antecedents): Item[] {
  const items: Item[] = mentions.map((m) => ({ start: m.start, end: m.end, key: m.key, type: m.type, subtype: m.subtype, pronoun: false, inPP: isInPP(text, m.start, span.start), inOf: isInOf(text, m.start, span.start), words: text.slice(m.start, m.end).toLowerCase(), possessive: /^['’]/.test(text.slice(m.end, m.end + 1)) }));
  const sentence = text.slice(span.start, span.end);
  const lead = items[0];
  if (lead && !lead.inPP && lead.start - span.start < 40) items[0] = { ...lead, opener: true };
  const extra: Item[] = [];
  for (const [re, type, subtype, count] of PRONOUNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (items.some((i) => i.start < end && start < i.end) || extra.some((i) => i.start < end && start < i.end)) continue;
      // Expletive "it" ("It was reported that …") refers to nothing.
      if (/^it$/i.test(m[0]) && /^\s+(?:is|was|has been|had been|will be|would be|seems|appears)\s+(?:reported|said|believed|suspected|likely|unlikely|difficult|clear|evident|unclear|thought|known|possible|expected|feared|alleged|estimated|important|hard|easy)\b/i.test(sentence.slice(m.index + 2, m.index + 40))) continue;
      // "the radicals … revealed they were …": a plural of people, not an organisation.
      if (/^the(?:y|ir)$/i.test(m[0]) && PEOPLE_PLURAL.test(sentence.slice(Math.max(0, m.index - 120), m.index))) continue;
      const before = items.filter((i) => i.end <= start);
      const head = /^(?:the|this|that)\s+(network|movement|militia|front|faction|party)$/i.exec(m[0])?.[1]?.toLowerCase() ?? null;
      const initial = sentence.slice(0, m.index).trim() === '';
      // Later pronouns of a sentence follow its first one ("He was replaced by his brother").
      const chained = type === 'person' ? extra.find((e) => e.type === 'person') : undefined;
      const targets = chained ? [chained] : ante.resolve(type, subtype, count, before, head, initial, /^(?:it|its|they|their)$/i.test(m[0]));
      const inPP = isInPP(text, start, span.start);
      for (const t of targets) extra.push({ start, end, key: t.key, type: t.type, subtype: t.subtype, pronoun: true, inPP, words: m[0].toLowerCase() });
    }
  }
  return [...items, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}
