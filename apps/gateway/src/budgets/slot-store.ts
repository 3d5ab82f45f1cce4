// Slots in rate-limiter-flexible: RateLimiterMemory in the process, or RateLimiterRedis shared by every
// replica with a RateLimiterMemory fallback (this replica's share, its own buckets) that answers while
// Redis is down or slow. Both behind one face, so the embedded default and a scaled-out deployment run
// the same code. The bucket keys and their clock are buckets.ts's and clock.ts's.
import { type IRateLimiterStoreOptions, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { type Redis, redisReady } from '../redis/index.js';
import { type BucketCounter, counterFor, limitsOf } from './buckets.js';
import { type BucketClock, hostClock, redisClock } from './clock.js';
import { fallbackLeaseMost, Leases, leaseMost } from './lease.js';
import type { FixedWindow, SlotWindow } from './window.js';

/** Where the slots are counted right now. */
export type StoreMode = 'local' | 'shared' | 'fallback';

/** The answer to one slot request. */
export type Take = { ok: true } | { ok: false; waitMs: number };

/** A counter of slots per window under one key. */
export interface SlotStore {
  take(key: string): Promise<Take>;
  /** A slot at hand without asking the counter (one of this replica's lease), or false. */
  takeNow(key: string): boolean;
  /** Gives a taken slot back (a waiter that left after its slot was granted). */
  giveBack(key: string): void;
  /** No slot for anyone on this key for `ms` (a vendor's Retry-After). */
  pause(key: string, ms: number): Promise<void>;
  mode(): StoreMode;
}

/** What a store counts: its window, key prefix and (for Redis) the local share and connection. */
export interface SlotStoreOptions {
  window: SlotWindow | FixedWindow;
  /** The window each replica keeps alone while Redis is unreachable. */
  fallbackWindow: SlotWindow | FixedWindow;
  keyPrefix: string;
  redis: Redis | null;
  /** The clock buckets are named by (default: Redis's with Redis, else this host's; see clock.ts). */
  clock?: BucketClock;
}

export function createSlotStore(options: SlotStoreOptions): SlotStore {
  const { window, fallbackWindow, keyPrefix, redis } = options;
  if (!redis) {
    const local = new RateLimiterMemory({ ...limitsOf(window), keyPrefix });
    return memoryStore(counterFor(local, window, options.clock ?? hostClock), window);
  }
  const clock = options.clock ?? redisClock(redis);
  const limiter = new RateLimiterRedis({
    ...limitsOf(window),
    keyPrefix,
    storeClient: redis,
    rejectIfRedisNotReady: true,
  } satisfies IRateLimiterStoreOptions & { rejectIfRedisNotReady: boolean });
  const shared = afterFirstMeasurement(counterFor(limiter, window, clock), clock, redis);
  const local = new RateLimiterMemory({ ...limitsOf(fallbackWindow), keyPrefix: `${keyPrefix}:local` });
  const fallback = counterFor(local, fallbackWindow, clock);
  let lastFallbackAt = Number.NEGATIVE_INFINITY;
  let lastSharedAt = Number.NEGATIVE_INFINITY;
  /** Who counted the last slot (a slot given back goes back there). */
  let lastFrom: BucketCounter = shared;
  // Shared mode holds while Redis (not the fallback) answers.
  const fallbackMost = Math.min(mostFor(window), fallbackLeaseMost(fallbackWindow));
  const leases = new Leases({
    most: mostFor(window),
    fallbackMost,
    async count(key, points, ahead) {
      const counted = await shared.count(key, points, ahead);
      if (counted !== 'unavailable') {
        lastSharedAt = performance.now();
        lastFrom = shared;
        return counted;
      }
      lastFallbackAt = performance.now();
      lastFrom = fallback;
      // This replica's share alone: never a lease sized up beyond what the fallback window allows, and
      // never one for the next bucket (counted in the bucket open now).
      const alonePoints = Math.min(points, fallbackMost);
      const alone = await fallback.count(key, alonePoints);
      if (alone === 'unavailable') return { ok: false, waitMs: 100 };
      return alone.ok ? { ...alone, fallback: true, points: alonePoints } : alone;
    },
  });
  return {
    take: (key) => leases.take(key),
    takeNow: (key) => leases.takeNow(key),
    giveBack(key) {
      if (!leases.giveBack(key)) lastFrom.giveBack(key);
    },
    async pause(key, ms) {
      leases.pause(key, ms);
      // Paused locally too: the fallback answers for this replica if Redis fails during the pause.
      await Promise.all([shared.block(key, ms).catch(() => undefined), fallback.block(key, ms)]);
    },
    mode() {
      if (!redisReady(redis)) return 'fallback';
      return lastFallbackAt > lastSharedAt ? 'fallback' : 'shared';
    },
  };
}

/**
 * The most slots a lease holds: by rate up to leaseMost for budget buckets; a fixed window (a client's
 * limit per minute, counted per API key or address) keeps the small leases it had, as a client's
 * traffic spread over replicas would otherwise leave up to 2 * leaseMost per replica unused.
 */
function mostFor(window: SlotWindow | FixedWindow): number {
  return 'durationSec' in window ? fallbackLeaseMost(window) : leaseMost(window);
}

/**
 * The shared counter, asked only once its Redis clock is measured: counted or blocked before that, its
 * buckets would be this host's, not the ones every replica names. The measurement starts when the
 * connection is ready and settles within the command timeout; a connection that is not ready waits for
 * nothing (its count fails at once and the fallback answers). A pause that waited here covers its full
 * length from when it is sent, so it can only last longer, never shorter.
 */
function afterFirstMeasurement(counter: BucketCounter, clock: BucketClock, redis: Redis): BucketCounter {
  const unmeasured = () => {
    const pending = clock.untilMeasured?.() ?? null;
    return pending && redisReady(redis) ? pending : null;
  };
  return {
    async count(key, points, ahead) {
      await unmeasured();
      return counter.count(key, points, ahead);
    },
    giveBack: (key) => counter.giveBack(key),
    async block(key, ms) {
      await unmeasured();
      return counter.block(key, ms);
    },
  };
}

function memoryStore(counter: BucketCounter, window: SlotWindow | FixedWindow): SlotStore {
  const leases = new Leases({
    most: mostFor(window),
    async count(key, points, ahead) {
      const counted = await counter.count(key, points, ahead);
      return counted === 'unavailable' ? { ok: false, waitMs: 100 } : counted;
    },
  });
  return {
    take: (key) => leases.take(key),
    takeNow: (key) => leases.takeNow(key),
    giveBack(key) {
      if (!leases.giveBack(key)) counter.giveBack(key);
    },
    async pause(key, ms) {
      leases.pause(key, ms);
      await counter.block(key, ms);
    },
    mode: () => 'local',
  };
}
