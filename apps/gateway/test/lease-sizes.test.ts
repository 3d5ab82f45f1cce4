// How big a lease is (budgets/lease.ts): sized for what this replica used in about the last RATE_MS,
// or for the callers waiting, capped at leaseMost; leases from the fallback counter are this replica's
// share alone (never above fallbackMost, never held in reserve, and they replace the shared leases).
// The counter here is a script, so every count the leases ask for is seen; time is a fake clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AHEAD_MS, type LeaseCount, Leases, RATE_MS, SWEEP_KEYS } from '../src/budgets/lease.js';

const KEY = 'k';

/** A counter that grants every count (a long bucket) and records the slots asked for; `fallback` marks answers. */
function scripted(answer: (points: number) => LeaseCount = () => ({ ok: true, msBeforeNext: 60_000 })) {
  const asked: number[] = [];
  return {
    asked,
    count: async (_key: string, points: number) => {
      asked.push(points);
      return answer(points);
    },
  };
}

/** One slot the way Budget takes it: the fast path, else a wait for a lease. */
async function takeOne(leases: Leases): Promise<void> {
  if (leases.takeNow(KEY)) return;
  expect((await leases.take(KEY)).ok).toBe(true);
}

describe('lease sizes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follow the rate: a slow caller takes one slot at a time, a fast one leases grow up to leaseMost', async () => {
    const counter = scripted();
    const leases = new Leases({ most: 16, count: counter.count });
    // One slot every 3 RATE_MS: nothing recent to size for, each lease holds one slot.
    for (let i = 0; i < 10; i++) {
      await takeOne(leases);
      vi.advanceTimersByTime(3 * RATE_MS);
    }
    // (one more: the lease taken ahead when the one in use ran empty)
    expect(counter.asked).toEqual(Array.from({ length: 11 }, () => 1));
    counter.asked.length = 0;
    // 5 slots per RATE_MS: leases of about 5.
    for (let i = 0; i < 200; i++) {
      await takeOne(leases);
      vi.advanceTimersByTime(RATE_MS / 5);
    }
    const steady = counter.asked.slice(5);
    expect(Math.max(...steady)).toBeLessThanOrEqual(6);
    expect(Math.min(...steady)).toBeGreaterThanOrEqual(4);
    counter.asked.length = 0;
    // As fast as the callers go (no time passes): capped at leaseMost.
    for (let i = 0; i < 500; i++) await takeOne(leases);
    expect(Math.max(...counter.asked)).toBe(16);
    expect(counter.asked.slice(-5)).toEqual([16, 16, 16, 16, 16]);
    expect(counter.asked.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(500 + 2 * 16);
  });

  it('a count asks for enough slots for every caller waiting at that moment, within leaseMost', async () => {
    let release: () => void = () => undefined;
    const asked: number[] = [];
    const leases = new Leases({
      most: 32,
      count: (_key, points) => {
        asked.push(points);
        return new Promise<LeaseCount>((resolve) => {
          release = () => resolve({ ok: true, msBeforeNext: 60_000 });
        });
      },
    });
    const takes = Array.from({ length: 10 }, () => leases.take(KEY));
    await Promise.resolve();
    expect(asked).toEqual([1]); // the first caller asked alone
    release();
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[1]).toBe(9); // the nine still waiting, in one count
    let settled = false;
    const all = Promise.all(takes).finally(() => {
      settled = true;
    });
    for (let i = 0; i < 20 && !settled; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      release();
    }
    expect((await all).every((t) => t.ok)).toBe(true);
    // Never above leaseMost however many wait.
    const counter = scripted();
    const capped = new Leases({ most: 32, count: counter.count });
    const many = await Promise.all(Array.from({ length: 100 }, () => capped.take(KEY)));
    expect(many.every((t) => t.ok)).toBe(true);
    expect(counter.asked[0]).toBe(1);
    expect(counter.asked[1]).toBe(32);
    expect(Math.max(...counter.asked)).toBe(32);
  });

  it('the fallback: leases never above fallbackMost, none held in reserve, and the shared lease goes', async () => {
    let fallback = false;
    const counter = scripted((points) =>
      fallback
        ? { ok: true, msBeforeNext: 60_000, fallback: true, points: Math.min(points, 2) }
        : { ok: true, msBeforeNext: 60_000 },
    );
    const leases = new Leases({ most: 64, fallbackMost: 2, count: counter.count });
    // Shared: leases grow to 64, and one is taken ahead when the one in use runs half empty.
    for (let i = 0; i < 300; i++) await takeOne(leases);
    expect(Math.max(...counter.asked)).toBe(64);
    // Redis goes: the next count falls back.
    fallback = true;
    const before = counter.asked.length;
    let taken = 0;
    while (counter.asked.length === before) {
      expect(leases.takeNow(KEY) || (await leases.take(KEY)).ok).toBe(true);
      taken++;
      expect(taken).toBeLessThanOrEqual(64);
    }
    await Promise.resolve();
    await Promise.resolve();
    // What is at hand now is the fallback lease alone (at most 2), not what was left of the shared one.
    let atHand = 0;
    while (leases.takeNow(KEY)) atHand++;
    expect(atHand).toBeLessThanOrEqual(2);
    // From now on every count is within the share, and no lease is held in reserve: what was counted
    // and not yet taken is never more than one lease.
    const flush = () => new Promise((resolve) => setImmediate(resolve));
    await flush();
    while (leases.takeNow(KEY)) await flush();
    await flush();
    counter.asked.length = 0;
    for (let taken = 1; taken <= 100; taken++) {
      await takeOne(leases);
      await flush();
      const counted = counter.asked.reduce((a, b) => a + b, 0);
      expect(counted - taken).toBeLessThanOrEqual(2);
    }
    expect(Math.max(...counter.asked)).toBeLessThanOrEqual(2);
  });
  it("the next bucket's lease is taken AHEAD_MS before the bucket ends, and used only in that bucket", async () => {
    const BUCKET_MS = 100;
    const counted = new Map<number, number>();
    const aheadAt: number[] = [];
    const leases = new Leases({
      most: 64,
      count: async (_key, points, ahead) => {
        const now = performance.now();
        const index = Math.floor(now / BUCKET_MS) + (ahead ? 1 : 0);
        counted.set(index, (counted.get(index) ?? 0) + points);
        if (ahead) aheadAt.push(now % BUCKET_MS);
        return {
          ok: true,
          msBeforeNext: (index + 1) * BUCKET_MS - now,
          msBeforeStart: Math.max(0, index * BUCKET_MS - now),
        };
      },
    });
    vi.advanceTimersByTime(BUCKET_MS - (performance.now() % BUCKET_MS)); // a bucket's start
    const granted = new Map<number, number>();
    let waitedAtStart = 0;
    let waitedAfterFirst = 0;
    for (let ms = 0; ms < 5 * BUCKET_MS; ms++) {
      for (let i = 0; i < 3; i++) {
        const index = Math.floor(performance.now() / BUCKET_MS);
        if (!leases.takeNow(KEY)) {
          expect((await leases.take(KEY)).ok).toBe(true);
          if (ms >= BUCKET_MS && ms % BUCKET_MS < 5) waitedAtStart++;
          if (ms >= BUCKET_MS) waitedAfterFirst++;
        }
        granted.set(index, (granted.get(index) ?? 0) + 1);
      }
      await Promise.resolve();
      await Promise.resolve();
      vi.advanceTimersByTime(1);
    }
    // Taken ahead, each bucket after the first: within AHEAD_MS of its end.
    expect(aheadAt.length).toBeGreaterThanOrEqual(4);
    for (const at of aheadAt) expect(at).toBeGreaterThanOrEqual(BUCKET_MS - AHEAD_MS - 1);
    // So callers at the start of a bucket found a lease at hand.
    expect(waitedAtStart).toBe(0);
    // Nor did any caller later in a bucket (a lease in reserve, also in the last AHEAD_MS).
    expect(waitedAfterFirst).toBe(0);
    // And no bucket handed out more than was counted in it.
    for (const [index, n] of granted) expect(n).toBeLessThanOrEqual(counted.get(index) ?? 0);
  });

  it('forget idle keys: a limit keyed by client address holds state only for the keys in use', async () => {
    const counter = scripted(() => ({ ok: true, msBeforeNext: 50 }));
    const leases = new Leases({ most: 8, count: counter.count });
    // Ten times the sweep's threshold of clients, each seen once, 10 ms apart: ~100 s of arrivals.
    for (let i = 0; i < 10 * SWEEP_KEYS; i++) {
      expect((await leases.take(`client-${i}`)).ok).toBe(true);
      vi.advanceTimersByTime(10);
    }
    // Only the last second's keys (their leases or rates may still be live) and one sweep's lag remain.
    expect(leases.keys()).toBeLessThanOrEqual(SWEEP_KEYS + 100);
  });
});
