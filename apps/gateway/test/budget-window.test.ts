// The bucket arithmetic of src/budgets/window.ts, property-style over many budgets: whatever where in
// its bucket each slot is used, no 60 s span (even one GUARD_MS wider) holds more than the budget,
// and the budget is used: at least 95 % from 30/min up.
import { describe, expect, it } from 'vitest';
import {
  bucketAt,
  GUARD_MS,
  mostInSpan,
  perMinuteOf,
  type SlotWindow,
  slotWindow,
} from '../src/budgets/window.js';

/** Slots at given ms, with how many at each. */
type Placed = Array<{ at: number; count: number }>;

/** The most slots in any closed span of `spanMs` (a two-pointer sweep over sorted times). */
function mostInAnySpan(placed: Placed, spanMs: number): number {
  const sorted = [...placed].sort((a, b) => a.at - b.at);
  let most = 0;
  let inSpan = 0;
  let start = 0;
  for (const slot of sorted) {
    inSpan += slot.count;
    while ((sorted[start] as Placed[number]).at < slot.at - spanMs)
      inSpan -= (sorted[start++] as Placed[number]).count;
    most = Math.max(most, inSpan);
  }
  return most;
}

/**
 * Every bucket's slots over `minutes`, placed by `where` (ms into the bucket, from 0 to bucketMs - 1),
 * starting at `origin` ms: the worst case puts a bucket's slots at its end and the next ones at their start.
 */
function place(window: SlotWindow, minutes: number, origin: number, where: (slot: number) => number): Placed {
  const placed: Placed = [];
  const first = bucketAt(window, origin).index;
  const buckets = Math.ceil((minutes * 60_000) / window.bucketMs);
  for (let index = first; index < first + buckets; index++) {
    const start = index * window.bucketMs;
    // Slots at the same ms are counted together (a large budget has thousands per bucket).
    const byMs = new Map<number, number>();
    for (let slot = 0; slot < window.points; slot++) {
      const at = start + Math.min(window.bucketMs - 1, Math.max(0, Math.floor(where(slot))));
      byMs.set(at, (byMs.get(at) ?? 0) + 1);
    }
    for (const [at, count] of byMs) placed.push({ at, count });
  }
  return placed;
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const NAMED = [
  2, 3, 7, 20, 30, 60, 99, 100, 101, 120, 500, 599, 600, 601, 1_000, 3_000, 6_000, 10_000, 1e5, 1e6,
];
const rand = random(13);
const RANDOM = Array.from({ length: 40 }, () => 2 + Math.floor(rand() ** 3 * 200_000));

describe('budget buckets (window.ts)', () => {
  it('100/min: one slot every 617 ms (97.2 a minute); 600/min: one every 102 ms (588)', () => {
    expect(slotWindow(100)).toEqual({ points: 1, bucketMs: 617 });
    expect(perMinuteOf(slotWindow(100))).toBeGreaterThanOrEqual(95);
    expect(slotWindow(600)).toEqual({ points: 1, bucketMs: 102 });
    expect(perMinuteOf(slotWindow(600))).toBeGreaterThanOrEqual(570);
  });

  it.each([...NAMED, ...RANDOM])(
    '%d/min: no 60 s + GUARD_MS span holds more than the budget',
    (perMinute) => {
      const window = slotWindow(perMinute);
      expect(window.points).toBeGreaterThanOrEqual(1);
      expect(window.bucketMs).toBeGreaterThanOrEqual(100);
      expect(mostInSpan(window)).toBeLessThanOrEqual(perMinute);
      const span = 60_000 + GUARD_MS;
      const seed = random(perMinute);
      // Each bucket's slots at its very end and the next bucket's at its very start; all at the start;
      // all at the end; spread evenly; at random. Three minutes, from an origin that is not a bucket edge.
      const origin = 1_764_650_000_123;
      const ends = (slot: number) => (slot % 2 === 0 ? window.bucketMs - 1 : 0);
      const placements: Array<(slot: number) => number> = [
        ends,
        () => 0,
        () => window.bucketMs - 1,
        (slot) => (slot * window.bucketMs) / window.points,
        () => seed() * window.bucketMs,
      ];
      for (const where of placements) {
        expect(mostInAnySpan(place(window, 3, origin, where), span)).toBeLessThanOrEqual(perMinute);
      }
    },
  );

  it.each([...NAMED, ...RANDOM])(
    '%d/min: the budget is used (95 % from 30/min; small ones lose a slot)',
    (perMinute) => {
      const used = perMinuteOf(slotWindow(perMinute));
      if (perMinute >= 30) expect(used).toBeGreaterThanOrEqual(0.95 * perMinute);
      else expect(used).toBeGreaterThanOrEqual(0.96 * (perMinute - 1));
    },
  );

  it('every budget from 2 to 5 000 a minute: within the budget in any span, and 95 % used from 30/min', () => {
    for (let perMinute = 2; perMinute <= 5_000; perMinute++) {
      const window = slotWindow(perMinute);
      expect(mostInSpan(window)).toBeLessThanOrEqual(perMinute);
      if (perMinute >= 30) expect(perMinuteOf(window)).toBeGreaterThanOrEqual(0.95 * perMinute);
    }
  });

  it('1/min cannot be held to 1 by buckets: one slot per 61 s bucket, at most 2 in a span', () => {
    expect(slotWindow(1)).toEqual({ points: 1, bucketMs: 60_000 + GUARD_MS });
    expect(mostInSpan(slotWindow(1))).toBe(2);
  });

  it('a bucket is named by its index on the clock, and ends where the next begins', () => {
    const window = { points: 1, bucketMs: 617 };
    expect(bucketAt(window, 617 * 10)).toEqual({ index: 10, endsAt: 617 * 11 });
    expect(bucketAt(window, 617 * 11 - 1)).toEqual({ index: 10, endsAt: 617 * 11 });
  });
});
