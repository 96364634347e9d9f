import { describe, expect, it } from 'vitest';
import { matchNames } from './match.js';
import type { NameProfile } from './profile.js';

const org = (name: string, aliases: string[] = [], extra: Partial<NameProfile> = {}): NameProfile => ({ type: 'organization', name, aliases, ...extra });
const person = (name: string, extra: Partial<NameProfile> = {}): NameProfile => ({ type: 'person', name, aliases: [], ...extra });

describe('matchNames', () => {
  it('merges transliterations of one group, with a readable reason', () => {
    const r = matchNames(org('Tehreek-e-Taliban Pakistan'), org('Tehrik-i-Taliban Pakistan'));
    expect(r.decision).toBe('same');
    expect(r.reasons[0]).toBe('same transliteration key: Tehreek-e-Taliban Pakistan ~ Tehrik-i-Taliban Pakistan');
    expect(matchNames(org('Lashkar-e-Jhangvi'), org('Lashkar-e-Jhangavi')).decision).toBe('same');
    expect(matchNames(org('al-Qaeda'), org('Al Qaida')).decision).toBe('same');
    expect(matchNames(org('Hizb-ul-Mujahideen'), org('Hizbul Mujahideen')).decision).toBe('same');
  });

  it('accepts an acronym only when it is the initials or was defined for the name', () => {
    expect(matchNames(org('TTP'), org('Tehreek-e-Taliban Pakistan')).decision).toBe('same');
    expect(matchNames(org('LeJ'), org('Lashkar-e-Jhangvi')).decision).toBe('same');
    expect(matchNames(org('LeT'), org('Lashkar-e-Jhangvi')).decision).toBe('different');
    expect(matchNames(org('HuM'), org('Hizbul Mujahideen')).decision).toBe('different');
    const defined = matchNames(org('TTP'), org('Pakistani Taliban', ['TTP']));
    expect(defined.decision).toBe('same');
    expect(defined.reasons[0]).toBe('acronym TTP defined for Pakistani Taliban');
    expect(matchNames(org('Jundallah', ['Jaish al-Adl']), org('Jaish al-Adl')).reasons[0]).toBe('Jaish al-Adl is a known alias of Jundallah');
  });

  it('keeps apart different groups with similar names', () => {
    for (const [a, b] of [
      ['Jamaat-ul-Ahrar', 'Jamaat-ud-Dawa'], ['Hizb-ul-Mujahideen', 'Harkat-ul-Mujahideen'],
      ['Lashkar-e-Taiba', 'Lashkar-e-Jhangvi'], ['Lashkar-e-Taiba', 'Lashkar-e-Islam'], ['TTP', 'TTP-JA'],
      ['Afghan Taliban', 'Pakistani Taliban'],
    ] as const) {
      expect(matchNames(org(a), org(b)).decision, `${a} / ${b}`).not.toBe('same');
    }
  });

  it('never merges on one shared alias alone', () => {
    const r = matchNames(org('Group A', ['The Front']), org('Group B', ['The Front']));
    expect(r.decision).toBe('possible');
    expect(r.reasons).toContain('shared alias only');
  });

  it('never matches across types', () => {
    const r = matchNames(org('Haqqani'), person('Haqqani'));
    expect(r.decision).toBe('different');
    expect(r.score).toBe(0);
  });

  it('does not merge people who share only a surname or a title', () => {
    const r = matchNames(person('Malik Ishaq'), person('Malik Mumtaz'));
    expect(r.decision).toBe('different');
    expect(r.reasons[0]).toMatch(/different given names/);
    expect(matchNames(person('Hakimullah Mehsud'), person('Baitullah Mehsud')).decision).toBe('different');
  });

  it('treats an extra discriminating name part as possible unless context agrees', () => {
    expect(matchNames(person('Hafiz Saeed'), person('Hafiz Saeed Khan')).decision).toBe('possible');
    expect(matchNames(person('Hafiz Saeed'), person('Hafiz Muhammad Saeed')).decision).toBe('same');
    const ctx = (ids: string[]) => ({ context: { coMentions: ids } });
    const agreed = matchNames(person('Hafiz Saeed', ctx(['iskp', 'orakzai'])), person('Hafiz Saeed Khan', ctx(['iskp', 'orakzai', 'x'])));
    expect(agreed.decision).toBe('same');
    expect(agreed.reasons).toContain('2 shared co-mentions');
  });

  it('does not merge on a single short word, but does on a distinctive one', () => {
    const r = matchNames(person('Ali'), person('Ali'));
    expect(r.decision).toBe('possible');
    expect(r.reasons).toContain('a single short name only');
    expect(matchNames(person('Fazlullah'), person('Mullah Fazlullah')).decision).toBe('same');
  });

  it('uses country to separate namesakes', () => {
    const pk = matchNames(org('Jundullah', [], { context: { country: 'PK' } }), org('Jundallah', ['Jaish al-Adl'], { context: { country: 'IR' } }));
    expect(pk.decision).not.toBe('same');
    const place = (c: string): NameProfile => ({ type: 'place', subtype: 'province', name: 'Punjab', aliases: [], context: { country: c } });
    expect(matchNames(place('PK'), place('IN')).decision).toBe('different');
    expect(matchNames(place('PK'), place('Pakistan')).decision).toBe('same');
  });
});
