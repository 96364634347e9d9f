/**
 * The chart's controls: search (entities by any alias, and full text), the time
 * slider over the months the ledger spans, and filters by status, type and predicate.
 * The slider re-queries only after the hand rests (debounced).
 */
import { get, type Entity, type GraphView } from './api.js';
import { h, clear, debounce } from './dom.js';
import { predicateLabel, PREDICATES } from './labels.js';
import { rememberNames } from './state.js';

export interface ChartFilters {
  readonly asOf: string | null;
  readonly statuses: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
  readonly predicates: ReadonlySet<string>;
}

const STATUSES = ['accepted', 'proposed', 'disputed'];
const TYPES = ['organization', 'person', 'place'];

function months(min: string, max: string): string[] {
  const out: string[] = [];
  let [y, m] = min.slice(0, 7).split('-').map(Number) as [number, number];
  const [ey, em] = max.slice(0, 7).split('-').map(Number) as [number, number];
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

function checkboxes(name: string, values: readonly string[], label: (v: string) => string, onChange: () => void): { el: HTMLElement; checked: () => Set<string> } {
  const boxes = values.map((v) => h('input', { type: 'checkbox', name, value: v, checked: true, id: `f-${name}-${v}`, onchange: onChange }));
  const el = h('div', { class: 'checks' }, ...boxes.map((b, i) => h('label', { for: b.id }, b, ` ${label(values[i]!)}`)));
  return { el, checked: () => new Set(boxes.filter((b) => b.checked).map((b) => b.value)) };
}

export function createChartControls(opts: { onChange: () => void; onFocus: (id: string) => void }) {
  let nodes: GraphView['nodes'] = [];
  let steps: string[] = [];
  const slider = h('input', { type: 'range', id: 'asof', min: 0, max: 0, value: 0, step: 1, disabled: true, 'aria-describedby': 'asof-value' });
  const output = h('output', { id: 'asof-value', for: 'asof' }, 'all time');
  const timed = h('input', { type: 'checkbox', id: 'asof-on' });
  const changed = debounce(opts.onChange, 250);
  const label = (): string => (timed.checked ? steps[Number(slider.value)] ?? '' : 'all time');
  slider.addEventListener('input', () => { output.textContent = label(); slider.setAttribute('aria-valuetext', label()); changed(); });
  timed.addEventListener('change', () => { slider.disabled = !timed.checked || steps.length === 0; output.textContent = label(); opts.onChange(); });

  const statuses = checkboxes('status', STATUSES, (s) => s, opts.onChange);
  const types = checkboxes('type', TYPES, (t) => t, opts.onChange);
  const predicateBox = h('div');
  let predicates = checkboxes('predicate', [], predicateLabel, opts.onChange);

  const query = h('input', { type: 'search', id: 'chart-search', name: 'q', autocomplete: 'off', placeholder: 'name, alias or words' });
  const results = h('ul', { class: 'search-results', id: 'search-results', 'aria-live': 'polite' });
  async function search(ev: Event): Promise<void> {
    ev.preventDefault();
    const q = query.value.trim();
    clear(results);
    if (!q) return;
    const low = q.toLowerCase();
    const local = nodes.filter((n) => n.name.toLowerCase().includes(low) || n.aliases.some((a) => a.toLowerCase().includes(low)));
    let remote: { documents: Array<{ id: string; title: string | null }>; entities: Entity[] } = { documents: [], entities: [] };
    try { remote = await get(`/api/search?q=${encodeURIComponent(q)}`); } catch { /* the local matches still help */ }
    rememberNames(remote.entities);
    const inChart = new Set(nodes.map((n) => n.id));
    const entities = new Map(local.map((n) => [n.id, n.name]));
    for (const e of remote.entities) if (inChart.has(e.id)) entities.set(e.id, e.name);
    for (const [id, name] of entities) results.append(h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => opts.onFocus(id) }, name)));
    for (const d of remote.documents) results.append(h('li', {}, h('a', { href: `#/documents/${encodeURIComponent(d.id)}` }, `Document: ${d.title ?? d.id}`)));
    if (results.childElementCount === 0) results.append(h('li', {}, 'Nothing found.'));
    if (entities.size === 1) opts.onFocus([...entities.keys()][0]!);
  }

  const el = h('div', { class: 'controls' },
    h('form', { role: 'search', class: 'search', onsubmit: (e: Event) => void search(e) },
      h('label', { for: 'chart-search' }, 'Find an entity or text'), h('div', { class: 'row' }, query, h('button', { type: 'submit' }, 'Find'))),
    results,
    h('fieldset', {}, h('legend', {}, 'Time'),
      h('label', { for: 'asof-on' }, timed, ' Show the network as of a date'),
      h('label', { for: 'asof' }, 'As of'), slider, output),
    h('fieldset', {}, h('legend', {}, 'Claim status'), statuses.el),
    h('fieldset', {}, h('legend', {}, 'Entity types'), types.el),
    h('fieldset', {}, h('legend', {}, 'Relations'), predicateBox));

  return {
    el,
    setData(all: GraphView): void {
      nodes = all.nodes;
      steps = all.range.min && all.range.max ? months(all.range.min, all.range.max) : [];
      slider.max = String(Math.max(0, steps.length - 1));
      if (Number(slider.value) > steps.length - 1) slider.value = String(steps.length - 1);
      slider.disabled = !timed.checked || steps.length === 0;
      output.textContent = label();
      const present = PREDICATES.filter((p) => all.edges.some((e) => e.predicate === p));
      predicates = checkboxes('predicate', present, predicateLabel, opts.onChange);
      clear(predicateBox);
      predicateBox.append(predicates.el);
    },
    filters(): ChartFilters {
      return { asOf: timed.checked ? steps[Number(slider.value)] ?? null : null, statuses: statuses.checked(), types: types.checked(), predicates: predicates.checked() };
    },
  };
}
