/**
 * The port's readers and writers over one connection: thin async wrappers around
 * the synchronous table modules, each turning driver errors into WorkbenchErrors.
 * `guard` runs before every call so a closed store or a finished transaction
 * refuses work instead of touching the database.
 */
import type { LedgerReader, LedgerWriter } from '../../store/store.js';
import type { Conn } from './connection.js';
import * as accounts from './accounts.js';
import * as audit from './audit.js';
import * as claims from './claims.js';
import * as documents from './documents.js';
import * as entities from './entities.js';
import * as entityReads from './entity-reads.js';
import * as events from './events.js';
import * as journal from './journal.js';
import * as merges from './merges.js';
import { neighbourhood } from './neighbourhood.js';
import { repointClaims } from './repoint.js';
import * as sameAs from './same-as.js';
import * as sharing from './sharing.js';
import { searchDocuments } from './search.js';
import { toWorkbenchError } from './sqlite-errors.js';
import { stats } from './stats.js';

type Guard = () => void;

function call<T>(guard: Guard, action: string, fn: () => T): Promise<T> {
  try {
    guard();
    return Promise.resolve(fn());
  } catch (e) {
    return Promise.reject(toWorkbenchError(e, action));
  }
}

export function makeReader(c: Conn, guard: Guard): LedgerReader {
  return {
    getDocument: (id) => call(guard, 'getDocument', () => documents.getDocument(c, id)),
    findDocumentBySha: (sha) => call(guard, 'findDocumentBySha', () => documents.findDocumentBySha(c, sha)),
    listDocuments: () => call(guard, 'listDocuments', () => documents.listDocuments(c)),
    searchDocuments: (q, limit) => call(guard, 'searchDocuments', () => searchDocuments(c, q, limit)),
    getEntity: (id) => call(guard, 'getEntity', () => entityReads.getEntity(c, id)),
    listEntities: (f) => call(guard, 'listEntities', () => entityReads.listEntities(c, f)),
    findEntitiesByKeys: (keys, type) => call(guard, 'findEntitiesByKeys', () => entityReads.findEntitiesByKeys(c, keys, type)),
    getClaim: (id) => call(guard, 'getClaim', () => claims.getClaim(c, id)),
    listClaims: (f) => call(guard, 'listClaims', () => claims.listClaims(c, f)),
    getEvent: (id) => call(guard, 'getEvent', () => events.getEvent(c, id)),
    listEvents: (f) => call(guard, 'listEvents', () => events.listEvents(c, f)),
    stats: () => call(guard, 'stats', () => stats(c)),
    canonicalId: (id) => call(guard, 'canonicalId', () => merges.canonicalId(c, id)),
    listMerges: (entity) => call(guard, 'listMerges', () => merges.listMerges(c, entity)),
    listSameAs: (options) => call(guard, 'listSameAs', () => sameAs.listSameAs(c, options)),
    neighbourhood: async (entity, options) => {
      try {
        guard();
        return await neighbourhood(c, entity, options);
      } catch (e) {
        throw toWorkbenchError(e, 'neighbourhood');
      }
    },
    getAgency: (id) => call(guard, 'getAgency', () => accounts.getAgency(c, id)),
    listAgencies: () => call(guard, 'listAgencies', () => accounts.listAgencies(c)),
    getUser: (id) => call(guard, 'getUser', () => accounts.getUser(c, id)),
    findUserByName: (name) => call(guard, 'findUserByName', () => accounts.findUserByName(c, name)),
    listUsers: (agency) => call(guard, 'listUsers', () => accounts.listUsers(c, agency)),
    findTokenByHash: (hash) => call(guard, 'findTokenByHash', () => accounts.findTokenByHash(c, hash)),
    listTokens: (user) => call(guard, 'listTokens', () => accounts.listTokens(c, user)),
    getSession: (hash) => call(guard, 'getSession', () => accounts.getSession(c, hash)),
    listAgreements: (filter) => call(guard, 'listAgreements', () => sharing.listAgreements(c, filter)),
    listAudit: (options) => call(guard, 'listAudit', () => audit.listAudit(c, options)),
    lastAudit: () => call(guard, 'lastAudit', () => audit.lastAudit(c)),
    getPeer: (id) => call(guard, 'getPeer', () => sharing.getPeer(c, id)),
    listPeers: () => call(guard, 'listPeers', () => sharing.listPeers(c)),
    listForeignObjects: () => call(guard, 'listForeignObjects', () => sharing.listForeignObjects(c)),
    listChanges: (after, limit) => call(guard, 'listChanges', () => journal.listChanges(c, after, limit)),
    lastChange: () => call(guard, 'lastChange', () => journal.lastChange(c)),
    mentionDocuments: () => call(guard, 'mentionDocuments', () => sharing.mentionDocuments(c)),
    getSetting: (key) => call(guard, 'getSetting', () => sharing.getSetting(c, key)),
  };
}

/**
 * Runs one write under a savepoint, so a write that fails half-way (a claim whose
 * third evidence span is bad) leaves nothing behind even when the caller catches
 * the error and carries on with the transaction.
 */
function atomic<T>(c: Conn, fn: () => T): T {
  c.sql('SAVEPOINT write').run();
  try {
    const out = fn();
    c.sql('RELEASE write').run();
    return out;
  } catch (e) {
    c.sql('ROLLBACK TO write').run();
    c.sql('RELEASE write').run();
    throw e;
  }
}

export function makeWriter(c: Conn, guard: Guard): LedgerWriter {
  const write = <T>(action: string, fn: () => T): Promise<T> => call(guard, action, () => atomic(c, fn));
  // The hot paths of a bulk load undo their own partial work; see claims.ts and entities.ts.
  const selfAtomic = <T>(action: string, fn: () => T): Promise<T> => call(guard, action, fn);
  return {
    insertDocument: (doc) => write(`insertDocument ${doc.id}`, () => documents.insertDocument(c, doc)),
    insertEntity: (e) => write(`insertEntity ${e.id}`, () => entities.insertEntity(c, e)),
    addAliases: (id, aliases) => write(`addAliases ${id}`, () => entities.addAliases(c, id, aliases)),
    insertMentions: (id, mentions) => selfAtomic(`insertMentions ${id}`, () => entities.insertMentions(c, id, mentions)),
    insertClaim: (claim) => selfAtomic(`insertClaim ${claim.id}`, () => claims.insertClaim(c, claim)),
    insertEvent: (event) => write(`insertEvent ${event.id}`, () => events.insertEvent(c, event)),
    updateClaim: (id, patch) => write(`updateClaim ${id}`, () => claims.updateClaim(c, id, patch)),
    setDocumentReliability: (id, r) => write(`setDocumentReliability ${id}`, () => documents.setDocumentReliability(c, id, r)),
    renameEntity: (id, name, key) => write(`renameEntity ${id}`, () => entities.renameEntity(c, id, name, key)),
    mergeEntities: (source, target, actor, reason) =>
      write(`mergeEntities ${source}`, () => merges.mergeEntities(c, source, target, actor, reason)),
    unmerge: (id, actor, reason) => write(`unmerge ${id}`, () => merges.unmerge(c, id, actor, reason)),
    moveMentions: (from, into, mentions) => write(`moveMentions ${from}`, () => entities.moveMentions(c, from, into, mentions)),
    repointClaims: (ids, from, into) => write(`repointClaims ${from}`, () => repointClaims(c, ids, from, into)),
    upsertSameAs: (cand) => write('upsertSameAs', () => sameAs.upsertSameAs(c, cand)),
    decideSameAs: (a, b, decision, actor) => write('decideSameAs', () => sameAs.decideSameAs(c, a, b, decision, actor)),
    insertAgency: (a) => write(`insertAgency ${a.id}`, () => accounts.insertAgency(c, a)),
    insertUser: (u) => write(`insertUser ${u.name}`, () => accounts.insertUser(c, u)),
    updateUser: (id, patch) => write(`updateUser ${id}`, () => accounts.updateUser(c, id, patch)),
    insertToken: (t) => write(`insertToken ${t.id}`, () => accounts.insertToken(c, t)),
    revokeToken: (id, at) => write(`revokeToken ${id}`, () => accounts.revokeToken(c, id, at)),
    insertSession: (s) => write('insertSession', () => accounts.insertSession(c, s)),
    deleteSession: (hash) => write('deleteSession', () => accounts.deleteSession(c, hash)),
    insertAgreement: (a) => write(`insertAgreement ${a.id}`, () => sharing.insertAgreement(c, a)),
    revokeAgreement: (id, at) => write(`revokeAgreement ${id}`, () => sharing.revokeAgreement(c, id, at)),
    appendAudit: (entry) => write(`appendAudit ${entry.seq}`, () => audit.appendAudit(c, entry)),
    insertPeer: (p) => write(`insertPeer ${p.id}`, () => sharing.insertPeer(c, p)),
    updatePeer: (id, patch) => write(`updatePeer ${id}`, () => sharing.updatePeer(c, id, patch)),
    deletePeer: (id) => write(`deletePeer ${id}`, () => sharing.deletePeer(c, id)),
    putForeignObject: (o) => write(`putForeignObject ${o.id}`, () => sharing.putForeignObject(c, o)),
    setSetting: (key, value) => write(`setSetting ${key}`, () => sharing.setSetting(c, key, value)),
  };
}
