/**
 * Analyst curation of entities: merge, undo a merge, split an actor by documents,
 * rename, and decide "possibly the same" suggestions. Each is one transaction and
 * every merge is recorded with who and why, so it can be undone.
 */
import type { Ledger } from '../store/store.js';
import { WorkbenchError } from '../core/errors.js';
import { hashId } from '../core/ids.js';
import { nameKey } from '../resolution/normalise.js';

export interface Actor {
  readonly name: string;
}

export async function mergeEntities(store: Ledger, source: string, target: string, actor: Actor, reason: string) {
  if (!reason.trim()) throw new WorkbenchError('invalid_input', 'a merge needs a reason (--reason)');
  return store.transaction(async (tx) => {
    const merge = await tx.mergeEntities(source, target, actor.name, reason);
    await tx.decideSameAs(source, target, 'same', actor.name);
    return merge;
  });
}

export async function undoMerge(store: Ledger, mergeId: string, actor: Actor, reason: string): Promise<void> {
  await store.transaction(async (tx) => {
    const merge = (await tx.listMerges()).find((m) => m.id === mergeId);
    if (!merge) throw new WorkbenchError('not_found', `no merge "${mergeId}"`);
    if (merge.undone_at) throw new WorkbenchError('conflict', `merge ${mergeId} was already undone`);
    await tx.unmerge(mergeId, actor.name, reason);
    // Remember the analyst's judgement so resolution never proposes the pair again.
    await tx.decideSameAs(merge.source, merge.target, 'different', actor.name);
  });
}

/**
 * Moves what the given documents say about an entity to a new entity: its mentions
 * there, and the claims and events whose evidence lies only in those documents.
 */
export async function splitEntity(store: Ledger, entityId: string, documents: readonly string[], newName: string | null, actor: Actor) {
  if (documents.length === 0) throw new WorkbenchError('invalid_input', 'name the documents whose mentions form the new entity (--documents)');
  return store.transaction(async (tx) => {
    const entity = await tx.getEntity(entityId);
    if (!entity) throw new WorkbenchError('not_found', `no entity "${entityId}"`);
    const docs = new Set(documents);
    const moving = entity.mentions.filter((m) => docs.has(m.document));
    if (moving.length === 0) throw new WorkbenchError('invalid_input', `${entity.name} is not mentioned in ${documents.join(', ')}`);
    if (moving.length === entity.mentions.length) throw new WorkbenchError('invalid_input', 'every mention would move: nothing would be left to split from');
    const name = newName?.trim() || entity.name;
    const id = hashId('ent', 'split', entity.id, [...docs].sort().join(','));
    await tx.insertEntity({
      id, type: entity.type, subtype: entity.subtype, name, aliases: [], lat: entity.lat, lon: entity.lon,
      attributes: { ...entity.attributes, split_from: entity.id, split_by: actor.name }, keys: [nameKey(name)],
    });
    await tx.moveMentions(entity.id, id, moving.map((m) => ({ document: m.document, start: m.start })));
    const onlyThere = (ev: readonly { document: string }[]) => ev.length > 0 && ev.every((e) => docs.has(e.document));
    const claims = (await tx.listClaims({ entity: entity.id, limit: 1_000_000 })).filter((c) => onlyThere(c.evidence));
    const events = (await tx.listEvents({ entity: entity.id, limit: 1_000_000 })).filter((e) => onlyThere(e.evidence));
    const ids = [...claims.map((c) => c.id), ...events.map((e) => e.id)];
    if (ids.length > 0) await tx.repointClaims(ids, entity.id, id);
    await tx.decideSameAs(entity.id, id, 'different', actor.name);
    return { id, name, mentions: moving.length, claims: claims.length, events: events.length };
  });
}

export async function renameEntity(store: Ledger, entityId: string, name: string): Promise<void> {
  if (!name.trim()) throw new WorkbenchError('invalid_input', 'the new name is empty');
  await store.transaction(async (tx) => {
    if (!(await tx.getEntity(entityId))) throw new WorkbenchError('not_found', `no entity "${entityId}"`);
    await tx.renameEntity(entityId, name.trim(), nameKey(name));
  });
}
