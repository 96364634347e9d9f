import { describe, expect, it } from 'vitest';
import { RefusalLimiter, type RefusalLimits } from './refusal-limiter.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

const LIMITS: RefusalLimits = { auditedPerReason: 3, blockAfter: 10, windowMs: 60_000, maxAddresses: 100 };
const ROUTE = 'GET /api/claims';

describe('RefusalLimiter', () => {
  it('audits the first refusals of a reason one by one, counts the rest, and closes them into one burst at the next refusal after the window', () => {
    const c = clock();
    const limiter = new RefusalLimiter(LIMITS, c.now);
    const verdicts = Array.from({ length: 5 }, () => limiter.refused('1.2.3.4', 'unauthorized', ROUTE));
    expect(verdicts.map((v) => v.audit)).toEqual([true, true, true, false, false]);
    expect(verdicts.flatMap((v) => v.bursts)).toEqual([]);
    c.advance(59_999);
    expect(limiter.refused('1.2.3.4', 'unauthorized', ROUTE)).toEqual({ audit: false, bursts: [] });
    c.advance(1);
    const next = limiter.refused('1.2.3.4', 'unauthorized', ROUTE);
    expect(next.audit).toBe(true);
    expect(next.bursts).toEqual([{
      ip: '1.2.3.4', count: 3, from: 1_000_000, to: 1_060_000, route: ROUTE, reason: 'unauthorized', reasons: { unauthorized: 3 },
    }]);
  });

  it('keeps a separate allowance per reason and per address, and names the most frequent route and reason', () => {
    const c = clock();
    const limiter = new RefusalLimiter(LIMITS, c.now);
    for (let i = 0; i < 5; i++) limiter.refused('1.1.1.1', 'unauthorized', 'GET /api/claims');
    for (let i = 0; i < 3; i++) limiter.refused('1.1.1.1', 'unauthorized', 'GET /api/events');
    expect(limiter.refused('1.1.1.1', 'invalid_input', 'POST /api/login').audit).toBe(true);
    expect(limiter.refused('2.2.2.2', 'unauthorized', ROUTE).audit).toBe(true);
    c.advance(60_000);
    const bursts = limiter.closed();
    expect(bursts).toEqual([{
      ip: '1.1.1.1', count: 5, from: 1_000_000, to: 1_060_000, route: 'GET /api/events', reason: 'unauthorized', reasons: { unauthorized: 5 },
    }]);
    expect(limiter.tracked).toBe(0);
  });

  it('asks an address to wait once it passes the block threshold, and counts what it blocks into the burst', () => {
    const c = clock();
    const limiter = new RefusalLimiter(LIMITS, c.now);
    for (let i = 0; i < 9; i++) limiter.refused('6.6.6.6', 'unauthorized', ROUTE);
    expect(limiter.retryAfter('6.6.6.6')).toBe(0);
    limiter.refused('6.6.6.6', 'unauthorized', ROUTE);
    c.advance(15_500);
    expect(limiter.retryAfter('6.6.6.6')).toBe(45);
    expect(limiter.retryAfter('6.6.6.7')).toBe(0);
    for (let i = 0; i < 4; i++) limiter.blocked('6.6.6.6', 'GET /api/export');
    c.advance(44_500);
    expect(limiter.retryAfter('6.6.6.6')).toBe(0);
    expect(limiter.closed()).toEqual([{
      ip: '6.6.6.6', count: 11, from: 1_000_000, to: 1_060_000, route: ROUTE, reason: 'unauthorized', reasons: { unauthorized: 7, rate_limited: 4 },
    }]);
  });

  it('writes no burst for a window with nothing held back', () => {
    const c = clock();
    const limiter = new RefusalLimiter(LIMITS, c.now);
    limiter.refused('3.3.3.3', 'unauthorized', ROUTE);
    c.advance(60_000);
    expect(limiter.refused('4.4.4.4', 'unauthorized', ROUTE).bursts).toEqual([]);
    expect(limiter.tracked).toBe(1);
  });

  it('closes windows idle for a whole window at the next refusal from anyone', () => {
    const c = clock();
    const limiter = new RefusalLimiter(LIMITS, c.now);
    for (let i = 0; i < 4; i++) limiter.refused('5.5.5.5', 'unauthorized', ROUTE);
    c.advance(30_000);
    limiter.refused('9.9.9.9', 'unauthorized', ROUTE);
    c.advance(30_000);
    const verdict = limiter.refused('9.9.9.8', 'unauthorized', ROUTE);
    expect(verdict.bursts.map((b) => [b.ip, b.count])).toEqual([['5.5.5.5', 1]]);
    expect(limiter.tracked).toBe(2);
  });

  it('tracks at most maxAddresses, closing the least recently refused early so its count is not lost', () => {
    const c = clock();
    const limiter = new RefusalLimiter({ ...LIMITS, auditedPerReason: 1, maxAddresses: 3 }, c.now);
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      limiter.refused(ip, 'unauthorized', ROUTE);
      limiter.refused(ip, 'unauthorized', ROUTE);
    }
    limiter.refused('10.0.0.1', 'unauthorized', ROUTE);
    const verdict = limiter.refused('10.0.0.4', 'unauthorized', ROUTE);
    expect(limiter.tracked).toBe(3);
    expect(verdict.bursts.map((b) => [b.ip, b.count])).toEqual([['10.0.0.2', 1]]);
    for (let i = 0; i < 1000; i++) limiter.refused(`11.0.${i >> 8}.${i & 255}`, 'unauthorized', ROUTE);
    expect(limiter.tracked).toBe(3);
  });

  it('caps the distinct route names it counts, folding the rest into one', () => {
    const c = clock();
    const limiter = new RefusalLimiter({ ...LIMITS, auditedPerReason: 0, blockAfter: 10_000 }, c.now);
    for (let i = 0; i < 200; i++) limiter.refused('7.7.7.7', 'not_found', `GET /api/x${i}`);
    for (let i = 0; i < 2; i++) limiter.refused('7.7.7.7', 'not_found', 'GET /api/x0');
    const [burst] = limiter.drain();
    expect(burst).toMatchObject({ count: 202, reason: 'not_found', route: '(other)' });
    expect(limiter.tracked).toBe(0);
  });

  it('drains open windows at shutdown', () => {
    const limiter = new RefusalLimiter({ ...LIMITS, auditedPerReason: 0 }, clock().now);
    limiter.refused('8.8.8.8', 'unauthorized', ROUTE);
    expect(limiter.drain().map((b) => [b.ip, b.count])).toEqual([['8.8.8.8', 1]]);
    expect(limiter.drain()).toEqual([]);
  });
});
