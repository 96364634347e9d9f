import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

describe('LoginLimiter', () => {
  it('allows five failures a minute per address and name, then asks to wait until the oldest leaves the window', () => {
    const c = clock();
    const limiter = new LoginLimiter({ perName: 5, perAddress: 20, windowMs: 60_000 }, c.now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter('1.2.3.4', 'amina')).toBe(0);
      limiter.failed('1.2.3.4', 'amina');
      c.advance(1_000);
    }
    expect(limiter.retryAfter('1.2.3.4', 'amina')).toBe(55);
    expect(limiter.retryAfter('1.2.3.4', ' AMINA ')).toBe(55);
    expect(limiter.retryAfter('1.2.3.5', 'amina')).toBe(0);
    expect(limiter.retryAfter('1.2.3.4', 'bilal')).toBe(0);
    c.advance(55_000);
    expect(limiter.retryAfter('1.2.3.4', 'amina')).toBe(0);
  });

  it('limits one address trying many names', () => {
    const c = clock();
    const limiter = new LoginLimiter({ perName: 5, perAddress: 8, windowMs: 60_000 }, c.now);
    for (let i = 0; i < 8; i++) limiter.failed('9.9.9.9', `user${i}`);
    expect(limiter.retryAfter('9.9.9.9', 'someone-new')).toBe(60);
    expect(limiter.retryAfter('9.9.9.8', 'someone-new')).toBe(0);
  });

  it('forgets a name’s failures after a successful login', () => {
    const limiter = new LoginLimiter({ perName: 2, perAddress: 100, windowMs: 60_000 }, clock().now);
    limiter.failed('1.1.1.1', 'amina');
    limiter.failed('1.1.1.1', 'amina');
    expect(limiter.retryAfter('1.1.1.1', 'amina')).toBeGreaterThan(0);
    limiter.succeeded('1.1.1.1', 'amina');
    expect(limiter.retryAfter('1.1.1.1', 'amina')).toBe(0);
  });
});
