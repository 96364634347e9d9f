import { describe, expect, it } from 'vitest';
import { contentEnd } from './boilerplate.js';

describe('contentEnd', () => {
  it('stops before a trailing recommendations block', () => {
    const body = 'A long article about Lahore. '.repeat(20);
    const text = `${body}\n\nRECOMMENDED\n\nAnother headline about Kabul`;
    expect(text.slice(0, contentEnd(text)).trim()).toBe(body.trim());
  });

  it('ignores a marker near the top and texts without one', () => {
    const text = `Related\n${'Body text. '.repeat(50)}`;
    expect(contentEnd(text)).toBe(text.length);
    expect(contentEnd('plain')).toBe(5);
  });
});
