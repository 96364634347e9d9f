/**
 * How much of a gold quote a predicted evidence span covers. Gold quotes are written
 * by hand: they may skip text with "..." and differ from the document in spacing or
 * punctuation, so both sides are simplified to words and compared by runs of words.
 */
import { simplify } from '../resolution/normalise.js';

const RUN = 6;

/** Share (0–1) of the gold quote's word runs found in any of the predicted quotes. */
export function quoteOverlap(goldQuote: string | null | undefined, predicted: readonly string[]): number {
  if (!goldQuote || predicted.length === 0) return 0;
  const haystacks = predicted.map((q) => ` ${simplify(q)} `);
  let found = 0;
  let total = 0;
  for (const segment of goldQuote.split(/\.{3}|…/)) {
    const words = simplify(segment).split(' ').filter(Boolean);
    if (words.length === 0) continue;
    const runs: string[] = [];
    if (words.length <= RUN) runs.push(words.join(' '));
    else for (let i = 0; i + RUN <= words.length; i++) runs.push(words.slice(i, i + RUN).join(' '));
    for (const run of runs) {
      total += 1;
      if (haystacks.some((h) => h.includes(` ${run} `))) found += 1;
    }
  }
  return total === 0 ? 0 : found / total;
}
