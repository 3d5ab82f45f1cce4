// One vendor credential's budget: callers wait in line for a slot of the slot store, interactive
// ones up to a bound, bulk ones as long as needed (but only a share of the slots while interactive
// callers wait). One pump per process asks the store, so waiting callers do not poll Redis.
import { setTimeout as sleep } from 'node:timers/promises';
import { NotAdmittedError } from '@loyalty-gateway/http-runtime';
import type { SlotStore } from './slot-store.js';

export type Priority = 'interactive' | 'bulk';

interface Waiter {
  priority: Priority;
  /** When it joined the line (performance.now()). */
  since: number;
  resolve(): void;
}

export interface BudgetOptions {
  store: SlotStore;
  key: string;
  vendor: string;
  maxWaitMs: number;
  bulkShare: number;
  /** Average ms between slots (for Retry-After estimates). */
  slotMs: number;
  /** How much later than interactive callers a line of only bulk callers asks for a new bucket (0: at once; why: bulk-gate.ts). */
  bulkLagMs?: number;
  /**
   * Told about every admission decision (metrics): `admitted` at once from a slot at hand (the fast
   * path), `waited` after waiting for the counter (a Redis round trip) or in line, or `refused`.
   */
  onDecision?: (decision: 'admitted' | 'waited' | 'refused', priority: Priority) => void;
  /** Told, while interactive callers wait in this line, for about how much longer (bulk-gate.ts). */
  onInteractiveWaiting?: (forMs: number) => void;
}

export class Budget {
  readonly #o: BudgetOptions;
  readonly #queue: Waiter[] = [];
  #pumping = false;
  /** Slots granted while both kinds waited, and how many of them went to bulk. */
  #contended = { total: 0, bulk: 0 };

  constructor(options: BudgetOptions) {
    this.#o = options;
  }

  /** The fast path: a slot at hand (this replica's lease) when nobody waits in line; false takes nothing. */
  tryAdmit(priority: Priority): boolean {
    if (this.#queue.length > 0 || !this.#o.store.takeNow(this.#o.key)) return false;
    this.#o.onDecision?.('admitted', priority);
    return true;
  }

  /** Waits for a slot; refuses (NotAdmittedError) past the wait bound, or when `signal` aborts. */
  async admit(priority: Priority, signal: AbortSignal): Promise<void> {
    if (signal.aborted) throw new NotAdmittedError(`the caller gave up before a ${this.#o.vendor} slot`);
    if (this.#queue.length === 0) {
      if (this.#o.store.takeNow(this.#o.key)) {
        this.#o.onDecision?.('admitted', priority);
        return;
      }
      // No slot at hand: this caller waits for the counter.
      const first = await this.#o.store.take(this.#o.key);
      if (first.ok) {
        this.#o.onDecision?.('waited', priority);
        return;
      }
    }
    await this.#wait(priority, signal);
    this.#o.onDecision?.('waited', priority);
  }

  /** Pauses this budget (every replica's, when shared) for `ms`. */
  pause(ms: number): Promise<void> {
    return this.#o.store.pause(this.#o.key, ms);
  }

  #wait(priority: Priority, signal: AbortSignal): Promise<void> {
    const { maxWaitMs, vendor, slotMs } = this.#o;
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = () => {
        if (timer) clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
      };
      // Waiting is not holding: a waiter that leaves had taken no slot.
      const leave = (error: Error) => {
        finish();
        const index = this.#queue.indexOf(waiter);
        if (index >= 0) this.#queue.splice(index, 1);
        reject(error);
      };
      const onAbort = () => leave(new NotAdmittedError(`the caller gave up waiting for a ${vendor} slot`));
      const waiter: Waiter = {
        priority,
        since: performance.now(),
        resolve: () => {
          finish();
          resolve();
        },
      };
      if (priority === 'interactive') {
        timer = setTimeout(() => {
          const ahead = this.#queue.indexOf(waiter) + 1;
          const retryAfterMs = Math.max(1_000, Math.ceil(ahead * slotMs));
          leave(
            new NotAdmittedError(
              `no ${vendor} budget slot within ${maxWaitMs} ms; nothing was sent`,
              retryAfterMs,
            ),
          );
        }, maxWaitMs);
      }
      signal.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
      this.#announceWaiting(0);
      void this.#pump();
    });
  }

  /** The next waiter to serve: interactive first, bulk only within its share while both wait. */
  #next(): Waiter | undefined {
    const interactive = this.#queue.find((w) => w.priority === 'interactive');
    const bulk = this.#queue.find((w) => w.priority === 'bulk');
    if (!interactive || !bulk) return interactive ?? bulk;
    const bulkTurn = this.#contended.bulk < this.#o.bulkShare * (this.#contended.total + 1);
    return bulkTurn ? bulk : interactive;
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#queue.length > 0) {
        const taken = await this.#o.store.take(this.#o.key);
        if (!taken.ok) {
          // A little jitter, so that replicas waiting on one shared key do not all ask at once.
          const ms = taken.waitMs + Math.floor(Math.random() * 5) + this.#lag();
          this.#announceWaiting(ms);
          await sleep(ms);
          continue;
        }
        this.#grant();
      }
    } finally {
      this.#pumping = false;
    }
  }

  /** The bulk lag when only bulk callers wait in this line. */
  #lag(): number {
    const lag = this.#o.bulkLagMs ?? 0;
    return lag > 0 && !this.#queue.some((w) => w.priority === 'interactive') ? lag : 0;
  }

  /**
   * Says that interactive callers wait (for other replicas' bulk calls), when they do: when one has
   * waited longer than a slot normally takes to come round (four slots' time, at least 200 ms, at most
   * half the wait bound). A caller that only waits for the next bucket is not held back by bulk, and
   * holding every replica's bulk to its share for it would leave most of the budget unused.
   */
  #announceWaiting(forMs: number): void {
    if (!this.#o.onInteractiveWaiting) return;
    const { maxWaitMs, slotMs } = this.#o;
    const starvedAfter = Math.min(maxWaitMs / 2, Math.max(200, 4 * slotMs));
    const now = performance.now();
    if (this.#queue.some((w) => w.priority === 'interactive' && now - w.since >= starvedAfter))
      this.#o.onInteractiveWaiting(forMs);
  }

  /** Hands a taken slot to the next waiter, or back to the store when every waiter left meanwhile. */
  #grant(): void {
    const waiter = this.#next();
    if (!waiter) {
      this.#o.store.giveBack(this.#o.key);
      return;
    }
    if (this.#queue.some((w) => w.priority !== waiter.priority)) {
      this.#contended.total++;
      if (waiter.priority === 'bulk') this.#contended.bulk++;
    } else {
      this.#contended = { total: 0, bulk: 0 };
    }
    this.#queue.splice(this.#queue.indexOf(waiter), 1);
    waiter.resolve();
  }
}
