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
  /** The W3C trace context the caller sent (`traceparent` header), null when none. */
  traceparent: string | null;
  at: number;
}

/** What arrived at a sandbox, newest last. Bounded so a benchmark can't grow memory. */
export interface RequestLog {
  all(): LoggedRequest[];
  count(filter?: { operationId?: string; method?: string }): number;
  clear(): void;
}

/**
 * The newest `limit` requests in a fixed array used as a ring: a push overwrites the oldest slot
 * (O(1); the sandbox logs every request, so a push must not move the whole log).
 */
export class RequestRing implements RequestLog {
  #slots: LoggedRequest[] = [];
  /** The slot of the oldest entry once the ring is full. */
  #head = 0;
  #seq = 0;
  readonly #limit: number;

  constructor(limit = 10_000) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError('a request ring holds at least one entry');
    this.#limit = limit;
  }

  push(entry: Omit<LoggedRequest, 'seq'>): LoggedRequest {
    const full = { seq: ++this.#seq, ...entry };
    if (this.#slots.length < this.#limit) this.#slots.push(full);
    else {
      this.#slots[this.#head] = full;
      this.#head = (this.#head + 1) % this.#limit;
    }
    return full;
  }

  all(): LoggedRequest[] {
    return this.#head === 0
      ? [...this.#slots]
      : [...this.#slots.slice(this.#head), ...this.#slots.slice(0, this.#head)];
  }

  count(filter?: { operationId?: string; method?: string }): number {
    if (!filter) return this.#slots.length;
    const method = filter.method?.toUpperCase();
    let n = 0;
    for (const e of this.#slots)
      if (
        (filter.operationId === undefined || e.operationId === filter.operationId) &&
        (method === undefined || e.method === method)
      )
        n++;
    return n;
  }

  clear(): void {
    this.#slots = [];
    this.#head = 0;
  }
}
