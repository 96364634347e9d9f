/**
 * Slows password guessing: failed logins are counted per address and name, and per
 * address alone, over a sliding window. Past the limit the login route answers 429
 * without checking the password, so a guesser learns nothing and costs no argon2
 * work. Successful logins clear the name's count (a user who mistyped twice is not
 * punished later). Counting failures rather than requests is why this is not
 * @fastify/rate-limit: that plugin counts every request, and a route-level policy
 * on failures needs the outcome of the handler.
 */
export interface LoginLimits {
  /** Failures allowed per address and name inside the window. */
  readonly perName: number;
  /** Failures allowed per address, whatever the names tried. */
  readonly perAddress: number;
  readonly windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perName: 5, perAddress: 20, windowMs: 60_000 };

/** Keys kept at most; beyond it the oldest are dropped (a flood of addresses cannot grow memory without bound). */
const MAX_KEYS = 10_000;

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS, private readonly now: () => number = Date.now) {}

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  retryAfter(address: string, name: string): number {
    const t = this.now();
    const wait = (key: string, limit: number): number => {
      const recent = this.recent(key, t);
      return recent.length >= limit ? Math.ceil((recent[recent.length - limit]! + this.limits.windowMs - t) / 1000) : 0;
    };
    return Math.max(wait(nameKey(address, name), this.limits.perName), wait(addressKey(address), this.limits.perAddress), 0);
  }

  failed(address: string, name: string): void {
    const t = this.now();
    for (const key of [nameKey(address, name), addressKey(address)]) {
      const kept = this.recent(key, t);
      // Re-inserted so the map's order is least recently failed first.
      this.failures.delete(key);
      this.failures.set(key, [...kept, t]);
    }
    while (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
  }

  succeeded(address: string, name: string): void {
    this.failures.delete(nameKey(address, name));
  }

  private recent(key: string, t: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => at > t - this.limits.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    return kept;
  }
}

const nameKey = (address: string, name: string): string => `n ${address} ${name.trim().toLowerCase()}`;
const addressKey = (address: string): string => `a ${address}`;
