/**
 * Resolution step of ingest: maps each document-local entity to a stored entity or
 * a new one. Candidates are fetched by normalised name keys inside the transaction,
 * and the decision is made by the pure planner in resolution/.
 */
import type { LedgerTransaction, EntitySummary } from '../store/store.js';
import type { DocumentRecord } from '../core/records.js';
import type { Extraction } from '../extraction/types.js';
import { nameKey } from '../resolution/normalise.js';
import { resolutionKeys } from '../resolution/keys.js';
import { resolveExtraction } from '../resolution/plan.js';
import { entityIdFor } from './record-ids.js';

export interface Resolved {
  readonly idByKey: ReadonlyMap<string, string>;
  readonly created: number;
  readonly matched: number;
}

export async function resolveEntities(tx: LedgerTransaction, document: DocumentRecord, extraction: Extraction): Promise<Resolved> {
  const candidates = new Map<string, EntitySummary[]>();
  for (const e of extraction.entities) {
    const keys = resolutionKeys(e.type, [e.name, ...e.aliases]);
    candidates.set(e.key, await tx.findEntitiesByKeys(keys, e.type));
  }
  const decided = await tx.listSameAs({});
  const plan = resolveExtraction({
    entities: extraction.entities,
    candidates,
    decisions: decided,
    newId: (key) => entityIdFor(document.id, key),
  });

  const idByKey = new Map<string, string>();
  let created = 0;
  let matched = 0;
  for (const step of plan.steps) {
    if (step.kind === 'existing') {
      idByKey.set(step.key, step.id);
      if (step.addAliases.length > 0) {
        await tx.addAliases(step.id, step.addAliases.map((alias) => ({ alias, key: nameKey(alias) })));
      }
      matched += 1;
    } else {
      await tx.insertEntity({ ...step.draft, keys: resolutionKeys(step.draft.type, [step.draft.name, ...step.draft.aliases]) });
      idByKey.set(step.key, step.draft.id);
      created += 1;
    }
  }
  for (const p of plan.possibleSame) await tx.upsertSameAs(p);
  return { idByKey, created, matched };
}
