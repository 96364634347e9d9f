/**
 * An analyst states a claim: subject, predicate, object, optionally its dates and the
 * span of a stored document that supports it. The quote is read from the stored text
 * (never taken from the client), the marking is at least as strict as the evidence
 * document's, and the claim belongs to the analyst's agency.
 */
import { z } from 'zod';
import { route, type AnyRoute } from '../route.js';
import { WorkbenchError } from '../../core/errors.js';
import { parsePartialDate } from '../../core/partial-date.js';
import type { ClaimRecord, Evidence } from '../../core/records.js';
import { MARKINGS, PREDICATES, type Marking, type Predicate } from '../../model/ontology.js';
import { fitsPredicate, markingRank } from '../../model/vocabulary.js';
import { hashId } from '../../core/ids.js';

const entityId = z.string().min(1).max(200);
const date = z.string().max(10).nullable().optional();
/** Without evidence, nothing says how sensitive a claim is: it stays inside the agency until someone marks it. */
const DEFAULT_MARKING: Marking = 'TLP:AMBER';

export const claimRoutes: AnyRoute[] = [
  route({
    method: 'POST', url: '/api/claims', tag: 'claims', access: 'write', audit: 'claim_add',
    summary: "State a claim as an analyst (extractor `analyst:<name>`), optionally with evidence {document, start, end} whose quote is read from the stored text",
    body: z.object({
      subject: entityId,
      predicate: z.enum(PREDICATES as [string, ...string[]]),
      object: entityId,
      valid_from: date,
      valid_to: date,
      former: z.boolean().default(false),
      negated: z.boolean().default(false),
      confidence: z.number().min(0).max(1).default(1),
      marking: z.enum(MARKINGS as [string, ...string[]]).optional(),
      evidence: z.object({ document: z.string().min(1).max(200), start: z.number().int().min(0), end: z.number().int().min(1) }).strict().optional(),
    }).strict(),
    handler: async ({ body }, { ledger, viewer, caller }) => {
      const predicate = body.predicate as Predicate;
      const validFrom = body.valid_from ? parsePartialDate(body.valid_from) : null;
      const validTo = body.valid_to ? parsePartialDate(body.valid_to) : null;
      if (validFrom && validTo && validFrom > validTo) throw new WorkbenchError('invalid_input', `valid_from ${validFrom} is after valid_to ${validTo}`);
      return ledger.transaction(async (tx) => {
        const [subject, object] = [await tx.getEntity(body.subject), await tx.getEntity(body.object)];
        if (!subject || !object) throw new WorkbenchError('not_found', `no entity "${!subject ? body.subject : body.object}"`);
        if (!fitsPredicate(predicate, subject.type, object.type)) {
          throw new WorkbenchError('invalid_input', `${predicate} does not go from a ${subject.type} to a ${object.type}`);
        }
        let evidence: Evidence[] = [];
        let floor: Marking = 'TLP:CLEAR';
        if (body.evidence) {
          const doc = await tx.getDocument(body.evidence.document);
          if (!doc) throw new WorkbenchError('not_found', `no document "${body.evidence.document}"`);
          const { start, end } = body.evidence;
          if (start >= end || end > doc.text.length) {
            throw new WorkbenchError('invalid_input', `evidence span ${start}–${end} is not inside the document (length ${doc.text.length})`);
          }
          evidence = [{ document: doc.id, start, end, quote: doc.text.slice(start, end) }];
          floor = doc.marking;
        }
        const marking = (body.marking as Marking | undefined) ?? (body.evidence ? floor : DEFAULT_MARKING);
        if (markingRank(marking) < markingRank(floor)) {
          throw new WorkbenchError('invalid_input', `a claim cannot be marked ${marking}: its evidence is ${floor}`);
        }
        // The agency is part of the id: two agencies stating the same thing hold two claims, neither hidden behind the other.
        const id = hashId('clm', 'analyst', viewer.agency, subject.id, predicate, object.id, validFrom, validTo, body.negated ? 1 : 0,
          evidence[0]?.document, evidence[0]?.start, evidence[0]?.end);
        if (await tx.getClaim(id)) throw new WorkbenchError('conflict', `the same claim is already stored as ${id}`);
        const claim: ClaimRecord = {
          id, subject: subject.id, predicate, object: object.id, valid_from: validFrom, valid_to: validTo,
          former: body.former, negated: body.negated, confidence: body.confidence, status: 'accepted',
          marking, agency: viewer.agency, credibility: null, extractor: `analyst:${caller.name}`, evidence,
        };
        await tx.insertClaim(claim);
        return (await tx.getClaim(id)) ?? claim;
      });
    },
  }),
];
