/**
 * Documents: the list with upload (drag and drop, or a file input for keyboard users,
 * with upload progress), and one document's stored text with its mentions highlighted
 * by type and its claims listed; choosing a claim, or arriving from a footnote,
 * highlights the quoted span and scrolls to it. Each document shows its TLP marking
 * and, where the server records it, the agency that owns it. Viewers cannot upload.
 */
import { get, enc, upload, type Claim, type DocumentRecord, type DocumentSummary, type EventRecord, type Mention } from './api.js';
import { h, clear, showError } from './dom.js';
import { predicateLabel } from './labels.js';
import { entityNames, invalidate, nameOf } from './state.js';
import { canWrite } from './session.js';
import type { RouteParams, View } from './view.js';

const ACCEPT = '.txt,.md,.html,.htm,.pdf,.docx';

function renderText(text: string, mentions: Mention[], mark: { start: number; end: number } | null): HTMLElement {
  // Mentions may overlap; keep the first of any overlapping run so each character has one owner.
  const kept: Mention[] = [];
  for (const m of mentions) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  const cuts = new Set<number>([0, text.length]);
  for (const m of kept) { cuts.add(m.start); cuts.add(m.end); }
  if (mark) { cuts.add(Math.max(0, mark.start)); cuts.add(Math.min(text.length, mark.end)); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const out = h('div', { class: 'doc-text', id: 'doc-text' });
  let mi = 0;
  let markEl: HTMLElement | null = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    while (mi < kept.length && kept[mi]!.end <= a) mi++;
    const m = kept[mi] && kept[mi]!.start <= a && kept[mi]!.end >= b ? kept[mi]! : null;
    const piece = text.slice(a, b);
    const node: Node = m ? h('a', { class: `mention t-${m.type}`, href: `#/entity/${enc(m.entity)}`, title: `${m.name} (${m.type})` }, piece) : document.createTextNode(piece);
    if (mark && a >= mark.start && b <= mark.end) {
      if (!markEl) { markEl = h('mark', { class: 'evidence', id: 'evidence', tabindex: '-1' }); out.append(markEl); }
      markEl.append(node);
    } else out.append(node);
  }
  return out;
}

export function createDocuments(): View {
  const el = h('section', { class: 'view view-documents', 'aria-labelledby': 'documents-title' });

  async function showList(): Promise<void> {
    const input = h('input', { type: 'file', id: 'upload-input', multiple: true, accept: ACCEPT });
    const progress = h('progress', { id: 'upload-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Upload progress' });
    const state = h('p', { id: 'upload-status', role: 'status' });
    const list = h('tbody');
    const send = async (files: File[]): Promise<void> => {
      if (!files.length) return;
      progress.hidden = false;
      progress.value = 0;
      state.textContent = `Uploading ${files.length} file(s)…`;
      try {
        const r = await upload(files, (f) => { progress.value = f; if (f >= 1) state.textContent = 'Reading and extracting…'; });
        invalidate();
        const claims = r.ingested.reduce((s, d) => s + d.claims, 0);
        state.textContent = `Ingested ${r.ingested.length} document(s) with ${claims} claims; ${r.duplicates} duplicate(s) skipped.`;
        state.dataset.done = 'true';
        await fill(list, head);
      } catch (e) { state.textContent = `Upload failed: ${(e as Error).message}`; }
    };
    input.addEventListener('change', () => void send([...(input.files ?? [])]));
    const zone = h('div', { class: 'dropzone', id: 'dropzone' },
      h('p', {}, 'Drop reports here (text, Markdown, HTML, PDF, Word), or '),
      h('label', { for: 'upload-input', class: 'button' }, 'choose files'), input, progress, state);
    zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); void send([...(e.dataTransfer?.files ?? [])]); });
    const head = h('thead');
    clear(el);
    el.append(h('h1', { id: 'documents-title' }, 'Documents'), ...(canWrite() ? [zone] : []),
      h('table', { class: 'table' }, h('caption', {}, 'Stored documents'), head, list));
    await fill(list, head);
  }

  async function fill(list: HTMLElement, head: HTMLElement): Promise<void> {
    const { items } = await get<{ items: DocumentSummary[] }>('/api/documents');
    // The agency column appears once the server records owners.
    const agencies = items.some((d) => typeof d.agency === 'string');
    clear(head);
    head.append(h('tr', {}, ...['Title', 'Published', 'Marking', ...(agencies ? ['Agency'] : []), 'Type', 'Ingested'].map((t) => h('th', { scope: 'col' }, t))));
    clear(list);
    for (const d of items) {
      list.append(h('tr', {}, h('td', {}, h('a', { href: `#/documents/${enc(d.id)}` }, d.title ?? d.source ?? d.id)),
        h('td', {}, d.published ?? '—'), h('td', {}, d.marking), agencies ? h('td', { class: 'agency' }, d.agency ?? '—') : null,
        h('td', {}, d.media_type), h('td', {}, d.ingested_at.slice(0, 16).replace('T', ' '))));
    }
  }

  async function showDocument(id: string, query: URLSearchParams): Promise<void> {
    const data = await get<{ document: DocumentRecord; mentions: Mention[]; claims: Claim[]; events: EventRecord[] }>(`/api/documents/${enc(id)}`);
    await entityNames(data.claims.flatMap((c) => [c.subject, c.object]));
    const start = Number(query.get('start'));
    const end = Number(query.get('end'));
    const mark = query.has('start') && Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : null;
    const d = data.document;
    const claimItems = data.claims.map((c) => {
      const ev = c.evidence.find((e) => e.document === d.id);
      const label = `${nameOf(c.subject)} ${c.negated ? 'not ' : ''}${predicateLabel(c.predicate)} ${nameOf(c.object)}`;
      return h('li', {}, ev ? h('a', { href: `#/documents/${enc(d.id)}?start=${ev.start}&end=${ev.end}`, 'aria-current': mark && ev.start === mark.start ? 'true' : undefined }, label) : label,
        ' ', h('span', { class: `badge status-${c.status}` }, c.status), c.agency ? h('span', { class: 'agency' }, ` ${c.agency}`) : null);
    });
    clear(el);
    el.append(
      h('p', {}, h('a', { href: '#/documents' }, '← All documents')),
      h('h1', { id: 'documents-title' }, d.title ?? d.id),
      h('p', { class: 'meta' }, [d.published ? `Published ${d.published}` : 'Publication date unknown', d.marking, d.agency ? `owned by ${d.agency}` : '', d.media_type, d.source ?? ''].filter(Boolean).join(' · ')),
      h('ul', { class: 'legend', 'aria-label': 'Mention colours' }, ...['organization', 'person', 'place'].map((t) => h('li', {}, h('span', { class: `swatch t-${t}` }), t))),
      h('div', { class: 'doc-layout' }, renderText(d.text, data.mentions, mark),
        h('aside', { 'aria-labelledby': 'doc-claims' }, h('h2', { id: 'doc-claims' }, `Claims (${data.claims.length})`), h('ul', { class: 'claim-list' }, ...claimItems))));
    const target = document.getElementById('evidence');
    if (target) { target.scrollIntoView({ block: 'center' }); target.focus({ preventScroll: true }); }
  }

  return {
    el,
    async show(params: RouteParams) {
      try {
        if (params.id) await showDocument(params.id, params.query);
        else await showList();
      } catch (e) { showError((e as Error).message); }
    },
  };
}
