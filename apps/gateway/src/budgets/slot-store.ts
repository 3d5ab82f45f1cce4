// Slots in rate-limiter-flexible: RateLimiterMemory in the process, or RateLimiterRedis shared by every
// replica with a RateLimiterMemory "insurance" limiter that answers while Redis is down or slow. Both
// behind one face, so the embedded default and a scaled-out deployment run the same code.
import {
  type IRateLimiterStoreOptions,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { type Redis, redisReady } from '../redis/index.js';
import { type Counted, Leases, leaseSize } from './lease.js';
import type { SlotWindow } from './window.js';

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

/** The insurance limiter, which says when it is used (that is when Redis failed). */
class InsuranceLimiter extends RateLimiterMemory {
  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly onUse: () => void,
  ) {
    super(options);
  }
  override consume(...args: Parameters<RateLimiterMemory['consume']>) {
    this.onUse();
    return super.consume(...args);
  }
  override block(...args: Parameters<RateLimiterMemory['block']>) {
    this.onUse();
    return super.block(...args);
  }
  /** A block that is not a fallback (a pause kept locally as well as in Redis). */
  blockLocally(key: string, seconds: number) {
    return super.block(key, seconds);
  }
}

/** What a store counts: its window, key prefix and (for Redis) the local share and connection. */
export interface SlotStoreOptions {
  window: SlotWindow;
  /** The window each replica keeps alone while Redis is unreachable. */
  fallbackWindow: SlotWindow;
  keyPrefix: string;
  redis: Redis | null;
}

/** A rejection (a RateLimiterRes) as a wait; anything else is an error the insurance should have caught. */
function waitOf(rejection: unknown): Counted {
  if (rejection instanceof RateLimiterRes) return { ok: false, waitMs: Math.max(1, rejection.msBeforeNext) };
  return { ok: false, waitMs: 100 };
}

/** Asks a limiter for `points` slots; never throws. */
async function countIn(
  limiter: RateLimiterMemory | RateLimiterRedis,
  key: string,
  points: number,
): Promise<Counted> {
  try {
    const res = await limiter.consume(key, points);
    return { ok: true, msBeforeNext: res.msBeforeNext };
  } catch (rejection) {
    return waitOf(rejection);
  }
}

export function createSlotStore(options: SlotStoreOptions): SlotStore {
  const { window, fallbackWindow, keyPrefix, redis } = options;
  const base = { points: window.points, duration: window.durationSec, keyPrefix };
  if (!redis) return memoryStore(new RateLimiterMemory(base), window);
  let fallbackUses = 0;
  let lastFallbackAt = Number.NEGATIVE_INFINITY;
  let lastSharedAt = Number.NEGATIVE_INFINITY;
  const insurance = new InsuranceLimiter(
    { points: fallbackWindow.points, duration: fallbackWindow.durationSec, keyPrefix: `${keyPrefix}:local` },
    () => {
      fallbackUses++;
      lastFallbackAt = performance.now();
    },
  );
  const limiter = new RateLimiterRedis({
    ...base,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: insurance,
  } satisfies IRateLimiterStoreOptions & { rejectIfRedisNotReady: boolean });
  // Shared mode holds while Redis (not the insurance) answers.
  const leases = new Leases(leaseSize(window, fallbackWindow), async (key, points) => {
    const before = fallbackUses;
    const counted = await countIn(limiter, key, points);
    if (fallbackUses === before) lastSharedAt = performance.now();
    return counted;
  });
  return {
    take: (key) => leases.take(key),
    takeNow: (key) => leases.takeNow(key),
    giveBack(key) {
      if (!leases.giveBack(key)) limiter.reward(key, 1).catch(() => undefined);
    },
    async pause(key, ms) {
      const seconds = Math.max(1, Math.ceil(ms / 1000));
      leases.pause(key, seconds * 1000);
      // Paused locally too: the insurance answers for this replica if Redis fails during the pause.
      await Promise.all([
        limiter.block(key, seconds).catch(() => undefined),
        insurance.blockLocally(key, seconds),
      ]);
    },
    mode() {
      if (!redisReady(redis)) return 'fallback';
      return lastFallbackAt > lastSharedAt ? 'fallback' : 'shared';
    },
  };
}

function memoryStore(limiter: RateLimiterMemory, window: SlotWindow): SlotStore {
  const leases = new Leases(leaseSize(window), (key, points) => countIn(limiter, key, points));
  return {
    take: (key) => leases.take(key),
    takeNow: (key) => leases.takeNow(key),
    giveBack(key) {
      if (!leases.giveBack(key)) void limiter.reward(key, 1);
    },
    async pause(key, ms) {
      const seconds = Math.max(1, Math.ceil(ms / 1000));
      leases.pause(key, seconds * 1000);
      await limiter.block(key, seconds);
    },
    mode: () => 'local',
  };
}
