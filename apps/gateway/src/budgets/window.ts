/**
 * How a per-minute budget N is spread: `points` slots in each bucket of `bucketMs` ms, buckets named
 * by their index on a clock every replica shares (floor(now / bucketMs), see clock.ts). A 60 s span
 * touches at most ceil(60 000 / bucketMs) + 1 buckets, so choosing
 *
 *   points * (ceil((60 000 + GUARD_MS) / bucketMs) + 1) <= N
 *
 * means no 60 s (even one GUARD_MS wider, for a call's way from its slot to the vendor and for the
 * replicas' clocks disagreeing) holds more than N slots, so a vendor that counts ANY 60 s never says
 * 429. Among the choices, the one that gives the most slots a minute: 100/min is one slot every
 * 617 ms (97.2 a minute), 600/min one every 102 ms (588), 1000/min 3 every 184 ms (978), 1e6/min
 * 1636 every 100 ms (98.2 %). Small budgets lose about one slot a minute plus the guard: 60/min is
 * one every 1 034 ms (58), 7/min one every 10.2 s (5.9). A bucket is never shorter than
 * MIN_BUCKET_MS (each bucket costs counter calls, and leases end with their bucket).
 *
 * 1/min is the one budget buckets cannot hold to N (two buckets always meet in some 60 s): it is one
 * slot per 61 s bucket, so at most 2 in a 60 s span.
 */
export interface SlotWindow {
  points: number;
  bucketMs: number;
}

/** A fixed window that starts at a key's first slot (client rate limits: "N a minute" as told). */
export interface FixedWindow {
  points: number;
  durationSec: number;
}

/** The widest a call's way from its slot to the vendor, plus the replicas' clock disagreement, may be. */
export const GUARD_MS = 1_000;
/** The shortest bucket. */
export const MIN_BUCKET_MS = 100;
const MINUTE_MS = 60_000;
const SPAN_MS = MINUTE_MS + GUARD_MS;

/** The most buckets a span of `spanMs` touches. */
export function bucketsInSpan(bucketMs: number, spanMs: number = SPAN_MS): number {
  return Math.ceil(spanMs / bucketMs) + 1;
}

/** The most slots a window gives in any span of `spanMs` (60 s + GUARD_MS by default). */
export function mostInSpan(window: SlotWindow, spanMs: number = SPAN_MS): number {
  return window.points * bucketsInSpan(window.bucketMs, spanMs);
}

/** Slots a minute on average. */
export function perMinuteOf(window: SlotWindow): number {
  return (window.points * MINUTE_MS) / window.bucketMs;
}

/** The shortest bucket that holds `points` each within the budget, or null when none does. */
function bucketFor(perMinute: number, points: number): number | null {
  const buckets = Math.floor(perMinute / points) - 1; // the most buckets a span may touch, less one
  if (buckets < 1) return null;
  const bucketMs = Math.max(MIN_BUCKET_MS, Math.ceil(SPAN_MS / buckets));
  return mostInSpan({ points, bucketMs }) <= perMinute ? bucketMs : null;
}

export function slotWindow(perMinute: number): SlotWindow {
  let best: SlotWindow | null = null;
  // More points per bucket cost slots (a span's edge buckets hold more), so they only pay once the
  // bucket is at its shortest: past N / bucketsInSpan(MIN_BUCKET_MS) they only lose.
  const most = Math.min(Math.floor(perMinute / 2), Math.ceil(perMinute / bucketsInSpan(MIN_BUCKET_MS)) + 1);
  for (let points = 1; points <= most; points++) {
    const bucketMs = bucketFor(perMinute, points);
    if (bucketMs === null) continue;
    const window = { points, bucketMs };
    if (!best || perMinuteOf(window) > perMinuteOf(best)) best = window;
  }
  return best ?? { points: 1, bucketMs: SPAN_MS }; // 1/min: see above
}

/** Milliseconds between two slots on average (for estimates such as Retry-After). */
export function slotMs(window: SlotWindow): number {
  return window.bucketMs / window.points;
}

/** The bucket `now` (a shared clock's ms) falls in, and when it ends. */
export function bucketAt(window: SlotWindow, now: number): { index: number; endsAt: number } {
  const index = Math.floor(now / window.bucketMs);
  return { index, endsAt: (index + 1) * window.bucketMs };
}
