// Slots taken a few at a time: one counter call (one Redis round trip) takes a lease of k slots, which
// this process then hands out without asking again. The counter still counts every slot, so all
// replicas together never take more than the window's slots. A lease lives until the bucket (window.ts) it was
// counted in ends, so no slot is used outside its bucket, and at most LEASE_MAX_MS, so a pause that
// another replica set stops this one within that. The slots a lease leaves unused when it ends are
// lost for that window (at most 2k - 1 per replica, as the next lease is taken when one runs half
// empty, plus one refused lease): k is at most 1/128 of the window's slots and at most 32, and a budget
// under 128 slots per window takes one slot at a time.
import type { FixedWindow, SlotWindow } from './window.js';

/** The longest a lease lives. */
export const LEASE_MAX_MS = 100;

/** Slots per lease for the windows a store counts in (the smallest fits them all). */
export function leaseSize(...windows: Array<SlotWindow | FixedWindow>): number {
  return Math.max(1, Math.min(32, ...windows.map((w) => Math.floor(w.points / 128))));
}

/** What the counter answered to `points` slots under a key: taken (and when its window ends), or a wait. */
export type Counted = { ok: true; msBeforeNext: number } | { ok: false; waitMs: number };

type Take = { ok: true } | { ok: false; waitMs: number };
const TAKEN: Take = { ok: true };

interface Lease {
  left: number;
  until: number;
}

/** The leases of one store, per key; `count` asks the shared (or local) counter. */
export class Leases {
  readonly #size: number;
  readonly #count: (key: string, points: number) => Promise<Counted>;
  /** Per key, the lease in use and the one taken ahead (when the first ran low). */
  readonly #held = new Map<string, Lease[]>();
  readonly #refills = new Map<string, Promise<Take>>();
  readonly #pausedUntil = new Map<string, number>();

  constructor(size: number, count: (key: string, points: number) => Promise<Counted>) {
    this.#size = size;
    this.#count = count;
  }

  /** A slot of a live lease, or false; a lease running low asks for the next one meanwhile. */
  takeNow(key: string): boolean {
    const held = this.#held.get(key);
    if (!held) return false;
    const now = performance.now();
    let lease = held[0];
    while (lease && (lease.left === 0 || now >= lease.until)) {
      held.shift();
      lease = held[0];
    }
    if (!lease) return false;
    lease.left--;
    // Taken ahead, so that callers rarely find the lease empty and wait for the counter.
    if (held.length === 1 && lease.left <= this.#size / 2 && !this.#refills.has(key)) void this.#refill(key);
    return true;
  }

  /** A slot: from a lease, else from a new lease (one counter call, shared by the callers meanwhile). */
  async take(key: string): Promise<Take> {
    if (this.#size === 1) return this.#one(key);
    for (;;) {
      if (this.takeNow(key)) return TAKEN;
      const result = await (this.#refills.get(key) ?? this.#refill(key));
      if (!result.ok) return result;
    }
  }

  /** Puts a slot back into its live lease; false when there is none (the counter must take it back). */
  giveBack(key: string): boolean {
    const lease = this.#held.get(key)?.[0];
    if (!lease || performance.now() >= lease.until) return false;
    lease.left++;
    return true;
  }

  /** Drops this key's leases and refuses leases counted before `ms` from now passed (a vendor's Retry-After). */
  pause(key: string, ms: number): void {
    this.#held.delete(key);
    this.#pausedUntil.set(key, performance.now() + ms);
  }

  async #one(key: string): Promise<Take> {
    const counted = await this.#count(key, 1);
    return counted.ok ? TAKEN : counted;
  }

  #refill(key: string): Promise<Take> {
    const asked = performance.now();
    const refill = this.#count(key, this.#size)
      .then((counted): Take => {
        if (!counted.ok) return counted;
        const pausedUntil = this.#pausedUntil.get(key) ?? 0;
        if (pausedUntil > asked) return { ok: false, waitMs: Math.max(1, pausedUntil - performance.now()) };
        // Timed from the answer, not the question: the counter's msBeforeNext runs from its answer, and
        // a slow count (Redis slow, then the fallback) must not bring a lease that is over on arrival,
        // or the callers waiting on it would ask again and again for as long as Redis stays slow.
        const lease = {
          left: this.#size,
          until: performance.now() + Math.min(counted.msBeforeNext, LEASE_MAX_MS),
        };
        const held = this.#held.get(key);
        if (held) held.push(lease);
        else this.#held.set(key, [lease]);
        return TAKEN;
      })
      .finally(() => this.#refills.delete(key));
    this.#refills.set(key, refill);
    return refill;
  }
}
