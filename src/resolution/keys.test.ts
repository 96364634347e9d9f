import { describe, expect, it } from 'vitest';
import { resolutionKeys } from './keys.js';

const meet = (type: Parameters<typeof resolutionKeys>[0], a: string, b: string): boolean => {
  const kb = new Set(resolutionKeys(type, [b]));
  return resolutionKeys(type, [a]).some((k) => kb.has(k));
};

describe('resolutionKeys', () => {
  it('brings acronyms, titled names and split compounds to a shared key', () => {
    expect(meet('organization', 'TTP', 'Tehreek-e-Taliban Pakistan')).toBe(true);
    expect(meet('organization', 'LeJ', 'Lashkar-e-Jhangvi')).toBe(true);
    expect(meet('person', 'Hafiz Saeed', 'Hafiz Muhammad Saeed')).toBe(true);
    expect(meet('person', 'Sirajuddin Haqqani', 'Siraj-ud-Din Haqqani')).toBe(true);
    expect(meet('person', 'Mullah Omar', 'Mullah Mohammad Umar')).toBe(true);
  });

  it('keeps unrelated names apart and gives person names no acronym keys', () => {
    expect(meet('organization', 'Lashkar-e-Taiba', 'Jaish-e-Mohammed')).toBe(false);
    expect(resolutionKeys('person', ['Tariq Gidar']).some((k) => k.startsWith('#'))).toBe(false);
    expect(resolutionKeys('organization', [''])).toEqual([]);
  });
});
