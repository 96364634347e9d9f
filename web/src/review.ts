/**
 * The review queue: proposed claims with the sentence behind them. Keyboard first:
 * a accepts, r rejects, d disputes, e corrects (dates, denial, "formerly",
 * confidence), m merges the subject or object into another entity, j/k or the arrow
 * keys move. Each decision is a PATCH on the claim, a merge is POST /api/merges; the
 * chart re-reads the ledger the next time it is shown. Viewers see the queue but none
 * of the actions.
 */
import { get, mergeEntities, patchClaim, type Claim } from './api.js';
import { h, clear, showError } from './dom.js';
import { predicateLabel, provenance, span } from './labels.js';
import { entityNames, invalidate, nameOf } from './state.js';
import { evidenceHref } from './profile.js';
import { canWrite } from './session.js';
import { editForm, forgetEntities, mergeForm } from './review-forms.js';
import type { View } from './view.js';

const KEYS: Record<string, string> = { a: 'accepted', r: 'rejected', d: 'disputed' };

export function createReview(): View {
  const list = h('ol', { class: 'review-list', id: 'review-list', 'aria-label': 'Proposed claims' });
  const status = h('p', { id: 'review-status', role: 'status', 'aria-live': 'polite' });
  const help = h('p', { class: 'help' });
  const el = h('section', { class: 'view view-review', 'aria-labelledby': 'review-title' },
    h('h1', { id: 'review-title' }, 'Review queue'), help, status, list);
  let claims: Claim[] = [];
  let index = 0;
  let formOpen = false;

  const items = (): HTMLElement[] => [...list.children] as HTMLElement[];
  function select(i: number, focus = true): void {
    if (claims.length === 0) return;
    index = Math.max(0, Math.min(claims.length - 1, i));
    items().forEach((li, j) => li.setAttribute('aria-current', j === index ? 'true' : 'false'));
    if (focus) items()[index]?.focus();
  }

  function replace(i: number, c: Claim): void {
    claims[i] = c;
    const old = items()[i];
    const fresh = item(c, i);
    if (c.status !== 'proposed') fresh.classList.add('decided');
    old?.replaceWith(fresh);
  }

  async function decide(i: number, verdict: string): Promise<void> {
    const c = claims[i];
    if (!c || !canWrite() || formOpen) return;
    try {
      replace(i, await patchClaim(c.id, { status: verdict }));
      invalidate();
      status.textContent = `Claim ${i + 1} ${claims[i]!.status}.`;
      select(i + 1);
    } catch (e) { showError(`Could not update the claim: ${(e as Error).message}`); }
  }

  function closeForm(i: number): void {
    formOpen = false;
    items()[i]?.querySelector('.inline-form')?.remove();
    select(i);
  }

  function edit(i: number): void {
    const c = claims[i];
    const li = items()[i];
    if (!c || !li || !canWrite() || formOpen) return;
    formOpen = true;
    li.append(editForm(c, {
      cancel: () => closeForm(i),
      submit: async (patch) => {
        if (Object.keys(patch).length === 0) { closeForm(i); status.textContent = 'Nothing changed.'; return; }
        const updated = await patchClaim(c.id, patch);
        invalidate();
        formOpen = false;
        replace(i, updated);
        status.textContent = `Claim ${i + 1} corrected.`;
        select(i);
      },
    }));
  }

  function merge(i: number): void {
    const c = claims[i];
    const li = items()[i];
    if (!c || !li || !canWrite() || formOpen) return;
    formOpen = true;
    li.append(mergeForm(c, {
      cancel: () => closeForm(i),
      submit: async ({ source, target, reason }) => {
        await mergeEntities(source, target, reason);
        invalidate();
        forgetEntities();
        formOpen = false;
        const [from, into] = [nameOf(source), nameOf(target)];
        await load(Math.min(i, claims.length - 1));
        status.textContent = `Merged ${from} into ${into}.`;
      },
    }));
  }

  function item(c: Claim, i: number): HTMLElement {
    const ev = c.evidence[0];
    const when = span(c.valid_from, c.valid_to);
    const meta = [`confidence ${c.confidence.toFixed(2)}`, c.extractor, provenance(c)].filter(Boolean).join(' · ');
    return h('li', { tabindex: '-1', 'data-claim': c.id, 'data-status': c.status, onclick: () => select(i, false), onfocus: () => select(i, false) },
      h('p', { class: 'claim' }, h('a', { href: `#/entity/${encodeURIComponent(c.subject)}` }, nameOf(c.subject)),
        ` ${c.negated ? 'not ' : ''}${c.former ? 'formerly ' : ''}${predicateLabel(c.predicate)} `, h('a', { href: `#/entity/${encodeURIComponent(c.object)}` }, nameOf(c.object)),
        when ? h('span', { class: 'when' }, ` (${when})`) : '', ' ', h('span', { class: `badge status-${c.status}` }, c.status)),
      ev ? h('blockquote', {}, ev.quote, ' ', h('a', { href: evidenceHref(ev) }, 'in context')) : null,
      h('p', { class: 'meta' }, meta),
      canWrite() ? h('div', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => void decide(i, 'accepted') }, 'Accept (a)'),
        h('button', { type: 'button', onclick: () => void decide(i, 'rejected') }, 'Reject (r)'),
        h('button', { type: 'button', onclick: () => void decide(i, 'disputed') }, 'Dispute (d)'),
        h('button', { type: 'button', class: 'edit', onclick: () => { select(i, false); edit(i); } }, 'Edit (e)'),
        h('button', { type: 'button', class: 'merge', onclick: () => { select(i, false); merge(i); } }, 'Merge… (m)')) : null);
  }

  el.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.ctrlKey || e.metaKey || e.altKey || formOpen || t.matches('input, textarea, select')) return;
    const key = e.key.toLowerCase();
    if (KEYS[key]) { e.preventDefault(); void decide(index, KEYS[key]!); }
    else if (key === 'e') { e.preventDefault(); edit(index); }
    else if (key === 'm') { e.preventDefault(); merge(index); }
    else if (key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); select(index + 1); }
    else if (key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); select(index - 1); }
  });

  function renderHelp(): void {
    clear(help);
    const k = (key: string): HTMLElement => h('kbd', {}, key);
    if (canWrite()) {
      help.append('Keys: ', k('a'), ' accept, ', k('r'), ' reject, ', k('d'), ' dispute, ', k('e'), ' edit dates and flags, ', k('m'), ' merge an entity, ',
        k('j'), '/', k('↓'), ' next, ', k('k'), '/', k('↑'), ' previous.');
    } else help.append('You can read the queue; your role does not allow reviewing. Keys: ', k('j'), '/', k('↓'), ' next, ', k('k'), '/', k('↑'), ' previous.');
  }

  async function load(at = 0): Promise<void> {
    const r = await get<{ items: Claim[] }>('/api/claims?status=proposed&limit=1000');
    claims = r.items;
    formOpen = false;
    await entityNames(claims.flatMap((c) => [c.subject, c.object]));
    clear(list);
    claims.forEach((c, i) => list.append(item(c, i)));
    status.textContent = claims.length ? `${claims.length} proposed claims to review.` : 'Nothing to review.';
    select(at);
  }

  return {
    el,
    async show() {
      renderHelp();
      try { await load(); } catch (e) { showError((e as Error).message); }
    },
  };
}
