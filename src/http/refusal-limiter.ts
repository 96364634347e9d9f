/**
 * Keeps anonymous refusals from growing the audit log without bound. Every refusal
 * under /api/ is audited, and an anonymous client can send as many as it likes, so
 * per client address the first few refusals of each reason in a window are audited
 * one by one and the rest are only counted here; when the window closes the count
 * leaves as one `refused_burst` entry, so the log still says who knocked and how
 * often. An address past a higher threshold is answered 429 before anything else
 * runs, and those answers join the count too.
 *
 * Only refusals of callers nobody could identify come here: a logged-in user's
 * refusal names its actor and is always audited on its own.
 *
 * Windows are fixed, starting at an address's first refusal: simpler to state in the
 * burst entry ("from … to …") than a sliding window, and the threshold only needs to
 * be right within a factor of two.
 */
export interface RefusalLimits {
  /** Refusals per address and reason audited one by one inside a window. */
  readonly auditedPerReason: number;
  /** Refusals per address inside a window after which its requests are answered 429 unread. */
  readonly blockAfter: number;
  readonly windowMs: number;
  /** Addresses tracked at most; past it the least recently refused is closed early. */
  readonly maxAddresses: number;
}

export const DEFAULT_REFUSAL_LIMITS: RefusalLimits = { auditedPerReason: 20, blockAfter: 600, windowMs: 60_000, maxAddresses: 10_000 };

/** What one `refused_burst` entry says: refusals counted but not audited one by one. */
export interface RefusalBurst {
  readonly ip: string;
  readonly count: number;
  /** The window, as epoch milliseconds. */
  readonly from: number;
  readonly to: number;
  readonly route: string;
  readonly reason: string;
  /** Count per reason; few, since reasons are error codes. */
  readonly reasons: Readonly<Record<string, number>>;
}

/** Distinct routes and reasons counted per address; an unknown URL's 404 makes a new route name each time. */
const MAX_NAMES = 32;
const OTHER = '(other)';

interface Window {
  readonly start: number;
  last: number;
  total: number;
  coalesced: number;
  /** Refusals audited one by one, per reason. */
  readonly audited: Map<string, number>;
  readonly routes: Map<string, number>;
  readonly reasons: Map<string, number>;
}

export interface RefusalVerdict {
  /** Whether this refusal gets its own audit entry. */
  readonly audit: boolean;
  /** Windows that closed and must be written now (this address's last one, the oldest idle ones, any evicted). */
  readonly bursts: readonly RefusalBurst[];
}

export class RefusalLimiter {
  /** Ordered least recently refused first, so idle windows are found at the front. */
  private readonly windows = new Map<string, Window>();

  constructor(private readonly limits: RefusalLimits = DEFAULT_REFUSAL_LIMITS, private readonly now: () => number = Date.now) {}

  /** Seconds to wait before requests from this address are looked at again, or 0. */
  retryAfter(ip: string): number {
    const t = this.now();
    const w = this.windows.get(ip);
    if (!w || w.start + this.limits.windowMs <= t || w.total < this.limits.blockAfter) return 0;
    return Math.max(1, Math.ceil((w.start + this.limits.windowMs - t) / 1000));
  }

  /** Counts an anonymous refusal and says whether it is audited on its own. */
  refused(ip: string, reason: string, route: string): RefusalVerdict {
    return this.count(ip, reason, route);
  }

  /**
   * Counts a request answered 429 by the threshold: never audited on its own, and it
   * returns nothing to write, so a blocked request costs no store access. (Its window
   * is open, so nothing closes here; the sweep runs at the next ordinary refusal.)
   */
  blocked(ip: string, route: string): void {
    const w = this.windows.get(ip);
    if (!w) return;
    w.last = this.now();
    w.total += 1;
    w.coalesced += 1;
    tally(w.routes, route);
    tally(w.reasons, 'rate_limited');
    this.windows.delete(ip);
    this.windows.set(ip, w);
  }

  /** Every window that has closed, wherever it sits; for a periodic sweep. */
  closed(): RefusalBurst[] {
    const t = this.now();
    const out: RefusalBurst[] = [];
    for (const [ip, w] of this.windows) {
      if (w.start + this.limits.windowMs > t) continue;
      this.windows.delete(ip);
      pushBurst(out, ip, w, this.limits.windowMs);
    }
    return out;
  }

  /** Every window, open or not; for shutdown, so no count is lost. */
  drain(): RefusalBurst[] {
    const out: RefusalBurst[] = [];
    for (const [ip, w] of this.windows) pushBurst(out, ip, w, this.limits.windowMs);
    this.windows.clear();
    return out;
  }

  get tracked(): number {
    return this.windows.size;
  }

  get windowMs(): number {
    return this.limits.windowMs;
  }

  private count(ip: string, reason: string, route: string): RefusalVerdict {
    const t = this.now();
    const bursts: RefusalBurst[] = [];
    let w = this.windows.get(ip);
    this.windows.delete(ip);
    if (w && w.start + this.limits.windowMs <= t) {
      pushBurst(bursts, ip, w, this.limits.windowMs);
      w = undefined;
    }
    w ??= { start: t, last: t, total: 0, coalesced: 0, audited: new Map(), routes: new Map(), reasons: new Map() };
    w.last = t;
    w.total += 1;
    const done = w.audited.get(reason) ?? 0;
    const audit = done < this.limits.auditedPerReason;
    if (audit) w.audited.set(reason, done + 1);
    else {
      w.coalesced += 1;
      tally(w.routes, route);
      tally(w.reasons, reason);
    }
    this.windows.set(ip, w);
    this.sweepIdle(t, bursts);
    while (this.windows.size > this.limits.maxAddresses) {
      const [oldest, ow] = this.windows.entries().next().value!;
      this.windows.delete(oldest);
      pushBurst(bursts, oldest, ow, this.limits.windowMs);
    }
    return { audit, bursts };
  }

  /** Closes windows idle for a whole window: found at the front, so a refusal costs O(1) amortised. */
  private sweepIdle(t: number, out: RefusalBurst[]): void {
    for (const [ip, w] of this.windows) {
      if (w.last + this.limits.windowMs > t) return;
      this.windows.delete(ip);
      pushBurst(out, ip, w, this.limits.windowMs);
    }
  }
}

function tally(counts: Map<string, number>, name: string): void {
  const key = counts.has(name) || counts.size < MAX_NAMES ? name : OTHER;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let most = 0;
  for (const [name, n] of counts) if (n > most) [best, most] = [name, n];
  return best;
}

function pushBurst(out: RefusalBurst[], ip: string, w: Window, windowMs: number): void {
  if (w.coalesced === 0) return;
  out.push({
    ip, count: w.coalesced, from: w.start, to: w.start + windowMs,
    route: mostFrequent(w.routes), reason: mostFrequent(w.reasons), reasons: Object.fromEntries(w.reasons),
  });
}
