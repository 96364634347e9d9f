import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';
import { TEST_LEXICON } from './test-lexicon.js';
import { fitsPredicate } from '../model/vocabulary.js';
import type { Extraction } from './types.js';

const run = (text: string) => extract(text, { lexicon: TEST_LEXICON, published: '2016-06-01' });

/** Every offset is inside the text and every mention's text is what the offsets cover. */
function wellFormed(text: string, x: Extraction): void {
  const keys = new Set(x.entities.map((e) => e.key));
  for (const m of x.mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(keys.has(m.entity)).toBe(true);
  }
  const type = (k: string) => x.entities.find((e) => e.key === k)!.type;
  for (const c of x.claims) {
    expect(keys.has(c.subject) && keys.has(c.object)).toBe(true);
    expect(fitsPredicate(c.predicate, type(c.subject), type(c.object))).toBe(true);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    for (const e of c.evidence) expect(e.end).toBeLessThanOrEqual(text.length);
  }
  for (const e of x.events) for (const p of e.participants) expect(keys.has(p.entity)).toBe(true);
}

describe('extract', () => {
  it('is deterministic', () => {
    const text = 'Blue Front and Red Front pledged allegiance to the Islamic State in 2015. On 3 May 2016, a bomb killed 9 in Lahore.';
    expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
  });

  it('survives text without any sentence punctuation', () => {
    const text = 'blue front pledged nothing and Red Front fought Blue Front near Lahore '.repeat(500);
    const x = run(text);
    wellFormed(text, x);
    expect(x.mentions.length).toBeGreaterThan(500);
  });

  it('handles one 2 MB line in linear time', () => {
    const text = 'Red Front attacked Lahore and killed 5 people '.repeat(45_000);
    const t0 = performance.now();
    const x = run(text);
    expect(performance.now() - t0).toBeLessThan(20_000);
    wellFormed(text, x);
  }, 60_000);

  it('copes with mixed scripts, HTML entities, curly quotes and OCR noise', () => {
    const text = [
      'Blue Front (بلیو فرنٹ) fought Red Front in Lahore &amp; Multan — “We will fight,” a spokesman said.',
      "Red Front's spokesman Imran Bhatti said 'no'. Bl#ue Fr@nt ~~ §§ Laho re 12,,3 ;; killed ?? %% at least",
      '\u0000\u200b\ufeff Islamic State \t\t ISIS\r\n',
    ].join('\n');
    const x = run(text);
    wellFormed(text, x);
    expect(x.entities.some((e) => e.name === 'Imran Bhatti')).toBe(true);
    expect(x.claims.some((c) => c.predicate === 'rival_of')).toBe(true);
  });

  it('returns empty results for empty or whitespace input', () => {
    expect(run('')).toEqual({ entities: [], mentions: [], claims: [], events: [] });
    expect(run(' \n\n\t ').mentions).toEqual([]);
  });

  it('scales linearly with document length', () => {
    const paragraph = 'In March 2015, Blue Front and Red Front pledged allegiance to the Islamic State. Maulana Zubair Ahmed, a former Red Front commander, was killed in Multan in 2016. On 4 June 2014, a suicide bomb exploded at a market in Multan, killing 23 people and wounding 41.\n\n';
    run(paragraph.repeat(50));
    const time = (n: number) => { const t0 = performance.now(); run(paragraph.repeat(n)); return performance.now() - t0; };
    // Best of three runs each, so a busy machine does not make the ratio flaky.
    const small = Math.min(time(400), time(400), time(400));
    const large = Math.min(time(1600), time(1600), time(1600));
    expect(large / small).toBeLessThan(8); // 4× the text: linear is ~4, quadratic would be ~16
    const words = paragraph.repeat(1600).split(/\s+/).length;
    expect(words / (large / 1000)).toBeGreaterThan(10_000);
  }, 60_000);
});
