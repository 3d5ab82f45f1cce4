/**
 * A vendor-style rate limit per credential: at most `perMinute` requests in any 60 s (a sliding
 * window, the strictest reading of "per minute", C38), so a client that stays within it in any
 * window never sees a 429. Refused requests are not counted. Off unless `rateLimitPerMinute` is set.
 */
export class CredentialRateLimit {
  readonly #perMinute: number;
  readonly #now: () => number;
  /** Accepted request times per credential, oldest first. */
  readonly #accepted = new Map<string, number[]>();

  constructor(perMinute: number, now: () => number = Date.now) {
    if (!Number.isInteger(perMinute) || perMinute < 1)
      throw new Error('rateLimitPerMinute must be a whole number >= 1');
    this.#perMinute = perMinute;
    this.#now = now;
  }

  /** Counts a request of `credential`: null when it is allowed, else the seconds to wait (Retry-After). */
  check(credential: string): number | null {
    const now = this.#now();
    let times = this.#accepted.get(credential);
    if (!times) {
      times = [];
      this.#accepted.set(credential, times);
    }
    while (times.length > 0 && (times[0] as number) <= now - 60_000) times.shift();
    if (times.length < this.#perMinute) {
      times.push(now);
      return null;
    }
    return Math.max(1, Math.ceil(((times[0] as number) + 60_000 - now) / 1000));
  }

  reset(): void {
    this.#accepted.clear();
  }
}
