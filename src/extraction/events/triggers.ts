/**
 * Words that announce an incident, by event type, with a specificity rank used when
 * several describe one incident ("a bomb attack" is a bombing, "a shooting and suicide
 * bombing" one incident). Each trigger is a regex over the sentence text.
 */
import type { EventType } from '../../model/ontology.js';

export interface TriggerDef {
  readonly type: EventType;
  readonly re: RegExp;
  /** Higher is more specific. */
  readonly rank: number;
}

export const INCIDENT_TRIGGERS: readonly TriggerDef[] = [
  { type: 'bombing', rank: 5, re: /\b(?:suicide\s+(?:attacks?|bombers?|bombings?|blasts?|attackers?)|bomb(?:s|ed|ings?|ers?)?|blasts?|explosions?|explodes?|exploded|detonat(?:es|ed|ion)|IEDs?|improvised explosive devices?|blew (?:himself|herself|themselves) up|blew (?:himself|herself|themselves))\b/gi },
  { type: 'shooting', rank: 4, re: /\b(?:shootings?|opened fire|open fire|opens fire|gunfire|firing on|shot(?!\s+dead)|shot dead|gunned down|gunmen attacked)\b/gi },
  { type: 'arrest', rank: 3, re: /\b(?:arrested|arrests?|detained|apprehended|nabbed|taken into custody|rounded up|surrendered|gave (?:himself|herself|themselves) up)\b/gi },
  { type: 'attack', rank: 2, re: /\b(?:attack(?:s|ed|ing)?|strikes?|assault(?:s|ed)?|ambush(?:ed|es)?|abduction|abducted|kidnapp(?:ing|ings|ed)|massacre|stormed)\b/gi },
  { type: 'offensive', rank: 1, re: /\b(?:offensive|military operation|counter-?terrorism operation|Operation\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b/g },
  { type: 'raid', rank: 1, re: /\b(?:raids?|raided|dismantled|busted|crackdown)\b/gi },
  { type: 'seizure', rank: 0, re: /\b(?:recovered|seized|confiscated)\b/gi },
];

export const DESIGNATION = /\b(?:was|were|been|is|are|being)\s+(?:\w+\s+)?(?:designated|banned|proscribed|blacklisted|outlawed|listed)\b/gi;
export const CAPTURE = /\b(?:captured|seized|took control of|overran|fell to)\s+(?:the\s+)?(?:city|town|district|province)?\s*(?:of\s+)?$/i;
export const CLAIM = /\bclaim(?:ed|s|ing)?\s+(?:(?:the\s+)?responsibility|credit|it\s+(?:had\s+)?carried|it(?=\s*(?:[.,;]|and\b))|(?:the|an?|that|this|both|these|those)\s+(?:[\w-]+\s+){0,3}(?:attacks?|bombings?|shootings?|strikes?|blasts?|killings?|assassinations?))/i;
export const KILLED_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:,?\s*who\s+|,\s*)?(?:was|were|is|had been|has been)?\s*(?:also\s+|later\s+|soon\s+|reportedly\s+|allegedly\s+|then\s+)?(?:reported(?:ly)?\s+)?(?:killed|assassinated|murdered|shot dead|gunned down|executed|beheaded|eliminated)\b/i;
/** "forces killed Qari X": the person is the object of a killing verb. */
export const KILLED_ACTIVE = /\b(?:killed|assassinated|murdered|shot dead|gunned down|executed|beheaded|eliminated)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:[a-z][\w-]*\s+){0,2}$/;
export const KILLED_BEFORE = /\b(?:killing|assassination|murder|execution|beheading)\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$/i;
/** "the attack", "this bombing": refers back to an incident already told. */
export const DEFINITE_BEFORE = /\b(?:the|this|that|such)\s+(?:[\w'’-]+\s+){0,2}$/i;

export interface TriggerHit {
  readonly type: EventType;
  readonly rank: number;
  readonly start: number;
  readonly end: number;
}

export function findTriggers(sentence: string, offset: number): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (const t of INCIDENT_TRIGGERS) {
    t.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = t.re.exec(sentence)) !== null) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      // "two would-be suicide bombers": people, not an incident; "a record of attacks": a history, not one.
      if (/\bwould-be\s+$/i.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue;
      if (/s$/i.test(m[0]) && /\b(?:record|history|string|pattern|track record)\s+of\s+$/i.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
      // "moving them under arrest": a state, not an arrest ("placed under arrest" still is one).
      if (t.type === 'arrest' && /(?<!\b(?:placed|put|taken)\s)\bunder\s+$/i.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
      // "seized" weapons only count near a weapons word.
      if (t.type === 'seizure' && !/\b(?:weapons?|arms|explosives?|ammunition|cache|rifles|grenades|detonators|suicide vests?)\b/i.test(sentence.slice(Math.max(0, m.index - 60), m.index + 80))) continue;
      out.push({ type: t.type, rank: t.rank, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
