/**
 * Test material for federation: one agency's ledger with a document, a claim and an
 * event in each of TLP:GREEN, AMBER and RED. The sentences are our own. Every entity
 * is mentioned in one document only, so what a partner may see is easy to state:
 * the GREEN and AMBER records and the entities they name, nothing of the RED one.
 */
import { createHash } from 'node:crypto';
import type { ClaimRecord, DocumentRecord, EntityRecord, EventRecord, Evidence } from '../core/records.js';
import type { EntityType, Marking, Predicate } from '../model/ontology.js';
import type { Interchange } from '../interchange/index.js';

const sha = (t: string): string => createHash('sha256').update(t).digest('hex');

interface Sheet {
  readonly marking: Marking;
  readonly text: string;
  readonly subject: readonly [string, EntityType, string];
  readonly predicate: Predicate;
  readonly object: readonly [string, EntityType, string];
  readonly claimSentence: string;
  readonly event: { readonly type: EventRecord['type']; readonly date: string; readonly sentence: string; readonly killed: number | null };
}

const SHEETS: readonly Sheet[] = [
  {
    marking: 'TLP:GREEN',
    text: 'Jamaat-ul-Ahrar split from Tehreek-e-Taliban Pakistan in August 2014. A bomb attributed to the faction killed 12 people at a market on 2 March 2016.',
    subject: ['Jamaat-ul-Ahrar', 'organization', 'militant_group'], predicate: 'splinter_of', object: ['Tehreek-e-Taliban Pakistan', 'organization', 'militant_group'],
    claimSentence: 'Jamaat-ul-Ahrar split from Tehreek-e-Taliban Pakistan in August 2014.',
    event: { type: 'bombing', date: '2016-03-02', sentence: 'A bomb attributed to the faction killed 12 people at a market on 2 March 2016.', killed: 12 },
  },
  {
    marking: 'TLP:AMBER',
    text: 'Lashkar-e-Jhangvi operates in Karachi according to the provincial department. Police arrested four suspects in Karachi on 9 May 2017.',
    subject: ['Lashkar-e-Jhangvi', 'organization', 'militant_group'], predicate: 'operates_in', object: ['Karachi', 'place', 'city'],
    claimSentence: 'Lashkar-e-Jhangvi operates in Karachi according to the provincial department.',
    event: { type: 'arrest', date: '2017-05-09', sentence: 'Police arrested four suspects in Karachi on 9 May 2017.', killed: null },
  },
  {
    marking: 'TLP:RED',
    text: 'Abu Qasim Nadeem is a member of Jundallah Kasur, an informant told the handler. Abu Qasim Nadeem was seen in Kasur on 4 June 2017.',
    subject: ['Abu Qasim Nadeem', 'person', 'null'], predicate: 'member_of', object: ['Jundallah Kasur', 'organization', 'cell'],
    claimSentence: 'Abu Qasim Nadeem is a member of Jundallah Kasur, an informant told the handler.',
    event: { type: 'statement', date: '2017-06-04', sentence: 'Abu Qasim Nadeem was seen in Kasur on 4 June 2017.', killed: null },
  },
];

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '_');
const tag = (m: Marking): string => m.slice(4).toLowerCase().replace('+', '_');

function span(doc: DocumentRecord, text: string): Evidence {
  const start = doc.text.indexOf(text);
  if (start < 0) throw new Error(`fixture text not found: ${text}`);
  return { document: doc.id, start, end: start + text.length, quote: text };
}

/** Record ids of one marking's document, claim and event, and the names it alone mentions. */
export interface FixtureIds {
  readonly document: string;
  readonly claim: string;
  readonly event: string;
  readonly names: readonly string[];
}

export function agencyLedger(agency: string, prefix: string): { data: Interchange; ids: Readonly<Record<'green' | 'amber' | 'red', FixtureIds>> } {
  const documents: DocumentRecord[] = [];
  const entities: EntityRecord[] = [];
  const claims: ClaimRecord[] = [];
  const events: EventRecord[] = [];
  const ids: Record<string, FixtureIds> = {};
  for (const sheet of SHEETS) {
    const t = tag(sheet.marking);
    const doc: DocumentRecord = {
      id: `doc_${prefix}_${t}`, title: `${prefix} ${t} report`, source: null, published: '2017-06-30', sha256: sha(`${prefix}|${sheet.text}`),
      marking: sheet.marking, agency, media_type: 'text/plain', text: sheet.text, ingested_at: '2017-07-01T00:00:00.000Z', reliability: null,
    };
    // The sha256 stands for the original bytes; a prefix keeps two agencies' copies of the fixture distinct.
    documents.push(doc);
    const entity = ([name, type, subtype]: readonly [string, EntityType, string]): string => {
      const id = `ent_${prefix}_${slug(name)}`;
      const mentions = [];
      for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + name.length)) {
        mentions.push({ document: doc.id, start: at, end: at + name.length, text: name });
      }
      entities.push({ id, type, subtype: subtype === 'null' ? null : subtype, name, aliases: [], lat: null, lon: null, attributes: {}, mentions });
      return id;
    };
    const subject = entity(sheet.subject);
    const object = entity(sheet.object);
    const claim: ClaimRecord = {
      id: `clm_${prefix}_${t}`, subject, predicate: sheet.predicate, object, valid_from: null, valid_to: null, former: false, negated: false,
      confidence: 0.7, status: 'proposed', marking: sheet.marking, agency, credibility: null, extractor: 'fixture@1',
      evidence: [span(doc, sheet.claimSentence)],
    };
    claims.push(claim);
    const event: EventRecord = {
      id: `evt_${prefix}_${t}`, type: sheet.event.type, date: sheet.event.date, place: null,
      participants: [{ role: sheet.event.type === 'arrest' ? 'arrested' : 'perpetrator', entity: subject }],
      killed: sheet.event.killed, injured: null, arrested: null, amount: null, confidence: 0.6, status: 'proposed',
      marking: sheet.marking, agency, extractor: 'fixture@1', evidence: [span(doc, sheet.event.sentence)],
    };
    events.push(event);
    ids[t] = { document: doc.id, claim: claim.id, event: event.id, names: [sheet.subject[0], sheet.object[0]] };
  }
  return {
    data: { format: 'cellgraph/1', documents, entities, claims, events },
    ids: ids as Record<'green' | 'amber' | 'red', FixtureIds>,
  };
}
