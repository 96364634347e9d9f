/**
 * Events stated in one sentence: killings of named people, designations, captures of
 * places, and incidents (bombing, shooting, attack, arrest, raid, seizure) — one per
 * incident, split where a sentence lists several incidents each with its own date.
 * Each draft carries its date, most specific place, counts and participants by role.
 */
import type { Role } from '../../model/ontology.js';
import type { PartialDate } from '../../core/partial-date.js';
import type { Span } from '../types.js';
import type { DateMention } from '../dates/dates.js';
import { countsByKind, findCounts, revisedKinds } from '../numbers/numbers.js';
import type { Item } from '../relations/items.js';
import { draft, type Draft } from './draft.js';
import { CAPTURE, CLAIM, DEFINITE_BEFORE, DESIGNATION, KILLED_ACTIVE, KILLED_AFTER, KILLED_BEFORE, findTriggers, type TriggerHit } from './triggers.js';

const PLACE_RANK: Record<string, number> = { facility: 0, locality: 1, city: 2, district: 3, province: 4, region: 5, country: 6 };
const TARGET_BEFORE = /\b(?:on|against|targeting|targeted|at|hit|attacked|attacking|into)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}$|\bof\s+(?:the\s+)?(?:(?:Lt\.?|General|Gen\.?|Dr\.?|Mr\.?)\s+)*$/i;
/** Between a perpetrator and a noun trigger: a possessive or a verb of doing. */
const PERPETRATOR_GAP = /^(?:['’]s?\s+(?:[\w-]+\s+){0,2})$|^\s+(?:killed|attacked|bombed|targeted)\b|\b(?:carried out|carries out|conducted|launched|perpetrated|staged|executed|mounted|been linked to|linked to|responsible for|was behind|were behind)\b/i;
const ATTACKERS_BELONGED = /\bthe\s+(?:attackers|gunmen|bombers?|suicide\s+bombers?|assailants|perpetrators|killers)\s+(?:had\s+)?(?:belonged|belong)\s+to\s+(?:the\s+)?/i;
const MOTIVE_BEFORE = /\b(?:aveng\w*|revenge\s+for|retaliat\w*\s+for|protest\w*(?:\s+against)?|anniversary\s+of|in\s+response\s+to)\s+(?:the\s+)?(?:\w+\s+)?(?:killing|assassination|murder|execution|beheading)\s+of\s+/i;
const MEMBERSHIP_OF = /\b(?:faction|splinter|offshoot|wing|branch|affiliate|member|members|commander|leader|chief|spokesman|part|unit|cell)\s+of\s+(?:the\s+)?$/i;
const VERB_TRIGGER = /^(?:gunmen attacked|attacked|bombed|blew|opened fire|opens fire|open fire|shot|ambushed|abducted|kidnapped|stormed|struck|raided|targeted)$/i;

function bestPlace(items: readonly Item[], lo: number, hi: number): Draft['place'] {
  let best: Draft['place'] = null;
  for (const it of items) {
    if (it.type !== 'place' || it.pronoun || it.start < lo || it.end > hi) continue;
    const r = PLACE_RANK[it.subtype ?? 'city'] ?? 2;
    if (!best || r < best.rank) best = { key: it.key, rank: r };
  }
  return best;
}

/** "a U.S. airstrike", "Pakistani forces": a country that acts, not where it happened. */
function actsAsForce(text: string, it: Item): boolean {
  return it.type === 'place' && it.subtype === 'country' && /^\s*(?:-led\s+)?(?:operation|airstrikes?|air strikes?|drone|forces|troops|military|strikes?|raids?)\b/i.test(text.slice(it.end, it.end + 24));
}

function nearestActorBefore(items: readonly Item[], pos: number, lo: number): Item | null {
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k]!;
    if (it.end > pos || it.start < lo) continue;
    if (it.type === 'organization' && !it.inPP) return it;
  }
  return null;
}

/** Who claimed: the nearest group, or a named person ("Ehsanullah Ehsan claimed it"), right before the claim verb. */
function claimantBefore(text: string, items: readonly Item[], pos: number, lo: number): Item | null {
  const org = nearestActorBefore(items, pos, lo);
  const person = [...items].reverse().find((i) => i.type === 'person' && !i.inPP && i.end <= pos && i.start >= lo);
  if (person && (!org || person.start > org.end) && /^\s*(?:,[^,;.]{1,60},\s*)?(?:also\s+|later\s+|quickly\s+|swiftly\s+|has\s+|had\s+)?$/i.test(text.slice(person.end, pos))) return person;
  return org;
}

let clauseBreakPositions: readonly number[] = [];

function firstDate(dates: readonly DateMention[], lo: number, hi: number, near: number): PartialDate | null {
  const inside = dates.filter((d) => d.start >= lo && d.end <= hi
    && !clauseBreakPositions.some((b) => b > Math.min(near, d.start) && b < Math.max(near, d.end)));
  inside.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near));
  return inside[0]?.value ?? null;
}

/** Between two coordinated people: a comma or "and", after an optional apposition of the first ("X, a former commander, and Y"). */
const COORDINATION = /^\s*(?:,\s*(?:a|an|the|his|her|their)\s[^,;.()]{1,60})?(?:,\s*(?:and\s+)?|\s+and\s+)$/i;

/** People joined by list coordination to any of the seed entities, within the segment. */
function coordinatedPeople(text: string, items: readonly Item[], seeds: readonly string[], seg: { start: number; end: number }): Item[] {
  const people = items.filter((i) => i.type === 'person' && !i.pronoun && i.start >= seg.start && i.end <= seg.end);
  const inSet = new Set(seeds);
  const out: Item[] = [];
  // Two sweeps cover chains running either way from a seed ("X, Y and Z").
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let k = 0; k + 1 < people.length; k++) {
      const a = people[k]!;
      const b = people[k + 1]!;
      if (!COORDINATION.test(text.slice(a.end, b.start))) continue;
      if (inSet.has(a.key) && !inSet.has(b.key)) { inSet.add(b.key); out.push(b); }
      else if (inSet.has(b.key) && !inSet.has(a.key)) { inSet.add(a.key); out.push(a); }
    }
  }
  return out;
}

/** "Designated as a Foreign Terrorist Organization on …, X is …": the target follows. */
const FRONTED_DESIGNATION = /^\s*(?:[A-Z][a-z]+:\s*)?(?:Designated|Banned|Proscribed|Listed)\b/;

const ACTIVE_DESIGNATION = /\b(?:designated|banned|proscribed|blacklisted|outlawed|imposed sanctions on|sanctioned)\s+/i;

/** Headings and infobox fields ("= Title =", "- Type: Shooting") restate; they do not report. */
const HEADING = /^\s*(?:=|-\s*[A-Z][\w ]{0,20}:)/;

function isTitleLine(text: string, span: Span): boolean {
  if (/^#{1,6}\s/.test(text.slice(span.start, span.start + 7))) return true;
  const own = (span.start === 0 || text[span.start - 1] === '\n') && (span.end >= text.length || text[span.end] === '\n');
  const line = text.slice(span.start, span.end);
  return own && !/[.!?:;)"”]$/.test(line) && line.split(/\s+/).length <= 5;
}

export function sentenceEvents(text: string, span: Span, idx: number, items: readonly Item[], dates: readonly DateMention[], breaks: readonly number[] = []): Draft[] {
  clauseBreakPositions = breaks;
  const out: Draft[] = [];
  const heading = HEADING.test(text.slice(span.start, Math.min(span.end, span.start + 30)));
  // "# Cells, raids and arrests", "Attacks in 2016": a title line names a topic, not an incident.
  if (!heading && isTitleLine(text, span)) return [];
  const sentence = text.slice(span.start, span.end);
  const add = (d: Draft, role: Role, it: Item) => { if (!d.participants.some((p) => p.role === role && p.entity === it.key)) d.participants.push({ role, entity: it.key }); };

  if (heading) {
    // An infobox "Perps: X (claimed), Y (claimed)" line names who claimed the incident described next.
    const claimed = items.filter((it) => it.type === 'organization' && /^\s*\(claimed\)/i.test(text.slice(it.end, it.end + 12)));
    if (claimed.length === 0) return out;
    const d = draft('attack', 0, span, idx, 'rules/event-continuation@1', 0.5);
    d.continuation = true;
    for (const it of claimed) add(d, 'claimed_by', it);
    return [d];
  }
  // Killings of named people: "X was killed …", "the assassination of X".
  let killing: Draft | null = null;
  for (const p of items) {
    if (p.type !== 'person') continue;
    const after = text.slice(p.end, Math.min(span.end, p.end + 120));
    const before = text.slice(Math.max(span.start, p.start - 60), p.start);
    const m = KILLED_AFTER.exec(after);
    if (!m && !KILLED_BEFORE.test(before) && !KILLED_ACTIVE.test(before)) continue;
    // "avenging the execution of X": a motive recalled, not the killing reported.
    if (!m && MOTIVE_BEFORE.test(before)) continue;
    if (!killing) {
      killing = draft('killing', 6, span, idx, 'rules/event-killing@1', 0.75);
      const at = m ? p.end + m.index + m[0].length : p.end;
      killing.date = firstDate(dates, span.start, span.end, at);
      killing.place = bestPlace(items.filter((i) => !actsAsForce(text, i)), at, span.end);
      for (const i of items) if (i.start >= at && actsAsForce(text, i)) add(killing, 'perpetrator', i);
      out.push(killing);
    }
    add(killing, 'killed_person', p);
    // "…, along with Y, in an encounter": Y shares the fate.
    // "… together with his two sons and Y": a coordinated companion too.
    for (const q of items) if (q.type === 'person' && q.start > p.end && /\b(?:along|together)\s+with\s+(?:(?:his|her|their)\s+[^,.;]{1,40}?\s+and\s+)?$/i.test(text.slice(Math.max(span.start, q.start - 60), q.start))) add(killing, 'killed_person', q);
    // "killed in a raid by security forces": the agent of the operation.
    for (const o of items) if (o.type === 'organization' && !o.pronoun && o.start > p.end && /\b(?:raid|operation|strike|airstrike|encounter|ambush)\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:[\w.]+\s+and\s+)?$/i.test(text.slice(Math.max(span.start, o.start - 50), o.start))) add(killing, 'perpetrator', o);
  }

  if (killing) for (const who of coordinatedPeople(text, items, killing.participants.filter((q) => q.role === 'killed_person').map((q) => q.entity), span)) add(killing, 'killed_person', who);

  // Designations: "X was banned by Pakistan in August 2001".
  DESIGNATION.lastIndex = 0;
  const fronted = FRONTED_DESIGNATION.exec(sentence);
  const des = fronted ?? DESIGNATION.exec(sentence);
  if (des) {
    const at = span.start + des.index;
    const target = fronted ? items.find((i) => i.type === 'organization' && !i.pronoun && /,\s*$/.test(text.slice(Math.max(span.start, i.start - 3), i.start))) ?? null : nearestActorBefore(items, at, span.start);
    if (target) {
      const d = draft('designation', 6, span, idx, 'rules/event-designation@1', 0.8);
      d.date = firstDate(dates, at, span.end, at);
      add(d, 'target', target);
      const by = fronted ? null : /\bby\s/i.exec(sentence.slice(des.index));
      if (by) {
        const from = at + by.index;
        for (const it of items) if (it.start > from && !it.pronoun && (it.type === 'place' || it.type === 'organization') && it.key !== target.key) add(d, 'perpetrator', it);
      }
      // The designating country is where the ban applies.
      const country = items.find((i) => i.type === 'place' && i.subtype === 'country' && d.participants.some((p) => p.role === 'perpetrator' && p.entity === i.key));
      const banIn = items.find((i) => i.type === 'place' && i.start > at && /\bin\s+$/.test(text.slice(Math.max(span.start, i.start - 4), i.start)));
      d.place = country ? { key: country.key, rank: 6 } : banIn ? { key: banIn.key, rank: 6 } : null;
      out.push(d);
    }
  }

  // Active voice: "the United States designated LeT as …", "the Council imposed sanctions on JuD".
  if (!des) {
    const act = ACTIVE_DESIGNATION.exec(sentence);
    if (act && !/\b(?:was|were|been|be|is|are|being)\s+$/i.test(sentence.slice(Math.max(0, act.index - 12), act.index))) {
      const at = span.start + act.index;
      // The target follows the verb directly; "the banned militant group X" is an adjective, not an act.
      const target = items.find((i) => i.type === 'organization' && !i.pronoun && i.start >= at + act[0].length && /^\s*(?:the\s+)?$/i.test(text.slice(at + act[0].length, i.start)));
      const agent = [...items].reverse().find((i) => i.end <= at && (i.type === 'organization' || (i.type === 'place' && i.subtype === 'country')));
      if (target) {
        const d = draft('designation', 6, span, idx, 'rules/event-designation@1', 0.75);
        d.date = firstDate(dates, span.start, span.end, at);
        add(d, 'target', target);
        if (agent) add(d, 'perpetrator', agent);
        if (agent?.type === 'place') d.place = { key: agent.key, rank: 6 };
        out.push(d);
      }
    }
  }

  // Captures: "ISIS captured Mosul in July 2014".
  for (const it of items) {
    if (it.type !== 'place' || !CAPTURE.test(text.slice(Math.max(span.start, it.start - 40), it.start))) continue;
    const d = draft('capture', 6, span, idx, 'rules/event-capture@1', 0.7);
    d.place = { key: it.key, rank: 0 };
    d.date = firstDate(dates, span.start, span.end, it.end);
    const actor = nearestActorBefore(items, it.start, span.start);
    if (actor) add(d, 'perpetrator', actor);
    out.push(d);
  }

  // "One of the masterminds behind the attack, X, …", "Officials blamed X", "police blamed the
  // attack on X", "officials said the attackers belonged to X": X perpetrated the incident told before.
  const continuations: ReadonlyArray<readonly [RegExp, 'person' | 'organization', number]> = [
    [/\bmasterminds?\s+(?:behind|of)\s+the\s+(?:attack|bombing|shooting|blast|massacre|killing)s?\b/i, 'person', 12],
    [/\bblamed\s+(?:(?:the\s+|this\s+|that\s+)?(?:attack|bombing|blast|shooting|killings?|it)\s+on\s+)?(?:the\s+)?/i, 'organization', 4],
    [ATTACKERS_BELONGED, 'organization', 6],
  ];
  for (const [pattern, type, maxGap] of continuations) {
    const cue = pattern.exec(sentence);
    if (!cue) continue;
    const at = span.start + cue.index + cue[0].length;
    const actor = items.find((i) => i.type === type && !i.pronoun && i.start >= at && i.start - at < maxGap);
    if (!actor) continue;
    const d = draft('attack', -1, span, idx, 'rules/event-continuation@1', 0.5);
    d.continuation = true;
    d.incidentOnly = true;
    add(d, 'perpetrator', actor);
    out.push(d);
  }
  if (killing) return out;
  const triggers = findTriggers(sentence, span.start);
  const claimMatch = CLAIM.exec(sentence);
  const claimAt = claimMatch ? span.start + claimMatch.index : -1;
  const counts = findCounts(sentence, span.start, dates);
  if (triggers.length === 0 && counts.some((c) => c.kind !== 'arrested') && dates.length > 0) {
    // A dated casualty report with no incident word ("12 May – six people were killed in X") is an attack.
    triggers.push({ type: 'attack', rank: 1, start: counts[0]!.start, end: counts[0]!.end });
  }
  if (triggers.length === 0) {
    // "Seven people were injured." / "X claimed responsibility." continue the last incident.
    if (counts.length > 0 || claimMatch || /\(claimed\)/i.test(sentence)) {
      const d = draft('attack', 0, span, idx, 'rules/event-continuation@1', 0.5);
      d.continuation = true;
      const c = countsByKind(counts);
      d.killed = c.killed; d.injured = c.injured; d.arrested = c.arrested;
      d.revised = revisedKinds(counts);
      if (claimMatch) { const a = claimantBefore(text, items, claimAt, span.start); if (a) add(d, 'claimed_by', a); }
      // "LeJ claimed both attacks": the claim covers the last two incidents.
      if (claimMatch && /\b(?:both|the two)\s+(?:attacks|bombings|blasts|incidents|shootings)\b/i.test(claimMatch[0])) d.incidents = 2;
      for (const it of items) if (it.type === 'organization' && /^\s*\(claimed\)/i.test(text.slice(it.end, it.end + 12))) add(d, 'claimed_by', it);
      out.push(d);
    }
    return out;
  }
  for (const seg of segments(text, triggers, dates, span)) {
    const main = seg.triggers.reduce((a, b) => (b.rank > a.rank ? b : a));
    const d = draft(main.type, main.rank, span, idx, `rules/event-${main.type}@1`, 0.7);
    d.date = firstDate(dates, seg.start, seg.end, main.start);
    const segCounts = counts.filter((x) => x.start >= seg.start && x.end <= seg.end);
    const c = countsByKind(segCounts);
    d.killed = c.killed; d.injured = c.injured; d.arrested = c.arrested;
    d.revised = revisedKinds(segCounts);
    d.place = bestPlace(items, seg.start, seg.end);
    d.article = DEFINITE_BEFORE.test(text.slice(Math.max(span.start, main.start - 40), main.start));
    d.definite = d.article && d.date === null;
    // "Police said gunmen had attacked a convoy": an undated, placeless past perfect tells the background of the incident just reported.
    if (d.date === null && d.place === null && !d.definite && (main.type === 'attack' || main.type === 'bombing' || main.type === 'shooting')
      && /\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$/i.test(text.slice(Math.max(span.start, main.start - 24), main.start))) d.continuation = true;
    // "… was claimed by TTP, Jundallah and LeJ".
    const claimedBy = /\bclaimed\s+by\s+/i.exec(text.slice(seg.start, seg.end));
    if (claimedBy) {
      const from = seg.start + claimedBy.index + claimedBy[0].length;
      for (const it of items) if (it.type === 'organization' && !it.pronoun && it.start >= from && it.start - from < 120) add(d, 'claimed_by', it);
    }
    // "a bomb … killed fifty pilgrims, and X claimed it": a claim later in the same incident's segment.
    if (claimMatch && (claimAt < main.start + 80 || claimAt < seg.end)) {
      const a = claimantBefore(text, items, claimAt, span.start);
      if (a) {
        add(d, 'claimed_by', a);
        // "Both X and Y claimed it": every coordinated claimant (", and" joins clauses, not claimants).
        let cur = a;
        for (let k = items.indexOf(a) - 1; k >= 0; k--) {
          const o = items[k]!;
          if (o.pronoun || o.type !== 'organization' || !/^\s*(?:,|and|&)\s*(?:the\s+)?$/i.test(text.slice(o.end, cur.start))) break;
          add(d, 'claimed_by', o);
          cur = o;
        }
      }
      // "LeJ claimed both attacks": no incident of its own, a claim on the last two told.
      if (d.date === null && /\b(?:both|the two)\s+(?:attacks|bombings|blasts|incidents|shootings)\b/i.test(claimMatch[0]) && main.start >= claimAt) { d.continuation = true; d.incidents = 2; }
    } else if (main.type !== 'arrest' && main.type !== 'raid' && main.type !== 'seizure') {
      // "A suicide bomber from X attacked …": the attacker's group follows the trigger.
      const from = items.find((i) => i.type === 'organization' && !i.pronoun && i.start >= main.end && i.start - main.end < 20 && /^\s*(?:s\s+)?from\s+(?:the\s+)?$/i.test(text.slice(main.end, i.start)));
      if (from) add(d, 'perpetrator', from);
      const a = from ? null : nearestActorBefore(items, main.start, span.start);
      const trig = text.slice(main.start, main.end);
      const between = text.slice(a?.end ?? 0, main.start);
      // "a JuA suicide bomber attacked": the group names the attacker the trigger is.
      const modifier = /^\s+$/.test(between) && /^(?:suicide\s+bombers?|bombers?|gunm[ae]n|attackers?|militants?|fighters?)$/i.test(trig);
      // "Its deadliest early attack came on …": the group the possessive stands for carried it out.
      const ownedBy = a?.pronoun === true && /^(?:its|their)$/.test(a.words ?? '') && /^\s+(?:[a-z][\w-]*\s+){0,3}$/.test(between);
      if (a && main.start - a.end < 120 && (VERB_TRIGGER.test(trig) || PERPETRATOR_GAP.test(between) || modifier || ownedBy || /^\s+(?:gunmen|militants|fighters|suicide bombers?|attackers)\s+$/i.test(between))) add(d, 'perpetrator', a);
    } else {
      const agentRole: Role = main.type === 'arrest' ? 'arresting_agency' : 'perpetrator';
      for (const it of items) if (it.type === 'organization' && it.start > main.end && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(span.start, it.start - 8), it.start))) add(d, agentRole, it);
      // "the arrest of the cell, including X and Y": the people listed after the arrest noun.
      const arrestOf = /^arrests?$/i.test(text.slice(main.start, main.end)) && /^\s+of\b/i.test(text.slice(main.end, main.end + 4));
      if (arrestOf) {
        let cur = main.end;
        for (const p of items) {
          if (p.start < main.end || p.pronoun) continue;
          if (!/^\s+of\s+(?:[\w-]+,?\s+){0,4}?(?:including\s+)?$|^\s*(?:,\s*|\s+and\s+|,\s*and\s+)$|^\s*,?\s*including\s+$/i.test(text.slice(cur, p.start))) break;
          if (p.type === 'person') add(d, 'arrested', p);
          cur = p.end;
        }
      }
      // Active voice: "the Counter Terrorism Department arrested three …".
      const agent = nearestActorBefore(items, main.start, span.start);
      const between = agent ? text.slice(agent.end, main.start) : '';
      for (const p of items) {
        if (p.type !== 'person' || p.pronoun) continue;
        const before = p.end <= main.start ? text.slice(p.end, main.start) : '';
        const after = p.start >= main.end ? text.slice(main.end, p.start) : '';
        // "X had surrendered to the police": the one who gives up is taken into custody.
        if (/^(?:surrendered|gave)/i.test(text.slice(main.start, main.end)) && /^\s*(?:,[^,]{0,80},\s*)?(?:had\s+|has\s+|have\s+)?$/i.test(before)) { add(d, 'arrested', p); continue; }
        if (/^\s*(?:,[^,]{0,80},\s*|,\s*)?(?:was|were|had been|has been|is|are)\s+(?:later\s+|also\s+|reportedly\s+)?$/i.test(before) || (after !== '' && /^\s*(?:[\w-]+\s+){0,3}$/.test(after) && main.type === 'arrest')) add(d, 'arrested', p);
        // "arrested three suspects, including X": the named one among those held.
        else if (main.type === 'arrest' && after !== '' && after.length < 80 && /\bincluding\s+$/i.test(after) && !/[.;]/.test(after)) add(d, 'arrested', p);
      }
      // "X and Y were arrested", "arrested X, a former commander, and Y": the whole coordination.
      for (const who of coordinatedPeople(text, items, d.participants.filter((q) => q.role === 'arrested').map((q) => q.entity), seg)) add(d, 'arrested', who);
      // "X had surrendered to Pakistani security forces": those surrendered to took custody, not whoever announced it.
      const surrenderedTo = /^(?:surrendered|gave)/i.test(text.slice(main.start, main.end))
        ? items.find((i) => i.type === 'organization' && !i.pronoun && i.start > main.end && /^\s*(?:(?:himself|herself|themselves)\s+up\s+)?to\s+(?:the\s+)?$/i.test(text.slice(main.end, i.start))) : undefined;
      if (surrenderedTo) add(d, 'arresting_agency', surrenderedTo);
      else if (agent && main.type !== 'seizure' && between.length < 40 && !/\b(?:were|was|been|be|being|are|is)\s*$/i.test(between) && !/[.;]/.test(between)
        && (main.type === 'arrest' || !/\b(?:of|in|at|on|against)\s*$/i.test(between))) add(d, agentRole, agent);
    }
    for (const it of items) {
      if (it.start < main.end || it.end > seg.end || it.pronoun || it.start - main.end > 60) continue;
      const okType = it.type === 'person' || (it.type === 'organization' && !d.participants.some((p) => p.entity === it.key)) || (it.type === 'place' && it.subtype === 'facility');
      if (!okType || !TARGET_BEFORE.test(text.slice(Math.max(span.start, it.start - 40), it.start))) continue;
      // "a bomber from X, a faction of Y, …": Y names X's parent, not a target.
      if (MEMBERSHIP_OF.test(text.slice(Math.max(span.start, it.start - 40), it.start))) continue;
      if (it.type === 'place' && !/\b(?:fire\s+(?:at|on)|targeting|targeted|attacked|stormed|hit)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(text.slice(Math.max(span.start, it.start - 30), it.start))) continue;
      add(d, /\b(?:abduction|kidnapp)/i.test(text.slice(main.start, main.end)) ? 'victim' : 'target', it);
      break;
    }
    out.push(d);
  }
  return out;
}

interface Segment { start: number; end: number; triggers: TriggerHit[] }

/** Splits a sentence's triggers into incidents: a date between two triggers separates them. */
function segments(text: string, triggers: readonly TriggerHit[], dates: readonly DateMention[], span: Span): Segment[] {
  const segs: Segment[] = [{ start: span.start, end: span.end, triggers: [triggers[0]!] }];
  for (let k = 1; k < triggers.length; k++) {
    const prev = triggers[k - 1]!;
    const t = triggers[k]!;
    const between = dates.find((d) => d.start > prev.end && d.end <= t.start);
    const cur = segs[segs.length - 1]!;
    // "the attack came on DATE, when a bomber struck …": the when-clause tells the same incident.
    // "…were shot dead; hours later a bomber attacked …": a semicolon between two incidents' words.
    const semi = text.slice(prev.end, t.start).indexOf(';');
    if (between && cur.triggers.length > 0 && !/^\s*,?\s*when\b/i.test(text.slice(between.end, between.end + 12))) {
      cur.end = between.end;
      segs.push({ start: between.end, end: span.end, triggers: [t] });
    } else if (semi >= 0 && /\b(?:later|then|meanwhile|separately|also)\b/i.test(text.slice(prev.end + semi, t.start))) {
      cur.end = prev.end + semi;
      segs.push({ start: prev.end + semi + 1, end: span.end, triggers: [t] });
    } else cur.triggers.push(t);
  }
  return segs;
}
