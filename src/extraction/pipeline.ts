/**
 * The rule-based extractor: text → sentences → entities → dates, counts, relations and
 * events, every claim and event tied to the sentence it came from. Pure, synchronous
 * and deterministic; linear in the input (every stage works sentence by sentence and
 * sentences are capped in length).
 */
import type { ExtractedClaim, Extraction, ExtractOptions, Span } from './types.js';
import type { Lexicon } from './lexicon.js';
import type { PartialDate } from '../core/partial-date.js';
import { defaultLexicon } from './default-lexicon.js';
import { splitSentences } from './text/sentences.js';
import { contentEnd } from './text/boilerplate.js';
import { tokenize } from './text/tokens.js';
import { matchersFor } from './entities/recognise.js';
import { recogniseDocument, type SentenceUnit } from './entities/document-entities.js';
import { findDates, newDateContext, titleYear } from './dates/dates.js';
import { Antecedents, sentenceItems } from './relations/items.js';
import { withIntroSubject } from './relations/intro-subject.js';
import { applyRules } from './relations/engine.js';
import { claimDates, clauseBreaks } from './relations/claim-dates.js';
import { buildClaims, type Dated } from './relations/document-claims.js';
import { innerParent } from './relations/inner-branch.js';
import { infoboxClaims, infoboxField, mainSubject, type InfoboxHit } from './relations/infobox.js';
import type { Item } from './relations/items.js';
import { sentenceEvents } from './events/sentence-events.js';
import type { Draft } from './events/draft.js';
import { assembleEvents, toExtractedEvents, placeFromNationality } from './events/document-events.js';
import { leadershipEvents, pledgeEvents } from './events/leadership-events.js';
import { addSpeakerOrganisations, statementEvents } from './events/statements.js';
import { findAmounts } from './numbers/amounts.js';

export interface PipelineOptions extends ExtractOptions {
  /** Dictionaries to match; defaults to the project gazetteer. */
  readonly lexicon?: Lexicon;
}

const STRUCK = /\b(?:struck|attacked|hit)\s+(?:again|twice|three times|several times|in\b)/i;

export function extract(text: string, options: PipelineOptions = {}): Extraction {
  const lexicon = options.lexicon ?? defaultLexicon();
  const matchers = matchersFor(lexicon);
  // Offsets stay valid: the analysed text is a prefix of the document.
  const units: SentenceUnit[] = splitSentences(text.slice(0, contentEnd(text))).map((span) => ({ span, tokens: tokenize(text, span.start, span.end), mentions: [] }));
  const registry = recogniseDocument(text, units, matchers);

  const dateCtx = newDateContext(options.published ?? null);
  dateCtx.titleYear = titleYear(text);
  const ante = new Antecedents();
  const dated: Dated[] = [];
  const drafts: Draft[] = [];
  const innerClaims: ExtractedClaim[] = [];
  const allItems: Item[] = [];
  const fields: Array<{ hit: InfoboxHit; span: Span }> = [];
  let prevEnd = 0;
  let leadDay: PartialDate | null = null;
  let leadActor: string | null = null;
  units.forEach((u, idx) => {
    const { span } = u;
    // A blank line or a heading starts a new paragraph: partial dates stop inheriting its year.
    const newParagraph = /\n\s*\n/.test(text.slice(prevEnd, span.start)) || /^=/.test(text.slice(span.start, span.start + 1));
    if (newParagraph) dateCtx.paragraphYear = null;
    prevEnd = span.end;
    const dates = findDates(text, span.start, span.end, dateCtx);
    const items = withIntroSubject(text, span, sentenceItems(text, span, u.mentions, ante));
    const breaks = clauseBreaks(text, span);
    for (const raw of applyRules(text, span, items)) {
      const { from, to } = claimDates(raw.dates, raw.anchor, dates, breaks);
      dated.push({ raw, from, to, sentence: span });
    }
    for (const m of u.mentions) {
      if (m.type !== 'organization' || !m.key.startsWith('organization:')) continue;
      const parent = innerParent(text.slice(m.start, m.end), m.key.slice('organization:'.length), matchers.orgs);
      if (parent) innerClaims.push({ subject: m.key, predicate: 'branch_of', object: `organization:${parent}`, valid_from: null, valid_to: null, former: false, negated: false, confidence: 0.7, extractor: 'rules/branch-name@1', evidence: [span] });
    }
    allItems.push(...items.filter((i) => !i.pronoun));
    const field = infoboxField(text, span, items);
    if (field) fields.push({ hit: field, span });
    const own = sentenceEvents(text, span, idx, items, dates, breaks);
    if (!own.some((d) => !d.continuation)) own.push(...statementEvents(text, span, idx, items, dates, breaks));
    const money = findAmounts(text.slice(span.start, span.end), span.start)[0];
    if (money) for (const d of own) d.amount ??= { value: money.value, unit: money.unit };
    // "On May 9 the group struck twice. Gunmen stormed … ": the day of a lead-in sentence with no incident of its own.
    if (leadDay && !newParagraph) {
      for (const d of own) {
        if (d.date !== null || d.continuation || d.type === 'killing' || d.type === 'designation') continue;
        d.date = leadDay;
        // "On May 9 the group struck twice": the lead-in's actor did what follows.
        if (leadActor && !d.participants.some((p) => p.role === 'perpetrator' || p.role === 'claimed_by')) d.participants.push({ role: 'perpetrator', entity: leadActor });
      }
    }
    const days = dates.filter((d) => d.value !== null && d.value.length === 10);
    leadDay = own.length === 0 && days.length === 1 ? days[0]!.value : null;
    leadActor = leadDay && STRUCK.test(text.slice(span.start, span.end)) ? items.find((i) => i.type === 'organization' && !i.inPP)?.key ?? null : null;
    drafts.push(...own);
    ante.note(items.filter((i) => i.end > span.start));
    ante.endSentence(items.filter((i) => i.end > span.start));
  });

  dated.push(...infoboxClaims(mainSubject(allItems), fields));
  const events = assembleEvents(drafts);
  placeFromNationality(text, events, registry.entities());
  const killedOn = new Map<string, PartialDate | null>();
  for (const e of events) if (e.type === 'killing') for (const p of e.participants) if (p.role === 'killed_person' && !killedOn.has(p.entity)) killedOn.set(p.entity, e.date);
  const claims = buildClaims(dated, killedOn);
  for (const c of innerClaims) {
    if (registry.typeOf(c.object) && !claims.some((x) => x.subject === c.subject && x.predicate === c.predicate && x.object === c.object)) claims.push(c);
  }
  events.push(...leadershipEvents(claims, events), ...pledgeEvents(claims));
  addSpeakerOrganisations(events, claims);
  return {
    entities: registry.entities(),
    mentions: registry.extractedMentions(text),
    claims,
    events: toExtractedEvents(events),
  };
}
