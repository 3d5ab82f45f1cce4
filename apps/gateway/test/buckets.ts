// Test helpers for budget buckets (src/budgets/window.ts): buckets are aligned to the clock, so a
// test that says "the next call waits for the next slot" starts just after a bucket begins, and
// measures against the time left in that bucket rather than a fixed second.
import { slotWindow } from '../src/budgets/window.js';

/** The bucket length of a per-minute budget. */
export function bucketMsOf(perMinute: number): number {
  return slotWindow(perMinute).bucketMs;
}

/** Milliseconds until the next bucket of a per-minute budget begins (host clock, as the gateway's in the process). */
export function msToNextBucket(perMinute: number): number {
  const bucketMs = bucketMsOf(perMinute);
  return bucketMs - (Date.now() % bucketMs);
}

/** Resolves just after a bucket of a per-minute budget begins (the test then has most of it ahead). */
export async function atBucketStart(perMinute: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, msToNextBucket(perMinute) + 10));
}
