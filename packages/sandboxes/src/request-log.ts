/** One request as it arrived: never the credential itself, only which scheme and whether it was valid. */
export interface LoggedRequest {
  seq: number;
  operationId: string | null;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, the raw text when it was not JSON, undefined when empty. */
  body: unknown;
  auth: 'bearer' | 'basic' | 'oauth' | 'none';
  authValid: boolean;
  /** The status answered; null when a fault never answered (hang, reset). */
  status: number | null;
  /** The fault applied, if any. */
  fault: string | null;
  /** Refused with 429 by the sandbox's own rate limit (`rateLimitPerMinute`); nothing was done. */
  rateLimited: boolean;
  at: number;
}

/** What arrived at a sandbox, newest last. Bounded so a benchmark can't grow memory. */
export interface RequestLog {
  all(): LoggedRequest[];
  count(filter?: { operationId?: string; method?: string }): number;
  clear(): void;
}

export class RequestRing implements RequestLog {
  #entries: LoggedRequest[] = [];
  #seq = 0;
  readonly #limit: number;

  constructor(limit = 10_000) {
    this.#limit = limit;
  }

  push(entry: Omit<LoggedRequest, 'seq'>): LoggedRequest {
    const full = { seq: ++this.#seq, ...entry };
    this.#entries.push(full);
    if (this.#entries.length > this.#limit) this.#entries.splice(0, this.#entries.length - this.#limit);
    return full;
  }

  all(): LoggedRequest[] {
    return [...this.#entries];
  }

  count(filter?: { operationId?: string; method?: string }): number {
    if (!filter) return this.#entries.length;
    return this.#entries.filter(
      (e) =>
        (filter.operationId === undefined || e.operationId === filter.operationId) &&
        (filter.method === undefined || e.method === filter.method.toUpperCase()),
    ).length;
  }

  clear(): void {
    this.#entries = [];
  }
}
