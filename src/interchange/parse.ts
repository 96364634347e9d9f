/**
 * Reads a `cellgraph/1` file: shape and vocabulary (schema.ts), then what a schema
 * cannot say — unique ids, every reference resolving inside the file, every offset
 * inside its document and every quote equal to the text it points at. The first
 * problem is reported as one line, "path: reason", so a user can find it in the file.
 */
import type { z } from 'zod';
import { WorkbenchError } from '../core/errors.js';
import { FORMAT, interchangeSchema } from './schema.js';
import type { Interchange } from './types.js';

export function parseInterchange(json: unknown): Interchange {
  if (typeof json === 'object' && json !== null && 'format' in json && (json as { format: unknown }).format !== FORMAT) {
    const tag = JSON.stringify((json as { format: unknown }).format);
    throw new WorkbenchError('invalid_input', `format: expected "${FORMAT}", got ${tag}`);
  }
  const result = interchangeSchema.safeParse(json);
  if (!result.success) throw new WorkbenchError('invalid_input', describeIssue(result.error.issues[0]!, json));
  const data: Interchange = result.data;
  const problem = integrityProblem(data);
  if (problem) throw new WorkbenchError('invalid_input', problem);
  return data;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = formatPath(issue.path) || '(top level)';
  if (issue.code === 'invalid_value') return `${where}: unknown value ${JSON.stringify(valueAt(input, issue.path))}`;
  if (issue.code === 'unrecognized_keys') return `${where}: unknown key "${issue.keys[0]}"`;
  return `${where}: ${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

interface Span { readonly document: string; readonly start: number; readonly end: number }

/** The first integrity problem of a schema-valid file, or null. */
function integrityProblem(data: Interchange): string | null {
  const texts = new Map<string, string>();
  for (const [i, d] of data.documents.entries()) {
    if (texts.has(d.id)) return `documents[${i}].id: duplicate id "${d.id}"`;
    texts.set(d.id, d.text);
  }
  const entities = new Set<string>();
  for (const [i, e] of data.entities.entries()) {
    if (entities.has(e.id)) return `entities[${i}].id: duplicate id "${e.id}"`;
    entities.add(e.id);
  }

  const span = (path: string, s: Span, shown: string, field: 'quote' | 'text'): string | null => {
    const text = texts.get(s.document);
    if (text === undefined) return `${path}.document: no document "${s.document}" in the file`;
    if (s.end < s.start || s.end > text.length) {
      return `${path}: offsets ${s.start}-${s.end} out of range (document "${s.document}" has ${text.length} characters)`;
    }
    if (text.slice(s.start, s.end) !== shown) return `${path}.${field}: does not equal the document text at ${s.start}-${s.end}`;
    return null;
  };
  const entity = (path: string, ref: string): string | null =>
    entities.has(ref) ? null : `${path}: no entity "${ref}" in the file`;

  for (const [i, e] of data.entities.entries()) {
    for (const [j, m] of e.mentions.entries()) {
      const p = span(`entities[${i}].mentions[${j}]`, m, m.text, 'text');
      if (p) return p;
    }
  }
  const claimIds = new Set<string>();
  for (const [i, c] of data.claims.entries()) {
    const path = `claims[${i}]`;
    if (claimIds.has(c.id)) return `${path}.id: duplicate id "${c.id}"`;
    claimIds.add(c.id);
    const p = entity(`${path}.subject`, c.subject) ?? entity(`${path}.object`, c.object)
      ?? dateOrder(path, c.valid_from, c.valid_to) ?? evidenceProblem(path, c.evidence, span);
    if (p) return p;
  }
  const eventIds = new Set<string>();
  for (const [i, e] of data.events.entries()) {
    const path = `events[${i}]`;
    if (eventIds.has(e.id)) return `${path}.id: duplicate id "${e.id}"`;
    eventIds.add(e.id);
    if (e.place !== null) {
      const p = entity(`${path}.place`, e.place);
      if (p) return p;
    }
    for (const [j, part] of e.participants.entries()) {
      const p = entity(`${path}.participants[${j}].entity`, part.entity);
      if (p) return p;
    }
    const p = evidenceProblem(path, e.evidence, span);
    if (p) return p;
  }
  return null;
}

function evidenceProblem(
  path: string,
  evidence: Interchange['claims'][number]['evidence'],
  span: (path: string, s: Span, shown: string, field: 'quote' | 'text') => string | null,
): string | null {
  for (const [j, ev] of evidence.entries()) {
    const p = span(`${path}.evidence[${j}]`, ev, ev.quote, 'quote');
    if (p) return p;
  }
  return null;
}

/** Partial dates compare by their first day; "2014" to "2014-06" is a valid interval. */
function dateOrder(path: string, from: string | null, to: string | null): string | null {
  if (from === null || to === null) return null;
  const pad = (d: string) => d.padEnd(10, '9');
  return pad(to) < from ? `${path}.valid_to: ${to} is before valid_from ${from}` : null;
}
