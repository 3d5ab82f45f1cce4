// The cross-replica bulk gate (src/budgets/bulk-gate.ts) in the process, on a real redis-server: bulk
// admissions go one at a time, a bulk caller that gives up leaves the line at once without holding
// the ones behind it, and with Redis stopped the gate holds nothing back (the local rules and the
// fallback share answer). Two budget objects on two connections stand for two replicas.
import { NotAdmittedError } from '@loyalty-gateway/http-runtime';
import { describe, expect, it } from 'vitest';
import { createVendorBudgets } from '../src/budgets/index.js';
import { loadConfig } from '../src/index.js';
import { useFileRedis } from './test-redis-connections.js';

const attempt = {
  vendor: 'xtrakit' as const,
  operationId: 'updateCustomerGroup',
  method: 'PUT',
  route: '/',
  attempt: 1,
};

const fileRedis = useFileRedis(30_000);

/** One "replica": its own connection and budgets, as a gateway process has. */
function replica(identity: string, perMinute = '60', bulkShare = '0.25') {
  const connection = fileRedis.connect(250);
  const config = loadConfig({
    XTRAKIT_RATE_LIMIT_PER_MINUTE: perMinute, // 60: one slot a second
    RATE_LIMIT_MAX_WAIT_MS: '4000',
    BULK_BUDGET_SHARE: bulkShare,
    REDIS_URL: fileRedis.server().url,
  }).rateLimits;
  const budgets = createVendorBudgets({
    config,
    identity: { xtrakit: identity, capillary: 'c' },
    redis: connection,
  });
  const bulk = budgets.admission('bulk').xtrakit;
  const interactive = budgets.admission('interactive').xtrakit;
  if (!bulk || !interactive) throw new Error('the xtrakit budget is configured');
  return {
    budgets,
    bulk: (signal = new AbortController().signal) => Promise.resolve(bulk.admit(attempt, signal)),
    interactive: (signal = new AbortController().signal) =>
      Promise.resolve(interactive.admit(attempt, signal)),
  };
}

describe('bulk gate', () => {
  it('a bulk caller that gives up in the line leaves it at once; the ones behind keep their order', async () => {
    const a = replica('line');
    await a.bulk(); // this second's slot
    const order: string[] = [];
    const second = a.bulk().then(() => order.push('second')); // waits for the next second's slot
    const leaving = new AbortController();
    const third = a.bulk(leaving.signal).then(
      () => order.push('third'),
      (error: unknown) => order.push(error instanceof NotAdmittedError ? 'third left' : 'third failed'),
    );
    const fourth = a.bulk().then(() => order.push('fourth'));
    leaving.abort();
    await Promise.all([second, third, fourth]);
    // The third left at once, before the second's slot came; the fourth still went after the second.
    expect(order).toEqual(['third left', 'second', 'fourth']);
  }, 20_000);

  it('Redis stopped while interactive callers wait elsewhere: the gate holds bulk back no more, and nothing throws', async () => {
    const a = replica('down');
    const b = replica('down');
    await b.interactive(); // this second's slot
    // B's callers wait: B marks it in Redis, and A's next bulk caller would need a bulk-share slot.
    const waiting = Array.from({ length: 2 }, () => b.interactive().catch(() => undefined));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await fileRedis.server().stop();
    try {
      // Neither the mark nor the bulk-share limiter can be read: the fallback share alone decides.
      await expect(a.bulk()).resolves.toBeUndefined();
      expect(a.budgets.mode()).toBe('fallback');
      await Promise.all(waiting);
    } finally {
      await fileRedis.server().start();
    }
  }, 30_000);

  it("interactive callers on one replica get each new bucket before another replica's waiting bulk callers", async () => {
    // 600/min: one slot every 102 ms. A high bulk share, so the mark's share barely holds bulk back:
    // what orders the two is who asks first when a bucket begins (bulk 20 ms after interactive).
    const a = replica('lag', '600', '0.9');
    const b = replica('lag', '600', '0.9');
    const grants: Array<'bulk' | 'interactive'> = [];
    let joined = false;
    const bulk = Array.from({ length: 40 }, () =>
      b.bulk().then(() => {
        if (joined) grants.push('bulk');
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 350)); // bulk alone: its line is busy
    joined = true;
    const interactive = Array.from({ length: 8 }, () =>
      a.interactive().then(() => grants.push('interactive')),
    );
    await Promise.all(interactive);
    // Eight buckets served the eight interactive callers; bulk got at most the one slot it was
    // already asking for when they came (and one a bucket's start might race).
    expect(grants.filter((g) => g === 'bulk').length).toBeLessThanOrEqual(2);
    await Promise.all(bulk);
  }, 30_000);
});
