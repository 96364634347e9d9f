/**
 * The port's readers and writers as thin wrappers around the table modules. Where
 * the queries run (the pool, or a transaction's client under a savepoint) is the
 * caller's `Runner`; this file only names each call for error messages and says
 * whether it writes.
 */
import type { LedgerReader, LedgerWriter } from '../../store/store.js';
import type { Db } from './connection.js';
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
import { stats } from './stats.js';

export type Runner = <T>(action: string, write: boolean, fn: (db: Db) => Promise<T>) => Promise<T>;

export function makeReader(run: Runner): LedgerReader {
  const read = <T>(action: string, fn: (db: Db) => Promise<T>): Promise<T> => run(action, false, fn);
  return {
    getDocument: (id) => read('getDocument', (db) => documents.getDocument(db, id)),
    findDocumentBySha: (sha) => read('findDocumentBySha', (db) => documents.findDocumentBySha(db, sha)),
    listDocuments: () => read('listDocuments', (db) => documents.listDocuments(db)),
    searchDocuments: (q, limit) => read('searchDocuments', (db) => searchDocuments(db, q, limit)),
    getEntity: (id) => read('getEntity', (db) => entityReads.getEntity(db, id)),
    listEntities: (f) => read('listEntities', (db) => entityReads.listEntities(db, f)),
    findEntitiesByKeys: (keys, type) => read('findEntitiesByKeys', (db) => entityReads.findEntitiesByKeys(db, keys, type)),
    getClaim: (id) => read('getClaim', (db) => claims.getClaim(db, id)),
    listClaims: (f) => read('listClaims', (db) => claims.listClaims(db, f)),
    getEvent: (id) => read('getEvent', (db) => events.getEvent(db, id)),
    listEvents: (f) => read('listEvents', (db) => events.listEvents(db, f)),
    stats: () => read('stats', (db) => stats(db)),
    canonicalId: (id) => read('canonicalId', (db) => merges.canonicalId(db, id)),
    listMerges: (entity) => read('listMerges', (db) => merges.listMerges(db, entity)),
    listSameAs: (options) => read('listSameAs', (db) => sameAs.listSameAs(db, options)),
    neighbourhood: (entity, options) => read('neighbourhood', (db) => neighbourhood(db, entity, options)),
    getAgency: (id) => read('getAgency', (db) => accounts.getAgency(db, id)),
    listAgencies: () => read('listAgencies', (db) => accounts.listAgencies(db)),
    getUser: (id) => read('getUser', (db) => accounts.getUser(db, id)),
    findUserByName: (name) => read('findUserByName', (db) => accounts.findUserByName(db, name)),
    listUsers: (agency) => read('listUsers', (db) => accounts.listUsers(db, agency)),
    findTokenByHash: (hash) => read('findTokenByHash', (db) => accounts.findTokenByHash(db, hash)),
    listTokens: (user) => read('listTokens', (db) => accounts.listTokens(db, user)),
    getSession: (hash) => read('getSession', (db) => accounts.getSession(db, hash)),
    listAgreements: (filter) => read('listAgreements', (db) => sharing.listAgreements(db, filter)),
    listAudit: (options) => read('listAudit', (db) => audit.listAudit(db, options)),
    lastAudit: () => read('lastAudit', (db) => audit.lastAudit(db)),
    getPeer: (id) => read('getPeer', (db) => sharing.getPeer(db, id)),
    listPeers: () => read('listPeers', (db) => sharing.listPeers(db)),
    listForeignObjects: () => read('listForeignObjects', (db) => sharing.listForeignObjects(db)),
    listChanges: (after, limit) => read('listChanges', (db) => journal.listChanges(db, after, limit)),
    lastChange: () => read('lastChange', (db) => journal.lastChange(db)),
    mentionDocuments: () => read('mentionDocuments', (db) => sharing.mentionDocuments(db)),
    getSetting: (key) => read('getSetting', (db) => sharing.getSetting(db, key)),
  };
}

export function makeWriter(run: Runner): LedgerWriter {
  const write = <T>(action: string, fn: (db: Db) => Promise<T>): Promise<T> => run(action, true, fn);
  return {
    insertDocument: (doc) => write(`insertDocument ${doc.id}`, (db) => documents.insertDocument(db, doc)),
    insertEntity: (e) => write(`insertEntity ${e.id}`, (db) => entities.insertEntity(db, e)),
    addAliases: (id, aliases) => write(`addAliases ${id}`, (db) => entities.addAliases(db, id, aliases)),
    insertMentions: (id, mentions) => write(`insertMentions ${id}`, (db) => entities.insertMentions(db, id, mentions)),
    insertClaim: (claim) => write(`insertClaim ${claim.id}`, (db) => claims.insertClaim(db, claim)),
    insertEvent: (event) => write(`insertEvent ${event.id}`, (db) => events.insertEvent(db, event)),
    updateClaim: (id, patch) => write(`updateClaim ${id}`, (db) => claims.updateClaim(db, id, patch)),
    setDocumentReliability: (id, r) => write(`setDocumentReliability ${id}`, (db) => documents.setDocumentReliability(db, id, r)),
    renameEntity: (id, name, key) => write(`renameEntity ${id}`, (db) => entities.renameEntity(db, id, name, key)),
    mergeEntities: (source, target, actor, reason) =>
      write(`mergeEntities ${source}`, (db) => merges.mergeEntities(db, source, target, actor, reason)),
    unmerge: (id, actor, reason) => write(`unmerge ${id}`, (db) => merges.unmerge(db, id, actor, reason)),
    moveMentions: (from, into, mentions) => write(`moveMentions ${from}`, (db) => entities.moveMentions(db, from, into, mentions)),
    repointClaims: (ids, from, into) => write(`repointClaims ${from}`, (db) => repointClaims(db, ids, from, into)),
    upsertSameAs: (cand) => write('upsertSameAs', (db) => sameAs.upsertSameAs(db, cand)),
    decideSameAs: (a, b, decision, actor) => write('decideSameAs', (db) => sameAs.decideSameAs(db, a, b, decision, actor)),
    insertAgency: (a) => write(`insertAgency ${a.id}`, (db) => accounts.insertAgency(db, a)),
    insertUser: (u) => write(`insertUser ${u.name}`, (db) => accounts.insertUser(db, u)),
    updateUser: (id, patch) => write(`updateUser ${id}`, (db) => accounts.updateUser(db, id, patch)),
    insertToken: (t) => write(`insertToken ${t.id}`, (db) => accounts.insertToken(db, t)),
    revokeToken: (id, at) => write(`revokeToken ${id}`, (db) => accounts.revokeToken(db, id, at)),
    insertSession: (s) => write('insertSession', (db) => accounts.insertSession(db, s)),
    deleteSession: (hash) => write('deleteSession', (db) => accounts.deleteSession(db, hash)),
    insertAgreement: (a) => write(`insertAgreement ${a.id}`, (db) => sharing.insertAgreement(db, a)),
    revokeAgreement: (id, at) => write(`revokeAgreement ${id}`, (db) => sharing.revokeAgreement(db, id, at)),
    appendAudit: (entry) => write(`appendAudit ${entry.seq}`, (db) => audit.appendAudit(db, entry)),
    insertPeer: (p) => write(`insertPeer ${p.id}`, (db) => sharing.insertPeer(db, p)),
    updatePeer: (id, patch) => write(`updatePeer ${id}`, (db) => sharing.updatePeer(db, id, patch)),
    deletePeer: (id) => write(`deletePeer ${id}`, (db) => sharing.deletePeer(db, id)),
    putForeignObject: (o) => write(`putForeignObject ${o.id}`, (db) => sharing.putForeignObject(db, o)),
    setSetting: (key, value) => write(`setSetting ${key}`, (db) => sharing.setSetting(db, key, value)),
  };
}
