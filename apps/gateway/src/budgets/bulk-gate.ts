// Bulk priority across replicas (issues 13 and 15). In one process the Budget's line already keeps
// bulk within BULK_BUDGET_SHARE while interactive callers wait; with REDIS_URL the interactive callers
// may wait on another replica. So a replica whose interactive callers wait marks it in one short-TTL
// Redis key per budget, and while that key exists every replica's bulk calls also take a slot of a
// second rate-limiter-flexible limiter holding BULK_BUDGET_SHARE of the budget. Nothing else is shared:
// a key with a TTL and a limiter. Redis down or slow: the key reads as absent and the local rules hold.
import { setTimeout as sleep } from 'node:timers/promises';
import { NotAdmittedError } from '@loyalty-gateway/http-runtime';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Redis } from '../redis/index.js';
import { type FixedWindow, perMinuteOf, slotWindow } from './window.js';

/**
 * How long a mark outlives the wait it announces (and about how often a replica renews it): a little
 * over two buckets of a 3,000/min budget. Longer, a caller that lost one bucket held every replica's
 * bulk to its share for a second, most of that after it had been served.
 */
const MARK_TTL_MS = 250;
/** How long a read of the mark is believed (so bulk admissions do not each ask Redis). */
const READ_MS = 100;
/** After a failed read, the mark is taken as absent for this long (Redis down or slow). */
const READ_BACKOFF_MS = 1_000;
/** The longest a bulk caller sleeps before looking again whether interactive callers still wait. */
const RECHECK_MS = 250;
/**
 * How much later than interactive callers a line of only bulk callers asks for a new bucket (at most a
 * fifth of a bucket). Buckets are shared, and a bucket's first slots go to whoever asks first: without
 * it, other replicas' bulk calls take them from the interactive callers waiting here.
 */
const BULK_LAG_MS = 20;

export interface BulkGateOptions {
  redis: Redis;
  /** Prefix of this budget's keys (`lgw:budget:<vendor>`); `identity` names the budget under it. */
  keyPrefix: string;
  identity: string;
  vendor: string;
  perMinute: number;
  bulkShare: number;
}

/** The cross-replica part of one budget's bulk priority. */
export interface BulkGate {
  /** How much later than interactive callers this budget's bulk-only line asks for a new bucket (Budget's bulkLagMs). */
  readonly bulkLagMs: number;
  /** Interactive callers wait here for about `forMs` more: hold every replica's bulk to its share. */
  interactiveWaiting(forMs: number): void;
  /**
   * One bulk admission: one at a time per process (so no more than one bulk caller is already in
   * the budget's line when interactive callers start waiting elsewhere), with a bulk-share slot
   * first while interactive callers wait on any replica; then `admitSlot` (the budget's own line).
   */
  admit(signal: AbortSignal, admitSlot: () => Promise<void>): Promise<void>;
}

/**
 * The bulk share's own limiter: the share's rate as the budget's buckets give it, counted in whole
 * seconds from first use. It only orders bulk behind interactive callers; the budget's buckets still
 * hold every call to the vendor's limit.
 */
function shareWindow(perMinute: number, bulkShare: number): FixedWindow {
  const slots = slotWindow(Math.max(1, Math.floor(perMinute * bulkShare)));
  const durationSec = Math.max(1, Math.round(slots.bucketMs / 1000));
  return { points: Math.max(1, Math.round((perMinuteOf(slots) * durationSec) / 60)), durationSec };
}

export function createBulkGate(options: BulkGateOptions): BulkGate {
  const { redis, identity, vendor } = options;
  const markKey = `${options.keyPrefix}:interactive-waiting:${identity}`;
  const window = shareWindow(options.perMinute, options.bulkShare);
  const share = new RateLimiterRedis({
    storeClient: redis,
    points: window.points,
    duration: window.durationSec,
    keyPrefix: `${options.keyPrefix}:bulk-share`,
    rejectIfRedisNotReady: true,
  });
  let markedUntil = 0;
  let read = { at: Number.NEGATIVE_INFINITY, waiting: false, validMs: READ_MS };
  let line: Promise<unknown> = Promise.resolve();

  /** Whether interactive callers wait on some replica (a cached EXISTS). */
  async function waitingAnywhere(): Promise<boolean> {
    const now = performance.now();
    if (now - read.at < read.validMs) return read.waiting;
    try {
      read = { at: now, waiting: (await redis.exists(markKey)) === 1, validMs: READ_MS };
    } catch {
      read = { at: now, waiting: false, validMs: READ_BACKOFF_MS };
    }
    return read.waiting;
  }

  /** Waits for a bulk-share slot for as long as interactive callers wait anywhere. */
  async function bulkTurn(signal: AbortSignal): Promise<void> {
    while (await waitingAnywhere()) {
      try {
        await share.consume(identity, 1);
        return;
      } catch (rejection) {
        // Only a refusal waits; a Redis error leaves bulk to the local rules.
        if (!(rejection instanceof RateLimiterRes)) return;
        await pause(Math.min(RECHECK_MS, Math.max(1, rejection.msBeforeNext)), signal, vendor);
      }
    }
  }

  return {
    bulkLagMs: Math.min(BULK_LAG_MS, slotWindow(options.perMinute).bucketMs / 5),
    interactiveWaiting(forMs) {
      const now = performance.now();
      if (now + forMs + MARK_TTL_MS / 2 <= markedUntil) return;
      const ttl = Math.ceil(forMs + MARK_TTL_MS);
      markedUntil = now + ttl;
      redis.set(markKey, '1', 'PX', ttl).catch(() => undefined);
    },
    async admit(signal, admitSlot) {
      const previous = line;
      let release = () => {};
      const mine = new Promise<void>((resolve) => {
        release = resolve;
      });
      // The next caller goes after this one and every caller before it, even one that left early.
      line = Promise.all([previous, mine]);
      try {
        await untilOrAbort(previous, signal, vendor);
        await bulkTurn(signal);
        await admitSlot();
      } finally {
        release();
      }
    },
  };
}

function gaveUp(vendor: string): NotAdmittedError {
  return new NotAdmittedError(`the caller gave up waiting for a ${vendor} slot`);
}

async function pause(ms: number, signal: AbortSignal, vendor: string): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    throw gaveUp(vendor);
  }
}

function untilOrAbort(promise: Promise<unknown>, signal: AbortSignal, vendor: string): Promise<void> {
  if (signal.aborted) return Promise.reject(gaveUp(vendor));
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(gaveUp(vendor));
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}
