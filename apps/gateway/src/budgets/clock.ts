// The clock the budget buckets are named by. Replicas must agree on where a bucket starts, or two of
// them would fill "bucket k" at different times and a 60 s span could hold more than the budget. So
// with Redis the clock is Redis's own: the offset between this host's monotonic clock and Redis's
// `TIME`, measured when the connection becomes ready and again every REFRESH_MS (half the round trip
// is the error, a few ms on a LAN, inside window.ts's GUARD_MS). While Redis is unreachable the last
// offset holds (the fallback share is this replica's alone, so agreement matters less). In the
// process it is the host's clock.
import type { Redis } from '../redis/index.js';

export interface BucketClock {
  /** Milliseconds since the epoch, on the clock every replica shares. */
  now(): number;
  /**
   * Until the first measurement has settled (answered or failed), a promise of it; then null. A Redis
   * clock read before its first TIME is this host's, off by the hosts' disagreement. Absent: always
   * measured (this host's clock, or one a test drives).
   */
  untilMeasured?(): Promise<void> | null;
}

/** How often the offset to Redis's clock is measured again. */
export const REFRESH_MS = 30_000;
/** How soon a failed measurement is tried again. */
const RETRY_MS = 1_000;

/** This host's clock, monotonic (it does not jump when NTP steps the wall clock). */
export function hostNow(): number {
  return performance.timeOrigin + performance.now();
}

export const hostClock: BucketClock = { now: hostNow };

/** The offset to add to hostNow() for Redis's TIME, or null when Redis did not answer. */
export async function measureOffset(redis: Redis): Promise<number | null> {
  try {
    const sent = hostNow();
    const [seconds, micros] = await redis.time();
    const received = hostNow();
    return Number(seconds) * 1000 + Number(micros) / 1000 - (sent + received) / 2;
  } catch {
    return null;
  }
}

/** One clock per connection: every store on it (each vendor's budget, the client limit) reads the same offset. */
const clocks = new WeakMap<Redis, BucketClock>();

/** Redis's clock, as seen from this host; measures itself again in the background when due. */
export function redisClock(redis: Redis): BucketClock {
  let clock = clocks.get(redis);
  if (!clock) {
    clock = measuredClock(redis);
    clocks.set(redis, clock);
  }
  return clock;
}

function measuredClock(redis: Redis): BucketClock {
  let offset = 0;
  let dueAt = 0;
  let measuring = false;
  let firstMeasured: () => void = () => undefined;
  let pending: Promise<void> | null = new Promise<void>((resolve) => {
    firstMeasured = resolve;
  });
  const measure = () => {
    if (measuring) return;
    measuring = true;
    void measureOffset(redis).then((measured) => {
      measuring = false;
      if (measured !== null) offset = measured;
      dueAt = hostNow() + (measured === null ? RETRY_MS : REFRESH_MS);
      pending = null;
      firstMeasured();
    });
  };
  redis.on('ready', measure);
  if (redis.status === 'ready') measure();
  return {
    untilMeasured: () => pending,
    now() {
      const now = hostNow();
      if (now >= dueAt) measure();
      return now + offset;
    },
  };
}
