// 1,000-item jobs for each vendor under the vendor's own rate limit (the sandboxes'
// `rateLimitPerMinute`) with the gateway's budget configured to the same number, faults as in
// bulk.test.ts, jobs and budgets on a real Redis: every item has one final outcome reconciled with
// the sandbox, and the vendor answered no 429 at all (from its request log).
//
// Why just over a minute per test: the vendor's limit is a sliding 60 s, and a run paced at the limit
// can only meet it once it has sent more than the limit. So each job makes more than LIMIT vendor
// requests (asserted below): run without the budget it is refused within seconds; a ~30 s run at this
// pace would never reach the limit, and its zero 429s would prove nothing.
import { startTestRedis, type TestRedis } from '@loyalty-gateway/test-redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addFaults,
  BULK_CUSTOMER,
  BULK_USER,
  capillaryApplied,
  type Gql,
  reconcile,
  resultLines,
  seedCapillary,
  seedXtrakit,
  status429,
  waitFinished,
  xtrakitApplied,
} from './bulk-helpers.js';
import { type Stack, startStack } from './stack.js';

const KEY = 'bulk-limit-key-aaaaaaaaaaaa';
/** The vendor's requests per minute per credential, and the gateway's budget for it. */
const LIMIT = 1000;

describe('bulk jobs under the vendor rate limit, the budget configured to it (redis)', () => {
  let redis: TestRedis;
  let stack: Stack;
  let gql: Gql;

  beforeAll(async () => {
    redis = await startTestRedis();
    stack = await startStack({
      xtrakit: { rateLimitPerMinute: LIMIT },
      capillary: { rateLimitPerMinute: LIMIT },
      env: {
        GATEWAY_API_KEYS: KEY,
        LOG_LEVEL: 'warn',
        CIRCUIT_FAILURE_THRESHOLD: '1000',
        BULK_MAX_ITEMS: '2000',
        BULK_CONCURRENCY: '8',
        REDIS_URL: redis.url,
        BULK_LOCK_MS: '5000',
        XTRAKIT_RATE_LIMIT_PER_MINUTE: String(LIMIT),
        CAPILLARY_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      },
    });
    gql = (q, v) => stack.gql(q, v, { authorization: `Bearer ${KEY}` });
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
    await redis?.close();
  });

  /** Vendor requests the sandbox counted against the credential (valid auth, not refused). */
  const counted = (sandbox: Stack['xtrakit'] | Stack['capillary']) =>
    sandbox.requests.all().filter((r) => r.authValid && !r.rateLimited).length;

  it('runs 1,000 Xtrakit items: one final outcome each, reconciled, zero vendor 429s', async () => {
    // The seeding is the test's own traffic, not the gateway's: the job starts on a fresh window.
    stack.xtrakit.setRateLimit(null);
    const ids = await seedXtrakit(stack.xtrakit.url, 1000);
    stack.xtrakit.setRateLimit(LIMIT);
    stack.xtrakit.requests.clear();
    addFaults(stack.xtrakit);
    const name = (i: number) => `limited x ${i}`;
    const before = stack.xtrakit.store.writesByOperation.updateCustomerGroup ?? 0;
    const { body } = await gql(BULK_CUSTOMER, { items: ids.map((id, i) => ({ id, name: name(i) })) });
    const job = body.data.bulkUpdateCustomerGroups.job;
    const done = await waitFinished(gql, job.id, 150_000);
    stack.xtrakit.faults.clear();
    expect(done).toMatchObject({ state: 'COMPLETED', processed: 1000 });
    const { lines } = await resultLines(stack.url, job.id, { authorization: `Bearer ${KEY}` });
    const writes = (stack.xtrakit.store.writesByOperation.updateCustomerGroup ?? 0) - before;
    reconcile({ lines, total: 1000, applied: xtrakitApplied(stack.xtrakit.store, ids, name), writes });
    expect(status429(stack.xtrakit)).toBe(0);
    expect(counted(stack.xtrakit)).toBeGreaterThan(LIMIT);
  }, 200_000);

  it('runs 1,000 Capillary items: one final outcome each, reconciled, zero vendor 429s', async () => {
    stack.capillary.setRateLimit(null);
    const externalIds = await seedCapillary(stack.capillary.url, 1000, 'limited');
    stack.capillary.setRateLimit(LIMIT);
    stack.capillary.requests.clear();
    addFaults(stack.capillary);
    const name = (i: number) => `limited c ${i}`;
    const before = stack.capillary.store.writesByOperation.updateUserGroup ?? 0;
    const items = externalIds.map((externalId, i) => ({ group: { externalId }, name: name(i) }));
    const { body } = await gql(BULK_USER, { items });
    const job = body.data.bulkUpdateUserGroups.job;
    const done = await waitFinished(gql, job.id, 150_000);
    stack.capillary.faults.clear();
    expect(done).toMatchObject({ state: 'COMPLETED', processed: 1000 });
    const { lines } = await resultLines(stack.url, job.id, { authorization: `Bearer ${KEY}` });
    const writes = (stack.capillary.store.writesByOperation.updateUserGroup ?? 0) - before;
    const applied = capillaryApplied(stack.capillary.store, externalIds, name);
    reconcile({ lines, total: 1000, applied, writes });
    expect(status429(stack.capillary)).toBe(0);
    expect(counted(stack.capillary)).toBeGreaterThan(LIMIT);
  }, 200_000);
});
