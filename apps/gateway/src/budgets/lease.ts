// Slots taken a few at a time: one counter call (one Redis round trip) takes a lease of k slots, which
// this process then hands out without asking again. The counter still counts every slot, so all
// replicas together never take more than the window's slots. A lease lives until the bucket (window.ts) it was
// counted in ends, so no slot is used outside its bucket, and at most LEASE_MAX_MS from its start, so a
// pause that another replica set stops this one within that (plus AHEAD_MS for a lease of the next
// bucket taken ahead).
//
// The next lease is taken before it is needed: one in reserve when the lease in use runs half empty,
// and the next bucket's (counted in that bucket, used only from its start) AHEAD_MS before this
// bucket ends, so that callers at a bucket boundary do not all wait for the counter.
//
// How big a lease is: what this replica used in about the last RATE_MS (so a lease lasts about that
// long), or what the callers waiting at that moment need, whichever is more, and at most `most`
// (leaseMost: 1/32 of the window's slots, at most 128; a budget under 64 slots per window takes one
// slot at a time). The slots a lease leaves unused when it ends are lost for that window: at most
// about 2 * most per replica (the lease in use and the one in reserve), plus one refused lease.
//
// Leases from the fallback counter (Redis down or slow, slot-store.ts) are this replica's share alone:
// they are never sized up (at most `fallbackMost`), and a count that falls back drops the shared leases
// held, so a replica in fallback uses its share and nothing more.
import type { FixedWindow, SlotWindow } from './window.js';

/** The longest a lease lives. */
export const LEASE_MAX_MS = 100;
/** How far back the rate a lease is sized for looks. */
export const RATE_MS = 20;
/** How long before its bucket ends a lease in use asks for the next bucket's lease. */
export const AHEAD_MS = 30;
/** With more keys than this held, a count first forgets the keys with nothing live (at most once a second). */
export const SWEEP_KEYS = 1_024;

/** The most slots one lease may hold for a window: 1/32 of its slots, at most 128, at least 1. */
export function leaseMost(window: SlotWindow | FixedWindow): number {
  return Math.max(1, Math.min(128, Math.floor(window.points / 32)));
}

/** The most slots one lease from a fallback counter holds: as before leases were sized by rate (1/128 of its slots, at most 32). */
export function fallbackLeaseMost(window: SlotWindow | FixedWindow): number {
  return Math.max(1, Math.min(32, Math.floor(window.points / 128)));
}

/** What the counter answered to `points` slots under a key: taken (and when its window ends), or a wait. */
export type Counted =
  | { ok: true; msBeforeNext: number; msBeforeStart?: number }
  | { ok: false; waitMs: number };

/** A count as the leases see it: also whether the fallback counter (this replica's share) answered. */
export type LeaseCount =
  | (Counted & { ok: true; fallback?: boolean; points?: number })
  | { ok: false; waitMs: number };

type Take = { ok: true } | { ok: false; waitMs: number };
const TAKEN: Take = { ok: true };

interface Lease {
  left: number;
  size: number;
  /** From when its slots may be used (a lease for the next bucket, taken ahead, waits for its start). */
  from: number;
  until: number;
  /** When its bucket ends (performance.now() time). */
  bucketEnd: number;
  /** Whether its counter has a next bucket to take ahead (sub-second buckets; a fixed window has none). */
  buckets: boolean;
  fallback: boolean;
}

export interface LeaseOptions {
  /** The most slots a shared (or in-process) lease holds. */
  most: number;
  /** The most slots a lease from the fallback counter holds (default: `most`). */
  fallbackMost?: number;
  /**
   * Asks the counter for `points` slots, in the bucket open now or (`ahead`) in the next one; an answer
   * may count fewer (`points`: the fallback takes at most fallbackMost, and never ahead).
   */
  count(key: string, points: number, ahead: boolean): Promise<LeaseCount>;
}

/** Slots taken in the last RATE_MS or so, per key. */
interface Rate {
  since: number;
  current: number;
  previous: number;
}

/** The leases of one store, per key; `count` asks the shared (or local) counter. */
export class Leases {
  readonly #most: number;
  readonly #fallbackMost: number;
  readonly #count: (key: string, points: number, ahead: boolean) => Promise<LeaseCount>;
  /** Per key, the lease in use, the one in reserve (taken when the first ran low) and the next bucket's. */
  readonly #held = new Map<string, Lease[]>();
  readonly #refills = new Map<string, Promise<Take>>();
  readonly #pausedUntil = new Map<string, number>();
  readonly #rates = new Map<string, Rate>();
  /** Per key, the callers waiting on a refill now. */
  readonly #waiting = new Map<string, number>();
  /** Whether the last count fell back (then leases stay within the fallback share). */
  #fellBack = false;
  #sweptAt = Number.NEGATIVE_INFINITY;

  constructor(options: LeaseOptions) {
    this.#most = Math.max(1, options.most);
    this.#fallbackMost = Math.max(1, Math.min(this.#most, options.fallbackMost ?? this.#most));
    this.#count = options.count;
  }

  /** A slot of a live lease, or false; a lease running low asks for the next one meanwhile. */
  takeNow(key: string): boolean {
    const held = this.#held.get(key);
    if (!held) return false;
    const now = performance.now();
    const lease = this.#live(held, now);
    if (!lease) return false;
    lease.left--;
    this.#used(key, now);
    // The next lease, taken before it is needed so that callers rarely find none at hand and wait for
    // the counter: one in reserve when this one runs half empty, and the next bucket's shortly before
    // this bucket ends. Not in fallback: this replica's share is not held in reserve.
    if (!lease.fallback && !this.#fellBack && !this.#refills.has(key)) {
      // (the next bucket's lease starts where this one's bucket ends)
      const end = lease.bucketEnd - 1;
      if (
        lease.buckets &&
        lease.bucketEnd - now <= AHEAD_MS &&
        !held.some((l) => l.left > 0 && l.from >= end)
      )
        void this.#refill(key, true);
      else if (
        lease.left <= lease.size / 2 &&
        !held.some((l) => l !== lease && l.left > 0 && l.from < end && now < l.until)
      )
        void this.#refill(key, false);
    }
    return true;
  }

  /** The first lease whose slots may be used now, dropping those that ended or ran empty. */
  #live(held: Lease[], now: number): Lease | undefined {
    for (let i = 0; i < held.length; ) {
      const lease = held[i] as Lease;
      if (lease.left === 0 || now >= lease.until) {
        held.splice(i, 1);
        continue;
      }
      if (lease.from <= now) return lease;
      i++;
    }
    return undefined;
  }

  /** A slot: from a lease, else from a new lease (one counter call, shared by the callers meanwhile). */
  async take(key: string): Promise<Take> {
    if (this.#most === 1) return this.#one(key);
    for (;;) {
      if (this.takeNow(key)) return TAKEN;
      this.#waiting.set(key, (this.#waiting.get(key) ?? 0) + 1);
      let result: Take;
      try {
        result = await (this.#refills.get(key) ?? this.#refill(key, false));
      } finally {
        const left = (this.#waiting.get(key) ?? 1) - 1;
        if (left > 0) this.#waiting.set(key, left);
        else this.#waiting.delete(key);
      }
      if (!result.ok) return result;
    }
  }

  /** Puts a slot back into its live lease; false when there is none (the counter must take it back). */
  giveBack(key: string): boolean {
    const now = performance.now();
    const lease = this.#held.get(key)?.find((l) => l.from <= now && now < l.until);
    if (!lease) return false;
    lease.left++;
    return true;
  }

  /** Drops this key's leases and refuses leases counted before `ms` from now passed (a vendor's Retry-After). */
  pause(key: string, ms: number): void {
    this.#held.delete(key);
    this.#pausedUntil.set(key, performance.now() + ms);
  }

  /** The slots the next lease asks for: the recent rate or the callers waiting, within the cap. */
  sizeFor(key: string): number {
    const most = this.#fellBack ? this.#fallbackMost : this.#most;
    const rate = this.#rates.get(key);
    const now = performance.now();
    let recent = 0;
    if (rate) {
      const age = now - rate.since;
      if (age < RATE_MS) recent = Math.max(rate.previous, rate.current);
      else if (age < 2 * RATE_MS) recent = rate.current;
    }
    const wanted = Math.max(recent, this.#waiting.get(key) ?? 0, 1);
    return Math.min(most, wanted);
  }

  #used(key: string, now: number): void {
    let rate = this.#rates.get(key);
    if (!rate) {
      rate = { since: now, current: 0, previous: 0 };
      this.#rates.set(key, rate);
    }
    const age = now - rate.since;
    if (age >= RATE_MS) {
      rate.previous = age < 2 * RATE_MS ? rate.current : 0;
      rate.current = 0;
      rate.since = now;
    }
    rate.current++;
  }

  async #one(key: string): Promise<Take> {
    const counted = await this.#count(key, 1, false);
    return counted.ok ? TAKEN : counted;
  }

  /** How many keys hold any state (leases, a rate, a pause): what a sweep keeps bounded. */
  keys(): number {
    return this.#keysHeld().size;
  }

  #keysHeld(): Set<string> {
    return new Set([...this.#held.keys(), ...this.#rates.keys(), ...this.#pausedUntil.keys()]);
  }

  /**
   * Forgets the keys with nothing live: no lease that may still be used, no recent rate, no pause, no
   * count or caller in flight. A client limit keyed by address meets a new key per address; without
   * this its maps would grow for as long as the process runs.
   */
  #sweep(now: number): void {
    if (this.#held.size + this.#rates.size + this.#pausedUntil.size <= SWEEP_KEYS) return;
    if (now - this.#sweptAt < 1_000) return;
    this.#sweptAt = now;
    for (const key of this.#keysHeld()) {
      if (this.#refills.has(key) || this.#waiting.has(key)) continue;
      if (this.#held.get(key)?.some((l) => l.left > 0 && now < l.until)) continue;
      const rate = this.#rates.get(key);
      if (rate && now - rate.since < 2 * RATE_MS) continue;
      if ((this.#pausedUntil.get(key) ?? 0) > now) continue;
      this.#held.delete(key);
      this.#rates.delete(key);
      this.#pausedUntil.delete(key);
    }
  }

  #refill(key: string, ahead: boolean): Promise<Take> {
    const asked = performance.now();
    this.#sweep(asked);
    const size = this.sizeFor(key);
    const refill = this.#count(key, size, ahead)
      .then((counted): Take => {
        if (!counted.ok) return counted;
        const pausedUntil = this.#pausedUntil.get(key) ?? 0;
        if (pausedUntil > asked) return { ok: false, waitMs: Math.max(1, pausedUntil - performance.now()) };
        const fallback = counted.fallback === true;
        const points = Math.min(size, counted.points ?? size);
        // Timed from the answer, not the question: the counter's msBeforeNext runs from its answer, and
        // a slow count (Redis slow, then the fallback) must not bring a lease that is over on arrival,
        // or the callers waiting on it would ask again and again for as long as Redis stays slow.
        const answered = performance.now();
        const from = answered + Math.max(0, counted.msBeforeStart ?? 0);
        const bucketEnd = answered + counted.msBeforeNext;
        const lease: Lease = {
          left: points,
          size: points,
          from,
          until: Math.min(bucketEnd, from + LEASE_MAX_MS),
          bucketEnd,
          buckets: counted.msBeforeStart !== undefined,
          fallback,
        };
        this.#fellBack = fallback;
        const held = this.#held.get(key);
        // Fallen back: the shared leases held go, so this replica uses its fallback share and no more.
        if (held && !fallback) held.push(lease);
        else this.#held.set(key, [lease]);
        return TAKEN;
      })
      .finally(() => this.#refills.delete(key));
    this.#refills.set(key, refill);
    return refill;
  }
}
