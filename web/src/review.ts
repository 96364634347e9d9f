/**
 * The review queue: proposed claims with the sentence behind them. Keyboard first:
 * a accepts, r rejects, d disputes, j/k or the arrow keys move. Each decision is a
 * PATCH on the claim; the chart re-reads the ledger the next time it is shown.
 */
import { get, patchClaim, type Claim } from './api.js';
import { h, clear, showError } from './dom.js';
import { predicateLabel, span } from './labels.js';
import { entityNames, invalidate, nameOf } from './state.js';
import { evidenceHref } from './profile.js';
import type { View } from './view.js';

const KEYS: Record<string, string> = { a: 'accepted', r: 'rejected', d: 'disputed' };

export function createReview(): View {
  const list = h('ol', { class: 'review-list', id: 'review-list', 'aria-label': 'Proposed claims' });
  const status = h('p', { id: 'review-status', role: 'status', 'aria-live': 'polite' });
  const el = h('section', { class: 'view view-review', 'aria-labelledby': 'review-title' },
    h('h1', { id: 'review-title' }, 'Review queue'),
    h('p', { class: 'help' }, 'Keys: ', h('kbd', {}, 'a'), ' accept, ', h('kbd', {}, 'r'), ' reject, ', h('kbd', {}, 'd'), ' dispute, ',
      h('kbd', {}, 'j'), '/', h('kbd', {}, '↓'), ' next, ', h('kbd', {}, 'k'), '/', h('kbd', {}, '↑'), ' previous.'),
    status, list);
  let claims: Claim[] = [];
  let index = 0;

  const items = (): HTMLElement[] => [...list.children] as HTMLElement[];
  function select(i: number, focus = true): void {
    if (claims.length === 0) return;
    index = Math.max(0, Math.min(claims.length - 1, i));
    items().forEach((li, j) => li.setAttribute('aria-current', j === index ? 'true' : 'false'));
    if (focus) items()[index]?.focus();
  }

  async function decide(i: number, verdict: string): Promise<void> {
    const c = claims[i];
    if (!c) return;
    try {
      const updated = await patchClaim(c.id, { status: verdict });
      claims[i] = updated;
      invalidate();
      const li = items()[i];
      li?.classList.add('decided');
      li?.setAttribute('data-status', updated.status);
      const badge = li?.querySelector('.badge');
      if (badge) { badge.textContent = updated.status; badge.className = `badge status-${updated.status}`; }
      status.textContent = `Claim ${i + 1} ${updated.status}.`;
      select(i + 1);
    } catch (e) { showError(`Could not update the claim: ${(e as Error).message}`); }
  }

  function item(c: Claim, i: number): HTMLElement {
    const ev = c.evidence[0];
    const when = span(c.valid_from, c.valid_to);
    const li = h('li', { tabindex: '-1', 'data-claim': c.id, 'data-status': c.status, onclick: () => select(i, false), onfocus: () => select(i, false) },
      h('p', { class: 'claim' }, h('a', { href: `#/entity/${encodeURIComponent(c.subject)}` }, nameOf(c.subject)),
        ` ${c.negated ? 'not ' : ''}${predicateLabel(c.predicate)} `, h('a', { href: `#/entity/${encodeURIComponent(c.object)}` }, nameOf(c.object)),
        when ? ` (${when})` : '', ' ', h('span', { class: `badge status-${c.status}` }, c.status)),
      ev ? h('blockquote', {}, ev.quote, ' ', h('a', { href: evidenceHref(ev) }, 'in context')) : null,
      h('p', { class: 'meta' }, `confidence ${c.confidence.toFixed(2)} · ${c.extractor}`),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => void decide(i, 'accepted') }, 'Accept (a)'),
        h('button', { type: 'button', onclick: () => void decide(i, 'rejected') }, 'Reject (r)'),
        h('button', { type: 'button', onclick: () => void decide(i, 'disputed') }, 'Dispute (d)')));
    return li;
  }

  el.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.ctrlKey || e.metaKey || e.altKey || t.matches('input, textarea, select')) return;
    const key = e.key.toLowerCase();
    if (KEYS[key]) { e.preventDefault(); void decide(index, KEYS[key]!); }
    else if (key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); select(index + 1); }
    else if (key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); select(index - 1); }
  });

  return {
    el,
    async show() {
      try {
        const r = await get<{ items: Claim[] }>('/api/claims?status=proposed&limit=1000');
        claims = r.items;
        await entityNames(claims.flatMap((c) => [c.subject, c.object]));
        clear(list);
        claims.forEach((c, i) => list.append(item(c, i)));
        status.textContent = claims.length ? `${claims.length} proposed claims to review.` : 'Nothing to review.';
        select(0);
      } catch (e) { showError((e as Error).message); }
    },
  };
}
