// An item a replica had in flight when it died (its claim left without a result) is settled with the
// settlement module before anything is resent: the run that takes it over waits until the dead sender's
// whole deadline has passed (senderGone), reads the group back, and sends only what the read proves
// was not applied. Real Redis (the job store's Lua scripts), the real Xtrakit sandbox, real HTTP.
import {
  type Sandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { startTestRedis, type TestRedis } from '@loyalty-gateway/test-redis';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.js';
import { CLAIM_TO_SEND_MS } from '../src/jobs/orphan.js';
import { createRedisStore } from '../src/jobs/redis-store.js';
import type { JobStore } from '../src/jobs/store.js';
import { emptyCounts, type JobRecord } from '../src/jobs/types.js';
import { runRange, type WorkerDeps } from '../src/jobs/worker.js';
import { createVendors, type Vendors } from '../src/vendors.js';
import { seedXtrakit } from './bulk-helpers.js';

const DEADLINE_MS = 400;

describe('an orphaned bulk item (its replica died mid-item)', () => {
  let redis: TestRedis;
  let client: Redis;
  let sandbox: Sandbox<XtrakitStore>;
  let vendors: Vendors;
  let store: JobStore;
  let deps: WorkerDeps;
  let jobs = 0;

  beforeAll(async () => {
    redis = await startTestRedis();
    client = new Redis(redis.url);
    sandbox = await startXtrakitSandbox({ port: 0, checkContract: true });
    const config = loadConfig({
      MUTATION_DEADLINE_MS: String(DEADLINE_MS),
      CIRCUIT_FAILURE_THRESHOLD: '1000',
    });
    vendors = createVendors(config, {
      xtrakit: { baseUrl: sandbox.url, apiKey: XTRAKIT_SANDBOX_API_KEY },
      capillary: {
        baseUrl: sandbox.url,
        region: null,
        auth: { type: 'basic', username: 'u', password: 'p' },
      },
    });
    store = createRedisStore(client);
    deps = {
      store,
      vendors,
      deadlineMs: DEADLINE_MS,
      settle: config.settle,
      concurrency: 2,
      progressed: () => undefined,
    };
  });
  afterAll(async () => {
    await vendors?.close();
    await sandbox?.close();
    client?.disconnect();
    await redis?.close();
  });
  beforeEach(() => sandbox.requests.clear());

  /** A job of one item per group; every item claimed by a run of `dead-replica` that never recorded. */
  async function orphanedJob(ids: string[], name: (i: number) => string) {
    const job: JobRecord = {
      id: `orphan-${++jobs}`,
      owner: 'owner',
      vendor: 'xtrakit',
      state: 'RUNNING',
      total: ids.length,
      processed: 0,
      counts: emptyCounts(),
      cancelRequested: false,
      createdAt: Date.now(),
      startedAt: Date.now(),
      finishedAt: null,
    };
    const items = ids.map((id, i) => ({ id, name: name(i) }));
    expect(await store.create(job, items, [], 10)).toBe(true);
    const claims = [];
    for (let i = 0; i < ids.length; i++) claims.push(await store.claim(job.id, i, 'dead-replica'));
    expect(claims.every((c) => c.kind === 'fresh')).toBe(true);
    return { job, items, claims: claims as Array<{ kind: 'fresh'; token: string }> };
  }

  const put = (id: string, name: string) =>
    fetch(`${sandbox.url}/api/v1/customer-groups/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${XTRAKIT_SANDBOX_API_KEY}` },
      body: JSON.stringify({ group_name: name }),
    }).then((r) => r.arrayBuffer());

  it('reads back first: applied is recorded without a send, not applied is sent once, after the sender bound', async () => {
    const ids = await seedXtrakit(sandbox.url, 2);
    const name = (i: number) => `orphan ${i}`;
    // Taken before the claims: no claim (on Redis's clock, the same host's) began earlier.
    const claimedAt = Date.now();
    const { job, claims } = await orphanedJob(ids, name);
    // The dead replica's write of item 0 landed; its write of item 1 never left it.
    await put(ids[0] as string, name(0));
    sandbox.requests.clear();
    const writesBefore = sandbox.store.writesByOperation.updateCustomerGroup ?? 0;

    await runRange(deps, job.id, 0, 2, 'live-replica');
    const finishedAt = Date.now();

    const results = await store.results(job.id, { fromIndex: 0, limit: 10, outcome: null });
    expect(results.map((r) => [r.index, r.outcome, r.settledBy])).toEqual([
      [0, 'APPLIED', 'READ_BACK'],
      [1, 'APPLIED', 'VENDOR_ANSWER'],
    ]);
    expect(sandbox.store.get(Number(ids[0]))?.group_name).toBe(name(0));
    expect(sandbox.store.get(Number(ids[1]))?.group_name).toBe(name(1));
    // Item 0: one read, no write. Item 1: one read that proves it was not applied, then its one write.
    const calls = (id: string) =>
      sandbox.requests
        .all()
        .filter((r) => r.path === `/api/v1/customer-groups/${id}`)
        .map((r) => r.method);
    expect(calls(ids[0] as string)).toEqual(['GET']);
    expect(calls(ids[1] as string)).toEqual(['GET', 'PUT']);
    expect((sandbox.store.writesByOperation.updateCustomerGroup ?? 0) - writesBefore).toBe(1);
    // Nothing was read before the dead sender's whole bound had passed since its claim.
    expect(finishedAt - claimedAt).toBeGreaterThanOrEqual(DEADLINE_MS + CLAIM_TO_SEND_MS);
    // The dead run, were it to come back, records nothing over the run that took its items over.
    const late = {
      index: 1,
      ref: { id: ids[1] as string, externalId: null },
      outcome: 'NOT_APPLIED' as const,
    };
    const stale = await store.record(
      job.id,
      { ...late, userErrors: [], warnings: [], settledBy: 'VENDOR_ANSWER' },
      claims[1]?.token,
    );
    expect(stale).toBeNull();
    expect((await store.get(job.id))?.counts).toMatchObject({ applied: 2, notApplied: 0 });
  });

  it("a run whose claim was taken over records nothing; the taker's result stands", async () => {
    const ids = await seedXtrakit(sandbox.url, 1);
    const { job, claims } = await orphanedJob(ids, () => 'taken over');
    const taker = await store.claim(job.id, 0, 'live-replica');
    expect(taker).toMatchObject({ kind: 'orphaned' });
    if (taker.kind !== 'orphaned') return;
    expect(taker.since).toBeLessThanOrEqual(taker.now);
    const result = {
      index: 0,
      ref: { id: ids[0] as string, externalId: null },
      userErrors: [],
      warnings: [],
      settledBy: 'VENDOR_ANSWER' as const,
    };
    expect(await store.record(job.id, { ...result, outcome: 'NOT_APPLIED' }, claims[0]?.token)).toBeNull();
    const recorded = await store.record(job.id, { ...result, outcome: 'APPLIED' }, taker.token);
    expect(recorded).toMatchObject({ state: 'COMPLETED', processed: 1, counts: { applied: 1 } });
  });
});
