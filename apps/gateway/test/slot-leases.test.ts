// Slots in leases (budgets/lease.ts) on the real counters: rate-limiter-flexible in the process and
// in a real redis-server shared by three stores (three replicas). However the slots are handed out,
// no window gives out more than its slots, and little of it is lost to leases left unused.
import { describe, expect, it } from 'vitest';
import { createSlotStore, type FixedWindow, type SlotStore } from '../src/budgets/index.js';
import { fallbackLeaseMost, leaseMost } from '../src/budgets/lease.js';
import { useFileRedis } from './test-redis-connections.js';

const fileRedis = useFileRedis(60_000);

/** A window long enough that the whole test runs inside one of it. */
const WINDOW: FixedWindow = { points: 1_280, durationSec: 30 };

function store(shared: boolean, prefix: string, window: FixedWindow = WINDOW): SlotStore {
  const connection = shared ? fileRedis.connect(1_000) : null;
  return createSlotStore({ window, fallbackWindow: window, keyPrefix: prefix, redis: connection });
}

/** Takes slots with `concurrency` callers per store (sync fast path first, as Budget does) until every store refuses. */
async function drain(stores: SlotStore[], key: string, concurrency: number): Promise<number> {
  let taken = 0;
  const caller = async (s: SlotStore) => {
    for (;;) {
      if (s.takeNow(key)) {
        taken++;
        await Promise.resolve();
        continue;
      }
      const answer = await s.take(key);
      if (!answer.ok) return;
      taken++;
    }
  };
  await Promise.all(stores.flatMap((s) => Array.from({ length: concurrency }, () => caller(s))));
  return taken;
}

async function waitForShared(s: SlotStore): Promise<void> {
  const until = Date.now() + 10_000;
  while (s.mode() !== 'shared' && Date.now() < until) {
    await s.take('warm-up');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(s.mode()).toBe('shared');
}

describe('slot leases', () => {
  it('take one slot at a time under 64 slots per window, and at most 128 at a time', () => {
    expect(leaseMost({ points: 5, durationSec: 3 })).toBe(1);
    expect(leaseMost({ points: 63, durationSec: 1 })).toBe(1);
    expect(leaseMost({ points: 64, durationSec: 1 })).toBe(2);
    expect(leaseMost({ points: 1_280, durationSec: 1 })).toBe(40);
    expect(leaseMost({ points: 16_666, durationSec: 1 })).toBe(128);
    // The fallback's leases stay as small as they were before leases were sized by rate.
    expect(fallbackLeaseMost({ points: 127, durationSec: 1 })).toBe(1);
    expect(fallbackLeaseMost({ points: 300, durationSec: 1 })).toBe(2);
    expect(fallbackLeaseMost({ points: 16_666, durationSec: 1 })).toBe(32);
  });

  it('in the process: a window gives out at most its slots, and loses little to leases', async () => {
    const taken = await drain([store(false, 'lease-mem')], 'k', 20);
    const k = fallbackLeaseMost(WINDOW); // a fixed window keeps the small leases (slot-store.ts)
    expect(taken).toBeLessThanOrEqual(WINDOW.points);
    expect(taken).toBeGreaterThanOrEqual(WINDOW.points - 3 * k);
  });

  it('a small budget counts every slot in the store: no slot is at hand without asking', async () => {
    const small = store(false, 'lease-small', { points: 5, durationSec: 30 });
    expect(small.takeNow('k')).toBe(false);
    expect((await small.take('k')).ok).toBe(true);
    expect(small.takeNow('k')).toBe(false);
    expect(await drain([small], 'k', 3)).toBe(4);
  });

  it('three replicas on one Redis: together at most the window’s slots, little lost to leases', async () => {
    const replicas = [store(true, 'lease-shared'), store(true, 'lease-shared'), store(true, 'lease-shared')];
    for (const r of replicas) await waitForShared(r);
    const taken = await drain(replicas, 'k', 10);
    const k = fallbackLeaseMost(WINDOW); // a fixed window keeps the small leases (slot-store.ts)
    expect(taken).toBeLessThanOrEqual(WINDOW.points);
    // Each replica may end with a lease and the next one unused, and one lease may be refused whole.
    expect(taken).toBeGreaterThanOrEqual(WINDOW.points - replicas.length * (2 * k - 1) - k);
    for (const r of replicas) expect(r.mode()).toBe('shared');
  });

  it('a pause drops the lease at hand: nothing is taken until it ends', async () => {
    const s = store(true, 'lease-pause');
    await waitForShared(s);
    // Leases grow with the rate: take until one holds a slot more than asked for.
    let atHand = false;
    for (let i = 0; i < 200 && !atHand; i++) {
      expect((await s.take('p')).ok).toBe(true);
      atHand = s.takeNow('p');
    }
    expect(atHand).toBe(true);
    s.giveBack('p'); // back into the lease at hand
    await s.pause('p', 1_000);
    expect(s.takeNow('p')).toBe(false);
    const answer = await s.take('p');
    expect(answer.ok).toBe(false);
    const started = Date.now();
    const until = started + 5_000;
    while (!(await s.take('p')).ok && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    expect((await s.take('p')).ok).toBe(true);
  });
});

describe('a lease on a slow Redis', () => {
  it('a take while Redis hangs answers from the fallback within the command timeout, on the real server', async () => {
    // A window of many slots takes leases of 32, each living at most LEASE_MAX_MS: a count slower
    // than that (the command timeout, then the fallback) once brought a lease over on arrival, and the
    // take asked again and again until Redis answered.
    const connection = fileRedis.connect(250);
    const big: FixedWindow = { points: 100_000, durationSec: 60 };
    const slow = createSlotStore({
      window: big,
      fallbackWindow: big,
      keyPrefix: 'lease-slow',
      redis: connection,
    });
    expect(await slow.take('k')).toEqual({ ok: true });
    const pauser = fileRedis.connect(1_000);
    await new Promise((resolve) => setTimeout(resolve, 150)); // the first lease has ended
    await pauser.call('CLIENT', 'PAUSE', '3000', 'ALL');
    const started = performance.now();
    expect(await slow.take('k')).toEqual({ ok: true });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(slow.mode()).toBe('fallback');
    await pauser.call('CLIENT', 'UNPAUSE').catch(() => undefined);
  });
});
