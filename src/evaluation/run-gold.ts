/**
 * Runs an extractor over the documents of gold files and scores each result: the
 * loop behind scripts/eval-extraction.ts, with the extractor passed in so that the
 * harness can be tested without the real pipeline.
 */
import path from 'node:path';
import type { Extract } from '../extraction/types.js';
import { loadGoldCase } from './load-gold.js';
import { extractionToInterchange } from './extraction-to-interchange.js';
import { score } from './score.js';
import type { EvalReport } from './report.js';

export interface GoldRun {
  readonly file: string;
  readonly report: EvalReport;
  /** Dangling references the conversion dropped (a sign of an extractor bug). */
  readonly dropped: readonly string[];
}

export function runGold(goldPath: string, extract: Extract): GoldRun {
  const c = loadGoldCase(goldPath);
  const published = c.gold.published ?? null;
  const extraction = extract(c.text, { published });
  const { interchange, dropped } = extractionToInterchange(c.text, extraction, {
    title: c.gold.title ?? null, source: c.documentPath, published,
  });
  return { file: goldPath, report: score(c.gold, interchange, path.basename(goldPath)), dropped };
}
