/**
 * Caches one OAuth access token: fetched once for any number of concurrent callers, reused until
 * shortly before `ttlSeconds` runs out, and replaced once when the vendor rejects it.
 */
export class TokenCache {
  #token: string | null = null;
  #expiresAt = 0;
  #inflight: Promise<string> | null = null;
  readonly #fetchToken: () => Promise<{ token: string; ttlSeconds: number }>;
  readonly #now: () => number;

  constructor(
    fetchToken: () => Promise<{ token: string; ttlSeconds: number }>,
    now: () => number = Date.now,
  ) {
    this.#fetchToken = fetchToken;
    this.#now = now;
  }

  /** A valid token, from the cache or from one shared token request. */
  get(): Promise<string> {
    if (this.#token !== null && this.#now() < this.#expiresAt) return Promise.resolve(this.#token);
    this.#inflight ??= this.#refresh();
    return this.#inflight;
  }

  /** Drops `token` if it is still the cached one (a 401 proved it stale); later callers fetch anew. */
  invalidate(token: string): void {
    if (this.#token === token) {
      this.#token = null;
      this.#expiresAt = 0;
    }
  }

  async #refresh(): Promise<string> {
    try {
      const { token, ttlSeconds } = await this.#fetchToken();
      // Renew a little early: 10% of the lifetime, at least 5 s and at most 60 s.
      const margin = Math.min(60, Math.max(5, ttlSeconds * 0.1));
      this.#token = token;
      this.#expiresAt = this.#now() + Math.max(0, ttlSeconds - margin) * 1000;
      return token;
    } finally {
      this.#inflight = null;
    }
  }
}
