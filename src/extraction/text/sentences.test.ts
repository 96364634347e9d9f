import { describe, expect, it } from 'vitest';
import { splitSentences, MAX_SENTENCE } from './sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps abbreviations, ranks and initials inside a sentence', () => {
    const t = 'Lt. Gen. Ali met Dr. Khan in the U.S. capital on Monday. He left e.g. by car. No. 5 was next.';
    expect(texts(t)).toEqual(['Lt. Gen. Ali met Dr. Khan in the U.S. capital on Monday.', 'He left e.g. by car.', 'No. 5 was next.']);
  });

  it('treats headings, infobox fields and list lines as units of their own', () => {
    const t = '== January ==\n- Date: 13 May 2015\n- Type: Shooting\n13 January - Five people are killed\nNext line';
    expect(texts(t)).toEqual(['== January ==', '- Date: 13 May 2015', '- Type: Shooting', '13 January - Five people are killed', 'Next line']);
  });

  it('joins a hard-wrapped line that continues in lower case', () => {
    expect(texts('The foreign\n\noffice said so. Then it ended.')).toEqual(['The foreign\n\noffice said so.', 'Then it ended.']);
  });

  it('joins hard-wrapped prose that breaks inside a capitalised name, but not short heading or field lines', () => {
    const t = 'In spring the Northern Hills Front, under the command of Karim\nYusufzai, seized the pass.\nLeader: Karim Yusufzai\nFounded: 2009';
    expect(texts(t)).toEqual(['In spring the Northern Hills Front, under the command of Karim\nYusufzai, seized the pass.', 'Leader: Karim Yusufzai', 'Founded: 2009']);
    expect(texts('## A short heading line\nThe body starts here.')).toEqual(['## A short heading line', 'The body starts here.']);
    const list = '- **June 2, 2019.** A gunman from Blue Front, a faction of the\n  Red Front, fired on the market.\n- Second item';
    expect(texts(list)).toEqual(['- **June 2, 2019.** A gunman from Blue Front, a faction of the\n  Red Front, fired on the market.', '- Second item']);
  });

  it('splits a missing space after a full stop and keeps quotes with their sentence', () => {
    expect(texts('Seven were injured.Tehreek claimed it. “We are here.” Next.')).toEqual(['Seven were injured.', 'Tehreek claimed it.', '“We are here.”', 'Next.']);
  });

  it('does not treat the K of ISIS-K as an initial', () => {
    expect(texts('He led ISIS-K. Abdul was killed.')).toHaveLength(2);
  });

  it('caps a line without punctuation at a word boundary, in linear time', () => {
    const line = 'word '.repeat(400_000); // 2 MB
    const t0 = performance.now();
    const spans = splitSentences(line);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(spans.length).toBeGreaterThan(1500);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(line.slice(s.start, s.end)).toMatch(/^word( word)*$/);
    }
  });
});
