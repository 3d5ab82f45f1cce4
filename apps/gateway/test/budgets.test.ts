// A vendor budget in one process (no REDIS_URL): slots spread over the minute, a bounded wait, a
// leaver gives its place back, and the OAuth token call takes a slot like any call.
import { CAPILLARY_SANDBOX_CREDENTIALS } from '@loyalty-gateway/sandboxes';
import { afterEach, describe, expect, it } from 'vitest';
import { atBucketStart, bucketMsOf, msToNextBucket } from './buckets.js';
import { type Stack, startStack, UPDATE_CUSTOMER_GROUP, UPDATE_USER_GROUP } from './stack.js';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});

const update = (s: Stack, name: string, signal?: AbortSignal) =>
  fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: UPDATE_CUSTOMER_GROUP, variables: { input: { id: '1', name } } }),
    ...(signal ? { signal } : {}),
  }).then(
    async (r) =>
      (await r.json()) as {
        data: {
          updateCustomerGroup: {
            outcome: string;
            userErrors: Array<{ code: string; retryAfterSeconds: number | null }>;
          };
        };
      },
  );

const names = (s: Stack) =>
  s.xtrakit.requests.all().map((r) => (r.body as { group_name?: string } | undefined)?.group_name);

describe('vendor budget in the process', () => {
  it('one slot a bucket (1 034 ms) at 60/min: the second call waits for the next bucket; the third, two buckets away, past RATE_LIMIT_MAX_WAIT_MS: RATE_LIMITED and no call', async () => {
    stack = await startStack({
      env: { XTRAKIT_RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_MAX_WAIT_MS: '1500' },
    });
    expect((await stack.http('/readyz')).body).toEqual({ status: 'ready', rateLimits: 'local' });
    // Early in a bucket: the next one begins about 1 s away (within the wait), the one after 2 s (past it).
    await atBucketStart(60);
    const started = performance.now();
    const nextBucketIn = msToNextBucket(60);
    const [a, b, c] = await Promise.all([update(stack, 'a'), update(stack, 'b'), update(stack, 'c')]);
    expect(a.data.updateCustomerGroup.outcome).toBe('APPLIED');
    expect(b.data.updateCustomerGroup.outcome).toBe('APPLIED');
    expect(performance.now() - started).toBeGreaterThanOrEqual(nextBucketIn - 50);
    expect(c.data.updateCustomerGroup).toMatchObject({
      outcome: 'NOT_APPLIED',
      userErrors: [{ code: 'RATE_LIMITED' }],
    });
    expect(c.data.updateCustomerGroup.userErrors[0]?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(names(stack)).toEqual(['a', 'b']);
    const metrics = (await stack.http('/metrics')).text;
    expect(metrics).toContain(
      'gateway_budget_admissions_total{vendor="xtrakit",priority="interactive",decision="refused"} 1',
    );
    expect(metrics).toContain('gateway_rate_limit_mode{mode="local"} 1');
  });

  it('waiting is not holding: a client that disconnects while waiting leaves its slot to the next one', async () => {
    stack = await startStack({
      env: { XTRAKIT_RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_MAX_WAIT_MS: '3000' },
    });
    await atBucketStart(60);
    await update(stack, 'first');
    const leaver = new AbortController();
    const left = update(stack, 'leaver', leaver.signal).catch(() => 'aborted');
    await new Promise((resolve) => setTimeout(resolve, 200));
    leaver.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    const nextBucketIn = msToNextBucket(60);
    const next = await update(stack, 'next');
    expect(await left).toBe('aborted');
    expect(next.data.updateCustomerGroup.outcome).toBe('APPLIED');
    // It got the next bucket's slot (the leaver's), not the one a bucket after that.
    expect(performance.now() - started).toBeLessThan(nextBucketIn + bucketMsOf(60) / 2);
    expect(names(stack)).toEqual(['first', 'next']);
  });

  it('a client that leaves after its call was sent does not abort it: the vendor’s answer is recorded', async () => {
    stack = await startStack({ env: { XTRAKIT_RATE_LIMIT_PER_MINUTE: '600' } });
    const s = stack;
    s.xtrakit.faults.add({
      fault: { kind: 'latency', ms: 400 },
      times: 1,
      match: { operationId: 'updateCustomerGroup' },
    });
    const leaver = new AbortController();
    const left = update(s, 'sent then left', leaver.signal).catch(() => 'aborted');
    const until = Date.now() + 5_000;
    while (s.xtrakit.requests.all().length === 0 && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 10));
    leaver.abort();
    expect(await left).toBe('aborted');
    const outcome = async () =>
      s.logs.map((l) => JSON.parse(l) as { msg: string; outcome?: string }).find((l) => l.msg === 'operation')
        ?.outcome;
    while ((await outcome()) === undefined && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await outcome()).toBe('APPLIED');
    expect(names(s)).toEqual(['sent then left']);
  });

  it('the Capillary OAuth token call takes a slot too: the sandbox limit is never hit', async () => {
    const { oauthKey, oauthSecret } = CAPILLARY_SANDBOX_CREDENTIALS;
    stack = await startStack({
      env: { CAPILLARY_RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_MAX_WAIT_MS: '2500' },
      capillaryAuth: { type: 'oauth', key: oauthKey, secret: oauthSecret },
    });
    const input = { group: { id: '3962909' }, name: 'Budgeted' };
    await atBucketStart(60);
    const nextBucketIn = msToNextBucket(60);
    const answer = await stack.gql(UPDATE_USER_GROUP, { input });
    expect(answer.body.data.updateUserGroup.outcome).toBe('APPLIED');
    const log = stack.capillary.requests.all();
    expect(log.map((r) => r.operationId)).toEqual(['generateOAuthToken', 'updateUserGroup']);
    // Token then update: the second waited for the next bucket's slot.
    expect((log[1]?.at ?? 0) - (log[0]?.at ?? 0)).toBeGreaterThanOrEqual(nextBucketIn - 50);
  });
});
