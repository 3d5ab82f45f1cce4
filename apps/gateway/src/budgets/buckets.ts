// Counting in sub-second buckets with rate-limiter-flexible: slot counts go to key `<key>:<index>`
// (index = the bucket's number on the shared clock, window.ts), each key allowed `points` and kept
// only a few seconds (its expiry is housekeeping, not the window). The answer says when the bucket
// ends, so a lease never outlives it, and a slot whose answer came back after its bucket ended is
// not used (it would stretch the bucket's span).
import { type RateLimiterMemory, type RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { BucketClock } from './clock.js';
import type { Counted } from './lease.js';
import { bucketAt, type FixedWindow, type SlotWindow } from './window.js';

type Limiter = RateLimiterMemory | RateLimiterRedis;

/** What a bucket counter answers: a count, or `unavailable` when the limiter failed (Redis down or slow). */
export type BucketCount = Counted | 'unavailable';

/** The limiter options for a window: a bucket key takes `points` and expires a second after its bucket. */
export function limitsOf(window: SlotWindow | FixedWindow): { points: number; duration: number } {
  if ('durationSec' in window) return { points: window.points, duration: window.durationSec };
  return { points: window.points, duration: Math.ceil(window.bucketMs / 1000) + 1 };
}

export interface BucketCounter {
  /** Counts `points` in the bucket open now, or (`ahead`) in the next one (a fixed window has no next: now). */
  count(key: string, points: number, ahead?: boolean): Promise<BucketCount>;
  /** Gives one slot back to the bucket it was counted in, if it was the last count and that bucket is open. */
  giveBack(key: string): void;
  /** Blocks every bucket `ms` from now touches, for every replica; the blocks are sent together. */
  block(key: string, ms: number): Promise<void>;
}

export function bucketCounter(limiter: Limiter, window: SlotWindow, clock: BucketClock): BucketCounter {
  /** The last count granted (a giveBack follows its take at once; anything older is lost, never doubled). */
  let last: { key: string; index: number } | null = null;
  const bucketKey = (key: string, index: number) => `${key}:${index}`;
  return {
    async count(key, points, ahead = false) {
      // A count whose answer came after its bucket ended is not used, and is asked once more of the
      // bucket open now (its slots stay counted in the old bucket: lost, never used outside it).
      for (let attempt = 0; ; attempt++) {
        const open = bucketAt(window, clock.now());
        const index = ahead && attempt === 0 ? open.index + 1 : open.index;
        const startsAt = index * window.bucketMs;
        const endsAt = startsAt + window.bucketMs;
        try {
          await limiter.consume(bucketKey(key, index), points);
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) return 'unavailable';
          return { ok: false, waitMs: Math.max(1, Math.ceil(endsAt - clock.now())) };
        }
        const now = clock.now();
        const left = endsAt - now;
        if (left <= 0) {
          if (attempt === 0) continue;
          return { ok: false, waitMs: 1 }; // late twice: Redis is slower than a bucket
        }
        last = { key, index };
        return { ok: true, msBeforeNext: left, msBeforeStart: Math.max(0, startsAt - now) };
      }
    },
    giveBack(key) {
      const taken = last;
      last = null;
      if (taken?.key !== key || bucketAt(window, clock.now()).index !== taken.index) return;
      limiter.reward(bucketKey(key, taken.index), 1).catch(() => undefined);
    },
    async block(key, ms) {
      const now = clock.now();
      const first = bucketAt(window, now).index;
      const lastIndex = bucketAt(window, now + ms).index;
      const seconds = Math.ceil((ms + window.bucketMs) / 1000) + 1;
      const blocks: Promise<unknown>[] = [];
      for (let index = first; index <= lastIndex; index++)
        blocks.push(limiter.block(bucketKey(key, index), seconds));
      await Promise.all(blocks);
    },
  };
}

/** A fixed window per key that starts at its first count (the client rate limit's minute). */
export function fixedCounter(limiter: Limiter): BucketCounter {
  return {
    async count(key, points) {
      try {
        const res = await limiter.consume(key, points);
        return { ok: true, msBeforeNext: res.msBeforeNext };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) return 'unavailable';
        return { ok: false, waitMs: Math.max(1, rejection.msBeforeNext) };
      }
    },
    giveBack(key) {
      limiter.reward(key, 1).catch(() => undefined);
    },
    async block(key, ms) {
      await limiter.block(key, Math.max(1, Math.ceil(ms / 1000)));
    },
  };
}

/** The counter for a window: buckets on `clock`, or a fixed window. */
export function counterFor(
  limiter: Limiter,
  window: SlotWindow | FixedWindow,
  clock: BucketClock,
): BucketCounter {
  return 'durationSec' in window ? fixedCounter(limiter) : bucketCounter(limiter, window, clock);
}
