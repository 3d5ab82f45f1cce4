/**
 * A per-vendor circuit breaker: after `threshold` consecutive failures that suggest the vendor is
 * down (unavailable, timeout), calls fail fast for `cooldownMs`; then one probe is let through and
 * its result closes or re-opens the circuit.
 */
export class CircuitBreaker {
  #failures = 0;
  #openedAt: number | null = null;
  #probing = false;
  readonly #threshold: number;
  readonly #cooldownMs: number;
  readonly #now: () => number;

  constructor(threshold: number, cooldownMs: number, now: () => number = Date.now) {
    this.#threshold = threshold;
    this.#cooldownMs = cooldownMs;
    this.#now = now;
  }

  get state(): 'closed' | 'open' | 'half_open' {
    if (this.#openedAt === null) return 'closed';
    return this.#now() - this.#openedAt >= this.#cooldownMs ? 'half_open' : 'open';
  }

  /** Whether a call may go out now (in half-open state, only one probe at a time). */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.#probing) return false;
    this.#probing = true;
    return true;
  }

  success(): void {
    this.#failures = 0;
    this.#openedAt = null;
    this.#probing = false;
  }

  failure(): void {
    this.#probing = false;
    this.#failures++;
    if (this.#openedAt !== null || this.#failures >= this.#threshold) this.#openedAt = this.#now();
  }

  /** A call that ended in a way that says nothing about vendor health (e.g. a 404). */
  neutral(): void {
    this.#probing = false;
    if (this.#openedAt !== null) this.success();
  }
}
