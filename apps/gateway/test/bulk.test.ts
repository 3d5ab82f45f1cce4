// Bulk jobs (issue 15), end to end over real HTTP against the sandboxes, once in the process (no
// REDIS_URL) and once on a real Redis (BullMQ): the same face, the same tests.
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

const KEY_A = 'bulk-test-key-aaaaaaaaaaaa';
const KEY_B = 'bulk-test-key-bbbbbbbbbbbb';
const as = (key: string) => ({ authorization: `Bearer ${key}` });

describe.each(['memory', 'redis'] as const)('bulk jobs (%s)', (backend) => {
  let redis: TestRedis | null = null;
  let stack: Stack;
  let gqlA: Gql;
  let gqlB: Gql;

  beforeAll(async () => {
    if (backend === 'redis') redis = await startTestRedis();
    stack = await startStack({
      env: {
        GATEWAY_API_KEYS: `${KEY_A},${KEY_B}`,
        LOG_LEVEL: 'warn',
        CIRCUIT_FAILURE_THRESHOLD: '1000',
        BULK_MAX_ITEMS: '2000',
        BULK_CONCURRENCY: '8',
        BULK_MAX_UNFINISHED_PER_KEY: '2',
        ...(redis ? { REDIS_URL: redis.url, BULK_LOCK_MS: '5000' } : {}),
      },
    });
    gqlA = (q, v) => stack.gql(q, v, as(KEY_A));
    gqlB = (q, v) => stack.gql(q, v, as(KEY_B));
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
    await redis?.close();
  });

  it('runs 1,000 Xtrakit items under faults: one final outcome each, reconciled with the sandbox, no 429', async () => {
    const ids = await seedXtrakit(stack.xtrakit.url, 1000);
    stack.xtrakit.requests.clear();
    addFaults(stack.xtrakit);
    const name = (i: number) => `bulk x ${backend} ${i}`;
    const before = stack.xtrakit.store.writesByOperation.updateCustomerGroup ?? 0;
    const { body } = await gqlA(BULK_CUSTOMER, { items: ids.map((id, i) => ({ id, name: name(i) })) });
    expect(body.data.bulkUpdateCustomerGroups.userErrors).toEqual([]);
    const job = body.data.bulkUpdateCustomerGroups.job;
    expect(job).toMatchObject({ total: 1000, vendor: 'XTRAKIT', durable: backend === 'redis' });
    const done = await waitFinished(gqlA, job.id);
    stack.xtrakit.faults.clear();
    expect(done).toMatchObject({ state: 'COMPLETED', processed: 1000 });
    const { lines, contentType } = await resultLines(stack.url, job.id, as(KEY_A));
    expect(contentType).toMatch(/^application\/jsonl/);
    const writes = (stack.xtrakit.store.writesByOperation.updateCustomerGroup ?? 0) - before;
    const { appliedAtVendor } = reconcile({
      lines,
      total: 1000,
      applied: xtrakitApplied(stack.xtrakit.store, ids, name),
      writes,
    });
    expect(appliedAtVendor).toBeGreaterThan(900);
    const c = done.counts;
    expect(c.applied + c.appliedWithWarnings + c.notApplied + c.unknown).toBe(1000);
    expect(status429(stack.xtrakit)).toBe(0);
    // Every item changed its group at most once (an item is never resent once its outcome is recorded).
    // A 503 or a 500 before acting changed nothing: the settled retry after it (issue 14) is the one write.
    const puts = new Map<string, number>();
    for (const r of stack.xtrakit.requests.all())
      if (r.method === 'PUT' && r.status !== 503 && r.status !== 500)
        puts.set(r.path, (puts.get(r.path) ?? 0) + 1);
    expect(Math.max(...puts.values())).toBe(1);
  }, 120_000);

  it('runs 1,000 Capillary items under faults, reconciled the same way', async () => {
    const externalIds = await seedCapillary(stack.capillary.url, 1000, `bulk-${backend}`);
    stack.capillary.requests.clear();
    addFaults(stack.capillary);
    const name = (i: number) => `bulk c ${i}`;
    const before = stack.capillary.store.writesByOperation.updateUserGroup ?? 0;
    const items = externalIds.map((externalId, i) => ({ group: { externalId }, name: name(i) }));
    const { body } = await gqlA(BULK_USER, { items });
    const job = body.data.bulkUpdateUserGroups.job;
    const done = await waitFinished(gqlA, job.id);
    stack.capillary.faults.clear();
    expect(done).toMatchObject({ state: 'COMPLETED', processed: 1000 });
    const { lines } = await resultLines(stack.url, job.id, as(KEY_A));
    const writes = (stack.capillary.store.writesByOperation.updateUserGroup ?? 0) - before;
    reconcile({
      lines,
      total: 1000,
      applied: capillaryApplied(stack.capillary.store, externalIds, name),
      writes,
    });
    expect(lines[0]).toMatchObject({ index: 0, externalId: externalIds[0], groupId: null });
    expect(status429(stack.capillary)).toBe(0);
  }, 120_000);

  it('reports invalid items as INVALID_INPUT without sending them, and runs the valid ones', async () => {
    stack.xtrakit.requests.clear();
    const items = [
      { id: '1', name: 'valid one' },
      { id: '2', name: 'x', description: null },
      { id: 'abc', name: 'bad id' },
      { id: '2', name: 'valid two' },
    ];
    // id 2 twice would refuse the job; the null description is item 1, the second id 2 is item 3.
    const refused = await gqlA(BULK_CUSTOMER, { items });
    expect(refused.body.data.bulkUpdateCustomerGroups).toMatchObject({
      job: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'items', '3', 'id'] }],
    });
    expect(stack.xtrakit.requests.count({ method: 'PUT' })).toBe(0);
    const { body } = await gqlA(BULK_CUSTOMER, { items: items.slice(0, 3) });
    const job = body.data.bulkUpdateCustomerGroups.job;
    const done = await waitFinished(gqlA, job.id);
    expect(done).toMatchObject({ state: 'COMPLETED', counts: { applied: 1, notApplied: 2 } });
    const { lines } = await resultLines(stack.url, job.id, as(KEY_A));
    expect(lines[1]).toMatchObject({
      outcome: 'NOT_APPLIED',
      settledBy: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'items', '1', 'description'] }],
    });
    expect(lines[2]).toMatchObject({
      outcome: 'NOT_APPLIED',
      userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'items', '2', 'id'] }],
    });
    expect(lines[0]).toMatchObject({ outcome: 'APPLIED', settledBy: 'VENDOR_ANSWER' });
    // Only the valid item reached the vendor.
    expect(
      stack.xtrakit.requests
        .all()
        .filter((r) => r.method === 'PUT')
        .map((r) => r.path),
    ).toEqual(['/api/v1/customer-groups/1']);
  });

  it('refuses an empty job and one over BULK_MAX_ITEMS, sending nothing', async () => {
    stack.xtrakit.requests.clear();
    const empty = await gqlA(BULK_CUSTOMER, { items: [] });
    expect(empty.body.data.bulkUpdateCustomerGroups.userErrors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', 'items'],
    });
    const many = Array.from({ length: 2001 }, (_, i) => ({ id: String(i + 1), name: 'n' }));
    const big = await gqlA(BULK_CUSTOMER, { items: many });
    expect(big.body.data.bulkUpdateCustomerGroups.userErrors[0].message).toMatch(
      /at most 2000 items .*several jobs/,
    );
    expect(stack.xtrakit.requests.count()).toBe(0);
  });

  it('keeps jobs to their API key: another key sees null, cannot cancel, cannot read results', async () => {
    const { body } = await gqlA(BULK_CUSTOMER, { items: [{ id: '1', name: 'owned by A' }] });
    const id = body.data.bulkUpdateCustomerGroups.job.id;
    await waitFinished(gqlA, id);
    expect((await gqlB('query($id: ID!) { bulkJob(id: $id) { id } }', { id })).body.data.bulkJob).toBeNull();
    expect(
      (await gqlB('mutation($id: ID!) { cancelBulkJob(id: $id) { id } }', { id })).body.data.cancelBulkJob,
    ).toBeNull();
    expect((await resultLines(stack.url, id, as(KEY_B))).status).toBe(404);
    expect((await resultLines(stack.url, id)).status).toBe(401);
    const listB = await gqlB('{ bulkJobs(first: 50) { nodes { id } } }');
    expect(listB.body.data.bulkJobs.nodes.map((j: { id: string }) => j.id)).not.toContain(id);
    const listA = await gqlA('{ bulkJobs(first: 50, state: COMPLETED) { nodes { id } } }');
    expect(listA.body.data.bulkJobs.nodes[0].id).toBe(id);
  });

  it('cancels: items not yet sent end NOT_APPLIED with CANCELLED, items in flight keep their outcome; bounded unfinished jobs', async () => {
    stack.xtrakit.requests.clear();
    stack.xtrakit.faults.add({ fault: { kind: 'latency', ms: 20 }, match: { method: 'PUT' } });
    const items = Array.from({ length: 300 }, (_, i) => ({
      id: String((i % 2) + 1 + 2 * Math.floor(i / 2)),
      name: `cancel ${i}`,
    }));
    const first = (await gqlB(BULK_CUSTOMER, { items: items.slice(0, 150) })).body.data
      .bulkUpdateCustomerGroups.job;
    const second = (await gqlB(BULK_CUSTOMER, { items: items.slice(150) })).body.data.bulkUpdateCustomerGroups
      .job;
    const third = await gqlB(BULK_CUSTOMER, { items: [{ id: '1', name: 'third' }] });
    expect(third.body.data.bulkUpdateCustomerGroups).toMatchObject({
      job: null,
      userErrors: [{ code: 'TOO_MANY_JOBS' }],
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const job of [first, second]) {
      const cancelled = await gqlB('mutation($id: ID!) { cancelBulkJob(id: $id) { id } }', { id: job.id });
      expect(cancelled.body.data.cancelBulkJob.id).toBe(job.id);
    }
    const done = await waitFinished(gqlB, first.id);
    await waitFinished(gqlB, second.id);
    stack.xtrakit.faults.clear();
    expect(done.state).toBe('CANCELLED');
    const { lines } = await resultLines(stack.url, first.id, as(KEY_B));
    expect(lines).toHaveLength(150);
    const cancelled = lines.filter((l) => l.userErrors[0]?.code === 'CANCELLED');
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((l) => l.outcome === 'NOT_APPLIED' && l.settledBy === null)).toBe(true);
    // Sent items are exactly the ones that were not cancelled, across both jobs.
    const sentPaths = stack.xtrakit.requests.all().filter((r) => r.method === 'PUT').length;
    const secondLines = (await resultLines(stack.url, second.id, as(KEY_B))).lines;
    const notCancelled = [...lines, ...secondLines].filter(
      (l) => l.userErrors[0]?.code !== 'CANCELLED',
    ).length;
    expect(sentPaths).toBe(notCancelled);
  });

  it('streams progress over server-sent events, in order, the last event the finished job', async () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: String(i + 1), name: `sse ${i}` }));
    const { body } = await gqlA(BULK_CUSTOMER, { items: items.slice(0, 2) });
    const id = body.data.bulkUpdateCustomerGroups.job.id;
    await waitFinished(gqlA, id);
    // A finished job: one event, then the stream ends.
    const finished = await sse(stack.url, id);
    expect(finished.map((e) => e.state)).toEqual(['COMPLETED']);
    stack.xtrakit.faults.add({ fault: { kind: 'latency', ms: 15 }, match: { method: 'PUT' } });
    const slow = await gqlA(BULK_CUSTOMER, {
      items: Array.from({ length: 40 }, (_, i) => ({ id: String(i + 1), name: `sse2 ${i}` })),
    });
    const events = await sse(stack.url, slow.body.data.bulkUpdateCustomerGroups.job.id);
    stack.xtrakit.faults.clear();
    const processed = events.map((e) => e.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(new Set(processed).size).toBe(processed.length);
    expect(events.length).toBeGreaterThan(5);
    expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 40 });
    // Another key's subscription gets one null event.
    expect(await sse(stack.url, id, KEY_B)).toEqual([null]);
  });

  it('takes a bulk body over MAX_BODY_BYTES up to BULK_MAX_BODY_BYTES; other documents keep the 1 MiB limit', async () => {
    const pad = 'x'.repeat(600);
    const items = Array.from({ length: 1900 }, (_, i) => ({
      id: String(i + 1),
      name: 'big body',
      description: pad,
    }));
    const bulk = await stack.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as(KEY_A) },
      body: JSON.stringify({ query: BULK_CUSTOMER, variables: { items } }),
    });
    expect(bulk.text.length).toBeGreaterThan(0);
    expect(bulk.status).toBe(200);
    const id = bulk.body.data.bulkUpdateCustomerGroups.job?.id;
    if (id) await gqlA('mutation($id: ID!) { cancelBulkJob(id: $id) { id } }', { id });
    const other = await stack.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as(KEY_A) },
      body: JSON.stringify({ query: '{ __typename }', variables: { items } }),
    });
    expect(other.status).toBe(413);
    if (id) await waitFinished(gqlA, id);
  }, 60_000);

  // biome-ignore lint/suspicious/noExplicitAny: events are arbitrary JSON
  async function sse(baseUrl: string, id: string, key = KEY_A): Promise<any[]> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...as(key) },
      body: JSON.stringify({
        query: 'subscription($id: ID!) { bulkJobProgress(id: $id) { state processed total } }',
        variables: { id },
      }),
      signal: AbortSignal.timeout(30_000),
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await response.text();
    return text
      .split('\n\n')
      .filter((block) => block.startsWith('event: next'))
      .map((block) => JSON.parse(block.split('\ndata: ')[1] as string).data.bulkJobProgress);
  }
});
