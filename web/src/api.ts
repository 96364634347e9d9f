/**
 * The HTTP API as the web app sees it: typed JSON reads, claim review, merges and uploads.
 * Requests go to this origin only and carry the session cookie set at login; every
 * request that changes something also carries the CSRF token (see session.ts). A 401
 * from any call hands over to the login form.
 */
import { csrfToken, sessionExpired } from './session.js';
export type EntityType = 'organization' | 'person' | 'place' | 'event' | 'document';

export interface Evidence { document: string; start: number; end: number; quote: string }
export interface Entity {
  id: string; type: EntityType; subtype: string | null; name: string; aliases: string[];
  lat: number | null; lon: number | null; attributes?: Record<string, string | number | boolean | null>;
  mention_count?: number;
}
export interface Claim {
  id: string; subject: string; predicate: string; object: string; valid_from: string | null; valid_to: string | null;
  former: boolean; negated: boolean; confidence: number; status: string; marking: string; credibility: number | null;
  extractor: string; evidence: Evidence[]; agency?: string;
}
export interface Participant { role: string; entity: string }
export interface EventRecord {
  id: string; type: string; date: string | null; place: string | null; participants: Participant[];
  killed: number | null; injured: number | null; arrested: number | null; confidence: number; status: string; evidence: Evidence[];
  marking?: string; agency?: string;
}
export interface DocumentSummary { id: string; title: string | null; source: string | null; published: string | null; marking: string; media_type: string; ingested_at: string; agency?: string }
export interface DocumentRecord extends DocumentSummary { text: string }
export interface Mention { start: number; end: number; text: string; entity: string; type: EntityType; name: string }
export interface GraphNode { id: string; type: EntityType | null; subtype: string | null; name: string; aliases: string[]; lat: number | null; lon: number | null }
export interface GraphEdge {
  id: string; source: string; target: string; predicate: string; status: 'accepted' | 'proposed' | 'disputed'; disputed: boolean;
  valid_from: string | null; valid_to: string | null; claims: string[]; denials: string[]; confidence: number;
}
export interface GraphView { asOf: string | null; includeProposed: boolean; nodes: GraphNode[]; edges: GraphEdge[]; range: { min: string | null; max: string | null } }
export interface TimelineRelation {
  claim: string; predicate: string; direction: 'out' | 'in'; other: { id: string; name: string; type: EntityType | null };
  from: string | null; to: string | null; valid_from: string | null; valid_to: string | null; status: string; negated: boolean; evidence: Evidence | null;
}
export interface TimelineEvent {
  id: string; type: string; date: string | null; day: string | null; roles: string[]; place: string | null;
  killed: number | null; injured: number | null; status: string; evidence: Evidence | null;
}
export interface Timeline { entity: string; relations: TimelineRelation[]; events: TimelineEvent[] }

/** A failed call: the server's message, with its status so callers can tell "log in" from "not found". */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function parse<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => null) as { error?: { message?: string } } | null;
  if (res.status === 401) sessionExpired();
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

/** Headers for a request that changes something: JSON in and out, and the CSRF token when the server issued one. */
function writeHeaders(json: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (json) headers['content-type'] = 'application/json';
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  return headers;
}

export async function get<T>(url: string): Promise<T> {
  return parse<T>(await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } }));
}

/** POST, PATCH or DELETE with an optional JSON body. */
export async function send<T>(method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  return parse<T>(await fetch(url, {
    method, credentials: 'same-origin', headers: writeHeaders(body !== undefined), body: body === undefined ? undefined : JSON.stringify(body),
  }));
}

export const patchClaim = (id: string, body: Record<string, unknown>): Promise<Claim> => send<Claim>('PATCH', `/api/claims/${encodeURIComponent(id)}`, body);

export interface MergeRecord { id: string; source: string; target: string }
export const mergeEntities = (source: string, target: string, reason: string): Promise<MergeRecord> =>
  send<MergeRecord>('POST', '/api/merges', { source, target, reason });

/** Uploads with XHR because fetch reports no upload progress. */
export function upload(files: readonly File[], onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const f of files) form.append('file', f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.responseType = 'json';
    for (const [k, v] of Object.entries(writeHeaders(false))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = () => {
      const body = xhr.response as (UploadResult & { error?: { message: string } }) | null;
      if (xhr.status === 401) sessionExpired();
      if (xhr.status >= 200 && xhr.status < 300 && body) { onProgress(1); resolve(body); }
      else reject(new Error(body?.error?.message ?? `upload failed (${xhr.status})`));
    };
    xhr.onerror = () => reject(new Error('upload failed: the server did not answer'));
    xhr.send(form);
  });
}

export const enc = encodeURIComponent;

export interface UploadResult {
  ingested: Array<{ document: string; newEntities: number; matchedEntities: number; claims: number; events: number }>;
  duplicates: number;
}
