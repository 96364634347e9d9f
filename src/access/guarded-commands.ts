/**
 * The write half of the visible ledger. A viewer below the analyst role writes
 * nothing; new documents, claims and events are filed only under the writer's own
 * agency; a stored claim, event or document is changed only by its own agency
 * (`canChange`), and splitting an entity changes them too (its mentions move out of
 * documents, its claims and events are re-pointed); the rest of entity curation (which
 * every agency shares: merge, rename, aliases, same-as) needs every entity it touches
 * to be visible to the writer. Something invisible is `not_found`, exactly as
 * if it did not exist; something visible but not the writer's to change is `forbidden`.
 */
import { WorkbenchError } from '../core/errors.js';
import type { Mention, Participant } from '../core/records.js';
import type { LedgerCommands, Transaction } from '../store/store.js';
import { canChange, hasLevel, type Owned } from './policy.js';
import type { Visibility } from './visibility.js';

export function guardedCommands(tx: Transaction, visibility: Visibility): LedgerCommands {
  const viewer = visibility.viewer;

  function requireWrite(): void {
    if (!hasLevel(viewer, 'write')) {
      throw new WorkbenchError('forbidden', `the ${viewer.role} role may not change the ledger; it takes an analyst`);
    }
  }

  function requireOwnAgency(kind: string, record: Owned & { readonly id: string }): void {
    requireWrite();
    if (!viewer.operator && record.agency !== viewer.agency) {
      throw new WorkbenchError('forbidden', `${kind} ${record.id} names agency "${record.agency}"; records are filed under your own agency ("${viewer.agency}")`);
    }
  }

  async function requireEntities(ids: readonly string[]): Promise<void> {
    for (const id of new Set(ids)) {
      if (!(await visibility.entityVisible(id))) throw new WorkbenchError('not_found', `no entity ${id}`);
    }
    visibility.noteVisible(...ids);
  }

  async function requireDocuments(spans: ReadonlyArray<{ readonly document: string }>): Promise<void> {
    for (const id of new Set(spans.map((s) => s.document))) {
      if (!(await visibility.documentVisible(id))) throw new WorkbenchError('not_found', `no document ${id}`);
    }
  }

  async function requireChangeable(kind: 'claim' | 'event' | 'document', id: string, record: (Owned & { readonly id: string }) | null): Promise<void> {
    requireWrite();
    if (!record || !visibility.sees(record)) throw new WorkbenchError('not_found', `no ${kind} ${id}`);
    if (!canChange(viewer, record)) {
      throw new WorkbenchError('forbidden', `${kind} ${id} belongs to agency "${record.agency}"; only its own analysts may change it`);
    }
  }

  const eventEntities = (participants: readonly Participant[], place: string | null): string[] =>
    [...participants.map((p) => p.entity), ...(place === null ? [] : [place])];

  return {
    async insertDocument(doc) {
      requireOwnAgency('document', doc);
      await tx.insertDocument(doc);
      visibility.forget();
    },

    async insertEntity(entity) {
      requireWrite();
      await tx.insertEntity(entity);
      visibility.noteVisible(entity.id);
    },

    async addAliases(entity, aliases) {
      requireWrite();
      await requireEntities([entity]);
      await tx.addAliases(entity, aliases);
    },

    async insertMentions(entity, mentions: readonly Mention[]) {
      requireWrite();
      await requireEntities([entity]);
      await requireDocuments(mentions);
      await tx.insertMentions(entity, mentions);
    },

    async insertClaim(claim) {
      requireOwnAgency('claim', claim);
      await requireEntities([claim.subject, claim.object]);
      await requireDocuments(claim.evidence);
      await tx.insertClaim(claim);
    },

    async insertEvent(event) {
      requireOwnAgency('event', event);
      await requireEntities(eventEntities(event.participants, event.place));
      await requireDocuments(event.evidence);
      await tx.insertEvent(event);
    },

    async updateClaim(id, patch) {
      await requireChangeable('claim', id, await tx.getClaim(id));
      await tx.updateClaim(id, patch);
    },

    async setDocumentReliability(id, reliability) {
      await requireChangeable('document', id, await tx.getDocument(id));
      await tx.setDocumentReliability(id, reliability);
    },

    async renameEntity(id, name, key) {
      requireWrite();
      await requireEntities([id]);
      await tx.renameEntity(id, name, key);
    },

    async mergeEntities(source, target, actor, reason) {
      requireWrite();
      await requireEntities([source, target]);
      const merge = await tx.mergeEntities(source, target, actor, reason);
      visibility.forget();
      return merge;
    },

    async unmerge(mergeId, actor, reason) {
      requireWrite();
      const merge = (await tx.listMerges()).find((m) => m.id === mergeId);
      if (!merge || !(await visibility.entityVisible(merge.source)) || !(await visibility.entityVisible(merge.target))) {
        throw new WorkbenchError('not_found', `no merge ${mergeId}`);
      }
      visibility.noteVisible(merge.source, merge.target);
      await tx.unmerge(mergeId, actor, reason);
      visibility.forget();
    },

    async moveMentions(from, into, mentions) {
      requireWrite();
      await requireEntities([from, into]);
      // A mention is part of what its document says: moving it changes that document's record.
      for (const id of new Set(mentions.map((m) => m.document))) await requireChangeable('document', id, await tx.getDocument(id));
      await tx.moveMentions(from, into, mentions);
      visibility.forget();
    },

    async repointClaims(ids, from, into) {
      requireWrite();
      await requireEntities([from, into]);
      for (const id of ids) {
        const claim = await tx.getClaim(id);
        await requireChangeable(claim ? 'claim' : 'event', id, claim ?? (await tx.getEvent(id)));
      }
      await tx.repointClaims(ids, from, into);
      visibility.forget();
    },

    async upsertSameAs(candidate) {
      requireWrite();
      await requireEntities([candidate.a, candidate.b]);
      await tx.upsertSameAs(candidate);
    },

    async decideSameAs(a, b, decision, actor) {
      requireWrite();
      await requireEntities([a, b]);
      await tx.decideSameAs(a, b, decision, actor);
    },
  };
}
