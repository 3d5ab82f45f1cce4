// Budget buckets on a real redis-server shared by three slot stores (three replicas): each bucket
// gives out at most its slots to all of them together, a pause stops every store, and over ~20 s of
// real time under load no span holds more than the bucket arithmetic allows.
import { describe, expect, it } from 'vitest';
import { type BucketClock, hostNow, measureOffset } from '../src/budgets/clock.js';
import { createSlotStore, type SlotStore, type SlotWindow, slotWindow } from '../src/budgets/index.js';
import { AHEAD_MS, leaseMost } from '../src/budgets/lease.js';
import { bucketsInSpan, perMinuteOf } from '../src/budgets/window.js';
import type { Redis } from '../src/redis/index.js';
import { maxInWindow } from './replicas.js';
import { useFileRedis } from './test-redis-connections.js';

const fileRedis = useFileRedis(60_000);

async function connect(): Promise<Redis> {
  const connection = fileRedis.connect(2_000);
  const until = Date.now() + 10_000;
  while (connection.status !== 'ready' && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  expect(connection.status).toBe('ready');
  return connection;
}

/** Three stores on one Redis; `clock` for all of them (default: each its own Redis clock). */
async function three(prefix: string, window: SlotWindow, clock?: BucketClock): Promise<SlotStore[]> {
  const stores: SlotStore[] = [];
  for (let i = 0; i < 3; i++) {
    stores.push(
      createSlotStore({
        window,
        fallbackWindow: window,
        keyPrefix: prefix,
        redis: await connect(),
        ...(clock ? { clock } : {}),
      }),
    );
  }
  return stores;
}

/** Takes slots with a few callers per store until every one is refused; the slots taken. */
async function drain(stores: SlotStore[], key: string): Promise<number> {
  let taken = 0;
  const caller = async (s: SlotStore) => {
    for (;;) {
      if (s.takeNow(key) || (await s.take(key)).ok) taken++;
      else return;
    }
  };
  await Promise.all(stores.flatMap((s) => [caller(s), caller(s), caller(s)]));
  return taken;
}

describe('budget buckets on one Redis, three stores', () => {
  it('each bucket gives all three stores together its slots, no more, bucket after bucket', async () => {
    let now = 1_764_650_000_000;
    const window: SlotWindow = { points: 7, bucketMs: 250 };
    const stores = await three('buckets-manual', window, { now: () => now });
    for (let bucket = 0; bucket < 12; bucket++) {
      expect(await drain(stores, 'k')).toBe(window.points);
      // Later in the same bucket: still nothing; the next bucket: its own slots.
      now += window.bucketMs - 1;
      expect(await drain(stores, 'k')).toBe(0);
      now += 1;
    }
    for (const s of stores) expect(s.mode()).toBe('shared');
  });

  it('a bucket’s slot given back goes to that bucket, not the next', async () => {
    let now = 1_764_650_000_000;
    const window: SlotWindow = { points: 2, bucketMs: 500 };
    const [a, b] = await three('buckets-give-back', window, { now: () => now });
    expect((await a?.take('k'))?.ok).toBe(true);
    a?.giveBack('k');
    expect(await drain([a as SlotStore, b as SlotStore], 'k')).toBe(2);
    now += window.bucketMs;
    expect((await a?.take('k'))?.ok).toBe(true);
    now += window.bucketMs; // a new bucket: a slot of the old one given back now is not added here
    a?.giveBack('k');
    expect(await drain([a as SlotStore, b as SlotStore], 'k')).toBe(2);
  });

  it('a pause on one store stops all three for its length: every bucket it covers is blocked', async () => {
    const window = slotWindow(60_000); // 100 slots every 100 ms
    const stores = await three('buckets-pause', window);
    const [a, b, c] = stores as [SlotStore, SlotStore, SlotStore];
    expect((await b.take('p')).ok).toBe(true);
    const pausedAt = hostNow();
    await a.pause('p', 1_500);
    // b may still hand out what its leases counted before the pause held (one for the next bucket,
    // taken ahead, starts within AHEAD_MS; they end within LEASE_MAX_MS of their start, lease.ts);
    // nothing more is counted for anyone.
    await new Promise((r) => setTimeout(r, AHEAD_MS + 5));
    let leftInLeases = 0;
    while (b.takeNow('p')) leftInLeases++;
    expect(leftInLeases).toBeLessThanOrEqual(2 * leaseMost(window));
    const refused = await Promise.all([b.take('p'), c.take('p')]);
    for (const r of refused) expect(r.ok).toBe(false);
    let next = 0;
    const until = hostNow() + 10_000;
    while (hostNow() < until) {
      if ((await c.take('p')).ok) {
        next = hostNow();
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(next - pausedAt).toBeGreaterThanOrEqual(1_500);
  });

  it('20 s of real time, three stores each with its own Redis clock: no span holds more than its buckets’ slots', async () => {
    const window = slotWindow(6_000); // 10 slots every 102 ms
    const stores = await three('buckets-real', window);
    const grants: number[] = [];
    const endAt = hostNow() + 20_000;
    const caller = async (s: SlotStore) => {
      while (hostNow() < endAt) {
        if (s.takeNow('k')) {
          grants.push(hostNow());
          await Promise.resolve();
          continue;
        }
        const answer = await s.take('k');
        if (answer.ok) grants.push(hostNow());
        else await new Promise((r) => setTimeout(r, answer.waitMs));
      }
    };
    await Promise.all(stores.flatMap((s) => [caller(s), caller(s), caller(s), caller(s)]));
    // The grants are counted on Redis's clock and recorded on this host's: the same machine, so the
    // two differ by half a round trip at most (the measured offset); 20 ms covers it.
    const offset = Math.abs((await measureOffset(await connect())) ?? 0);
    expect(offset).toBeLessThan(20);
    for (const spanMs of [100, 1_000, 5_000, 10_000, 19_000]) {
      const most = window.points * bucketsInSpan(window.bucketMs, spanMs + 20);
      expect(maxInWindow(grants, spanMs)).toBeLessThanOrEqual(most);
    }
    // And used: at least 90 % of the buckets' slots (a loaded machine may miss a bucket's start).
    expect(grants.length).toBeGreaterThanOrEqual(0.9 * perMinuteOf(window) * (20 / 60));
    expect(grants.length).toBeLessThanOrEqual(window.points * bucketsInSpan(window.bucketMs, 20_020));
    for (const s of stores) expect(s.mode()).toBe('shared');
  }, 60_000);
});
