/**
 * The two forms the review queue opens inside a claim: correcting what the extractor
 * got wrong (dates, negation, "formerly", confidence — the fields PATCH /api/claims
 * accepts besides the status), and merging the claim's subject or object into another
 * entity of the same type (POST /api/merges). Both are plain forms: Enter submits,
 * Escape cancels, errors are announced in the form.
 */
import { ApiError, get, type Claim, type Entity } from './api.js';
import { h, clear } from './dom.js';
import { entityName, nameOf } from './state.js';

const DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';

export interface FormHandlers<T> {
  submit(value: T): Promise<void>;
  cancel(): void;
}

function formShell(cls: string, label: string, handlers: { submit: () => Promise<void>; cancel: () => void }, ...fields: Node[]): { form: HTMLFormElement; error: HTMLElement } {
  const error = h('p', { class: 'form-error', role: 'alert' });
  const save = h('button', { type: 'submit' }, 'Save (Enter)');
  const form = h('form', { class: `inline-form ${cls}`, 'aria-label': label }, ...fields, error,
    h('div', { class: 'buttons' }, save, h('button', { type: 'button', onclick: handlers.cancel }, 'Cancel (Esc)')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    error.textContent = '';
    save.disabled = true;
    handlers.submit().catch((err: Error) => { error.textContent = err instanceof ApiError ? err.message : `Failed: ${err.message}`; })
      .finally(() => { save.disabled = false; });
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); handlers.cancel(); }
    // The queue's single-letter shortcuts must not fire while typing here.
    e.stopPropagation();
  });
  return { form, error };
}

export type ClaimCorrection = Partial<Pick<Claim, 'valid_from' | 'valid_to' | 'negated' | 'former' | 'confidence' | 'credibility'>>;

/** The Admiralty scale's information credibility, as the API takes it (1 best, 6 cannot be judged). */
const CREDIBILITY = ['confirmed', 'probably true', 'possibly true', 'doubtful', 'improbable', 'cannot be judged'];

/** Only the fields the analyst changed, with an emptied date meaning "no date". */
export function correction(claim: Claim, input: { from: string; to: string; negated: boolean; former: boolean; confidence: number; credibility?: number | null }): ClaimCorrection {
  const out: ClaimCorrection = {};
  const from = input.from.trim() || null;
  const to = input.to.trim() || null;
  if (from !== claim.valid_from) out.valid_from = from;
  if (to !== claim.valid_to) out.valid_to = to;
  if (input.negated !== claim.negated) out.negated = input.negated;
  if (input.former !== claim.former) out.former = input.former;
  if (Number.isFinite(input.confidence) && Math.abs(input.confidence - claim.confidence) > 1e-9) out.confidence = input.confidence;
  if (input.credibility !== undefined && input.credibility !== claim.credibility) out.credibility = input.credibility;
  return out;
}

export function editForm(claim: Claim, handlers: FormHandlers<ClaimCorrection>): HTMLFormElement {
  const id = (name: string): string => `edit-${name}-${claim.id}`;
  const from = h('input', { id: id('from'), name: 'valid_from', value: claim.valid_from ?? '', pattern: DATE, placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', autocomplete: 'off' });
  const to = h('input', { id: id('to'), name: 'valid_to', value: claim.valid_to ?? '', pattern: DATE, placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', autocomplete: 'off' });
  const negated = h('input', { id: id('negated'), name: 'negated', type: 'checkbox', checked: claim.negated });
  const former = h('input', { id: id('former'), name: 'former', type: 'checkbox', checked: claim.former });
  const confidence = h('input', { id: id('confidence'), name: 'confidence', type: 'number', min: 0, max: 1, step: 0.01, value: claim.confidence.toFixed(2) });
  const credibility = h('select', { id: id('credibility'), name: 'credibility' },
    h('option', { value: '', selected: claim.credibility === null }, 'not graded'),
    ...CREDIBILITY.map((label, i) => h('option', { value: i + 1, selected: claim.credibility === i + 1 }, `${i + 1} — ${label}`)));
  const { form } = formShell('edit-form', 'Correct the claim', {
    cancel: handlers.cancel,
    submit: () => handlers.submit(correction(claim, { from: from.value, to: to.value, negated: negated.checked, former: former.checked, confidence: Number(confidence.value), credibility: credibility.value ? Number(credibility.value) : null })),
  },
  h('div', { class: 'field-row' },
    h('label', { for: from.id }, 'Valid from'), from,
    h('label', { for: to.id }, 'Valid to'), to),
  h('div', { class: 'field-row' },
    h('label', { for: negated.id }, negated, ' Denied (the source says it is not so)'),
    h('label', { for: former.id }, former, ' Formerly (no longer so)'),
    h('label', { for: confidence.id }, 'Confidence'), confidence,
    h('label', { for: credibility.id }, 'Credibility'), credibility));
  queueMicrotask(() => from.focus());
  return form;
}

const byType = new Map<string, Promise<Entity[]>>();
/** Every entity of a type, for choosing a merge target (at most 1,000, the API's page). */
function entitiesOfType(type: string): Promise<Entity[]> {
  let p = byType.get(type);
  if (!p) {
    p = get<{ items: Entity[] }>(`/api/entities?type=${encodeURIComponent(type)}&limit=1000`).then((r) => r.items);
    p.catch(() => byType.delete(type));
    byType.set(type, p);
  }
  return p;
}
export const forgetEntities = (): void => byType.clear();

export function matches(entities: readonly Entity[], query: string, exclude: string): Entity[] {
  const q = query.trim().toLowerCase();
  return entities.filter((e) => e.id !== exclude && (!q || e.name.toLowerCase().includes(q) || e.aliases.some((a) => a.toLowerCase().includes(q))))
    .sort((a, b) => {
      const pa = a.name.toLowerCase().startsWith(q) ? 0 : 1, pb = b.name.toLowerCase().startsWith(q) ? 0 : 1;
      return pa - pb || a.name.localeCompare(b.name);
    }).slice(0, 50);
}

export interface MergeChoice { source: string; target: string; reason: string }

export function mergeForm(claim: Claim, handlers: FormHandlers<MergeChoice>): HTMLFormElement {
  const id = (name: string): string => `merge-${name}-${claim.id}`;
  const side = (value: 'subject' | 'object'): HTMLInputElement => h('input', { type: 'radio', name: `merge-side-${claim.id}`, id: id(value), value, checked: value === 'subject' });
  const subject = side('subject'), object = side('object');
  const query = h('input', { id: id('query'), type: 'search', autocomplete: 'off', placeholder: 'name or alias', 'aria-controls': id('target') });
  const target = h('select', { id: id('target'), size: 6, 'aria-describedby': id('hint') });
  const hint = h('p', { id: id('hint'), class: 'hint' });
  const reason = h('input', { id: id('reason'), value: 'the same entity (review queue)', maxlength: 500, required: true });
  const source = (): string => (object.checked ? claim.object : claim.subject);

  async function fill(): Promise<void> {
    const { type } = await entityName(source());
    const all = type ? await entitiesOfType(type) : [];
    const found = matches(all, query.value, source());
    clear(target);
    for (const e of found) target.append(h('option', { value: e.id }, e.aliases.length ? `${e.name} (${e.aliases.slice(0, 3).join('; ')})` : e.name));
    if (target.options.length) target.selectedIndex = 0;
    hint.textContent = found.length ? `${found.length} ${type ?? 'entity'} candidate(s); ↓ to choose.` : `No other ${type ?? 'entity'} matches.`;
  }
  for (const r of [subject, object]) r.addEventListener('change', () => void fill());
  query.addEventListener('input', () => void fill());
  query.addEventListener('keydown', (e) => { if (e.key === 'ArrowDown' && target.options.length) { e.preventDefault(); target.focus(); } });

  const { form } = formShell('merge-form', 'Merge an entity of this claim into another', {
    cancel: handlers.cancel,
    submit: async () => {
      const chosen = target.value;
      if (!chosen) throw new Error('choose the entity to merge into');
      await handlers.submit({ source: source(), target: chosen, reason: reason.value.trim() });
    },
  },
  h('fieldset', {}, h('legend', {}, 'Merge'),
    h('label', { for: subject.id }, subject, ` the subject, ${nameOf(claim.subject)}`),
    h('label', { for: object.id }, object, ` the object, ${nameOf(claim.object)}`)),
  h('label', { for: query.id }, 'into'), query, target, hint,
  h('label', { for: reason.id }, 'Reason'), reason);
  target.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); form.requestSubmit(); } });
  void fill();
  queueMicrotask(() => query.focus());
  return form;
}
