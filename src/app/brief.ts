/**
 * The brief use case: load the ledger, project the as-of graph, assemble the brief and
 * render it as Markdown, HTML or PDF (HTML printed by headless Chromium). Files are
 * written atomically so a failed print never leaves half a brief behind.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import type { LedgerQueries } from '../store/store.js';
import type { PartialDate } from '../core/partial-date.js';
import { WorkbenchError } from '../core/errors.js';
import { loadGraphInput } from './graph-input.js';
import { chromiumPath } from './config.js';
import { projectGraph } from '../graph/project.js';
import { buildBrief, renderHtml, renderMarkdown, type Brief } from '../report/index.js';

export type BriefFormat = 'md' | 'html' | 'pdf';

export interface BriefOptions {
  readonly topic?: string | null;
  readonly asOf?: PartialDate | null;
  readonly since?: PartialDate | null;
  readonly includeProposed?: boolean;
}

export async function makeBrief(store: LedgerQueries, options: BriefOptions = {}): Promise<Brief> {
  const input = await loadGraphInput(store);
  const includeProposed = options.includeProposed ?? false;
  const graph = projectGraph(input, { asOf: options.asOf ?? null, includeProposed });
  const cited = new Set([...input.claims, ...input.events].flatMap((r) => r.evidence.map((e) => e.document)));
  const documents = [];
  for (const id of [...cited].sort()) {
    const d = await store.getDocument(id);
    if (d) documents.push(d);
  }
  // listEntities gives summaries with attributes, which the province table needs.
  return buildBrief({
    graphInput: input as Parameters<typeof buildBrief>[0]['graphInput'], graph, documents,
    topic: options.topic ?? null, since: options.since ?? null, asOf: options.asOf ?? null, includeProposed,
  });
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Prints HTML to an A4 PDF with the marking and page x/y in header and footer. */
export async function htmlToPdf(html: string, marking: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new WorkbenchError('unsupported', `PDF needs Chromium at ${executablePath} (set CHROMIUM_PATH)`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // The page is self-contained; refuse any request so printing never touches the network.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    // Chromium's own footer carries marking and page x/y here; drop the CSS one so it is not printed twice.
    await page.addStyleTag({ content: '@page{@bottom-center{content:none}}' });
    const m = marking.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const style = 'font-size:9px;width:100%;text-align:center;font-family:sans-serif;font-weight:bold';
    return await page.pdf({
      format: 'A4', printBackground: true, displayHeaderFooter: true,
      margin: { top: '18mm', bottom: '18mm', left: '14mm', right: '14mm' },
      headerTemplate: `<div style="${style}">${m}</div>`,
      footerTemplate: `<div style="${style}">${m} — page <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    });
  } finally {
    await browser.close();
  }
}

export async function renderBrief(brief: Brief, format: BriefFormat): Promise<string | Buffer> {
  if (format === 'md') return renderMarkdown(brief);
  const html = renderHtml(brief);
  return format === 'html' ? html : htmlToPdf(html, brief.marking);
}

export function writeAtomically(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
