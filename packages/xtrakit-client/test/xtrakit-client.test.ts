import { createServer } from 'node:net';
import {
  type Sandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CustomerGroup,
  createXtrakitClient,
  type VendorError,
  type XtrakitClient,
} from '../src/index.js';

let sandbox: Sandbox<XtrakitStore>;
let client: XtrakitClient;

beforeAll(async () => {
  sandbox = await startXtrakitSandbox({ checkContract: true });
  client = createXtrakitClient({ apiKey: XTRAKIT_SANDBOX_API_KEY, baseUrl: sandbox.url, timeoutMs: 2_000 });
});
afterEach(() => {
  sandbox.faults.clear();
  sandbox.store.reset();
  sandbox.requests.clear();
});
afterAll(async () => {
  expect(sandbox.contractViolations).toEqual([]);
  await client.close();
  await sandbox.close();
});

function failure(result: Awaited<ReturnType<XtrakitClient['updateCustomerGroup']>>): VendorError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('updateCustomerGroup', () => {
  it('updates the group and sends exactly the given fields', async () => {
    const result = await client.updateCustomerGroup({ id: '1', body: { group_name: 'VIP' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ id: 1, group_name: 'VIP' });
    expect(result.attempts).toBe(1);
    const [entry] = sandbox.requests.all();
    expect(entry).toMatchObject({
      method: 'PUT',
      path: '/api/v1/customer-groups/1',
      auth: 'bearer',
      authValid: true,
    });
    // The omitted description never reaches the wire (no null, no empty string).
    expect(entry?.body).toEqual({ group_name: 'VIP' });
  });

  it('sends a given description', async () => {
    await client.updateCustomerGroup({ id: '2', body: { group_name: 'N', group_description: 'D' } });
    expect(sandbox.requests.all()[0]?.body).toEqual({ group_name: 'N', group_description: 'D' });
  });

  it.each([
    '..',
    '.',
    '',
    '/',
    '%2F',
    '?',
    '#',
    'a?x=1',
    'a#b',
    '../admin',
    'http://127.0.0.1:1/x',
    '1/../2',
    '\t7',
    '-1',
    '1e3',
    '12345678901234567890',
  ])('refuses id %j before the wire', async (id) => {
    const error = failure(await client.updateCustomerGroup({ id, body: { group_name: 'x' } }));
    expect(error).toMatchObject({
      kind: 'invalid_request',
      outcome: 'not_applied',
      field: 'id',
      status: null,
      attempts: 0,
    });
    if (id.length > 1) expect(error.message).not.toContain(id);
    expect(sandbox.requests.count()).toBe(0);
  });

  it('keeps an id beyond 2^53 unchanged on the wire', async () => {
    const error = failure(
      await client.updateCustomerGroup({ id: '9007199254740993', body: { group_name: 'x' } }),
    );
    expect(error.kind).toBe('not_found');
    expect(sandbox.requests.all()[0]?.path).toBe('/api/v1/customer-groups/9007199254740993');
  });

  it.each([
    ['group_name missing', {}, 'body'],
    ['group_name empty', { group_name: '' }, 'body.group_name'],
    ['group_description null', { group_name: 'x', group_description: null }, 'body.group_description'],
    ['an unknown field', { group_name: 'x', extra: 1 }, 'body'],
  ])('refuses a body with %s before the wire', async (_t, body, field) => {
    const error = failure(
      await client.updateCustomerGroup({ id: '1', body: body as { group_name: string } }),
    );
    expect(error).toMatchObject({ kind: 'invalid_request', outcome: 'not_applied', field });
    expect(sandbox.requests.count()).toBe(0);
  });

  it.each(['key\r\nX-Injected: 1', 'kéy', 'key with space', ''])(
    'refuses a per-call API key %j before the wire',
    async (apiKey) => {
      const error = failure(
        await client.updateCustomerGroup({ id: '1', body: { group_name: 'x' } }, { apiKey }),
      );
      expect(error).toMatchObject({ kind: 'invalid_request', field: 'apiKey' });
      if (apiKey) expect(error.message).not.toContain(apiKey);
      expect(sandbox.requests.count()).toBe(0);
    },
  );

  it('refuses a malformed configured key at construction without echoing it', () => {
    expect(() => createXtrakitClient({ apiKey: 'abc\ndef' })).toThrow(/apiKey must be/);
    expect(() => createXtrakitClient({ apiKey: 'abc\ndef' })).not.toThrow(/abc/);
  });

  it('uses a per-call API key instead of the configured one', async () => {
    const error = failure(
      await client.updateCustomerGroup({ id: '1', body: { group_name: 'x' } }, { apiKey: 'other-key' }),
    );
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, outcome: 'not_applied' });
    expect(sandbox.requests.all()[0]).toMatchObject({ auth: 'bearer', authValid: false });
  });

  it('maps 404 to not_found', async () => {
    const error = failure(await client.updateCustomerGroup({ id: '999', body: { group_name: 'x' } }));
    expect(error).toMatchObject({ kind: 'not_found', status: 404, outcome: 'not_applied', attempts: 1 });
  });
});

describe('retries and faults', () => {
  const update = () => client.updateCustomerGroup({ id: '1', body: { group_name: 'Retry' } });

  it('retries a 503 after its Retry-After and succeeds', async () => {
    sandbox.faults.add({ fault: { kind: 'status', status: 503, retryAfter: '1' }, times: 1 });
    const started = performance.now();
    const result = await update();
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(sandbox.requests.count()).toBe(2);
    expect(sandbox.store.writes).toBe(1);
  });

  it('retries a 429 without Retry-After with backoff', async () => {
    sandbox.faults.add({ fault: { kind: 'status', status: 429 }, times: 2 });
    expect(await update()).toMatchObject({ ok: true, attempts: 3 });
  });

  it('gives up after 2 retries', async () => {
    sandbox.faults.add({ fault: { kind: 'status', status: 503 }, times: 5 });
    const error = failure(await update());
    expect(error).toMatchObject({
      kind: 'upstream_unavailable',
      outcome: 'not_applied',
      attempts: 3,
      status: 503,
    });
    expect(sandbox.requests.count()).toBe(3);
  });

  it('returns rate_limited at once for a Retry-After beyond the cap', async () => {
    sandbox.faults.add({ fault: { kind: 'status', status: 429, retryAfter: '3600' }, times: 1 });
    const started = performance.now();
    const error = failure(await update());
    expect(error).toMatchObject({
      kind: 'rate_limited',
      retryAfter: 3600,
      outcome: 'not_applied',
      attempts: 1,
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([500, 502, 504] as const)(
    'does not retry a %i (it may have applied): outcome unknown',
    async (status) => {
      sandbox.faults.add({ fault: { kind: 'status', status, applyWrite: true }, times: 1 });
      const error = failure(await update());
      expect(error).toMatchObject({ kind: 'upstream_unavailable', outcome: 'unknown', status, attempts: 1 });
      expect(sandbox.requests.count()).toBe(1);
    },
  );

  it('retries a 500 when the caller opts in to unsafe retries', async () => {
    const unsafe = createXtrakitClient({
      apiKey: XTRAKIT_SANDBOX_API_KEY,
      baseUrl: sandbox.url,
      retry: { retryUnsafe: true, baseDelayMs: 1 },
    });
    sandbox.faults.add({ fault: { kind: 'status', status: 500 }, times: 1 });
    expect(await unsafe.updateCustomerGroup({ id: '1', body: { group_name: 'x' } })).toMatchObject({
      ok: true,
      attempts: 2,
    });
    await unsafe.close();
  });

  it('times out a hanging vendor per attempt: timeout, unknown, not retried', async () => {
    const quick = createXtrakitClient({
      apiKey: XTRAKIT_SANDBOX_API_KEY,
      baseUrl: sandbox.url,
      timeoutMs: 200,
    });
    sandbox.faults.add({ fault: { kind: 'hang' }, times: 1 });
    const error = failure(await quick.updateCustomerGroup({ id: '1', body: { group_name: 'x' } }));
    expect(error).toMatchObject({ kind: 'timeout', outcome: 'unknown', attempts: 1 });
    expect(sandbox.requests.count()).toBe(1);
    await quick.close();
  });

  it('honours an overall deadline across attempts', async () => {
    sandbox.faults.add({ fault: { kind: 'latency', ms: 1_000 }, times: 1 });
    const started = performance.now();
    const error = failure(
      await client.updateCustomerGroup({ id: '1', body: { group_name: 'x' } }, { deadlineMs: 250 }),
    );
    expect(error.kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(900);
  });

  it('honours the caller abort signal', async () => {
    sandbox.faults.add({ fault: { kind: 'hang' }, times: 1 });
    const error = failure(
      await client.updateCustomerGroup(
        { id: '1', body: { group_name: 'x' } },
        { signal: AbortSignal.timeout(100) },
      ),
    );
    expect(error).toMatchObject({ kind: 'timeout', outcome: 'unknown' });
    expect(error.message).toContain('aborted');
  });

  it('reports a reset after the request as unknown', async () => {
    sandbox.faults.add({ fault: { kind: 'reset', applyWrite: true }, times: 1 });
    const error = failure(await update());
    expect(error).toMatchObject({ kind: 'upstream_unavailable', outcome: 'unknown', attempts: 1 });
  });

  it('reports a 200 with an HTML body as bad_response, unknown', async () => {
    sandbox.faults.add({ fault: { kind: 'html' }, times: 1 });
    const error = failure(await update());
    expect(error).toMatchObject({ kind: 'bad_response', outcome: 'unknown', attempts: 1 });
  });

  it('caps an oversized body', async () => {
    const capped = createXtrakitClient({
      apiKey: XTRAKIT_SANDBOX_API_KEY,
      baseUrl: sandbox.url,
      maxResponseBytes: 64 * 1024,
    });
    sandbox.faults.add({ fault: { kind: 'oversized', bytes: 8 * 1024 * 1024 }, times: 1 });
    const error = failure(await capped.updateCustomerGroup({ id: '1', body: { group_name: 'x' } }));
    expect(error).toMatchObject({ kind: 'bad_response', outcome: 'unknown' });
    await capped.close();
  });

  it('retries a refused connection (nothing was sent) and reports not_applied', async () => {
    const port = await closedPort();
    const offline = createXtrakitClient({
      apiKey: XTRAKIT_SANDBOX_API_KEY,
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { baseDelayMs: 1 },
    });
    const error = failure(await offline.updateCustomerGroup({ id: '1', body: { group_name: 'x' } }));
    expect(error).toMatchObject({
      kind: 'upstream_unavailable',
      outcome: 'not_applied',
      attempts: 3,
      status: null,
    });
    await offline.close();
  });

  it('reports what each attempt did through onAttempt', async () => {
    const seen: unknown[] = [];
    const observed = createXtrakitClient({
      apiKey: XTRAKIT_SANDBOX_API_KEY,
      baseUrl: sandbox.url,
      retry: { baseDelayMs: 1 },
      onAttempt: (info) => seen.push([info.operation, info.attempt, info.status, info.errorKind]),
    });
    sandbox.faults.add({ fault: { kind: 'status', status: 503 }, times: 1 });
    await observed.updateCustomerGroup({ id: '1', body: { group_name: 'x' } });
    expect(seen).toEqual([
      ['updateCustomerGroup', 1, 503, 'upstream_unavailable'],
      ['updateCustomerGroup', 2, 200, null],
    ]);
    await observed.close();
  });
});

describe('other operations and transports', () => {
  it('gets, lists and adds groups', async () => {
    expect(await client.getCustomerGroup({ id: '1' })).toMatchObject({
      ok: true,
      data: { group_name: 'Premium Customers' },
    });
    const list = await client.listCustomerGroups({ business_code: 15848484 });
    expect(list.ok && list.data.length).toBe(2);
    expect(await client.addCustomerGroup({ group_name: 'New' })).toMatchObject({ ok: true, data: { id: 3 } });
  });

  it('works over a caller-supplied fetch (Node global fetch)', async () => {
    const plain = createXtrakitClient({
      apiKey: XTRAKIT_SANDBOX_API_KEY,
      baseUrl: sandbox.url,
      fetch: globalThis.fetch,
    });
    expect(await plain.updateCustomerGroup({ id: '1', body: { group_name: 'Global' } })).toMatchObject({
      ok: true,
    });
    expect(sandbox.requests.all()[0]?.body).toEqual({ group_name: 'Global' });
  });

  it('exposes the typed openapi-fetch client', async () => {
    const { data } = await client.raw.GET('/api/v1/customer-groups/{id}', {
      params: { path: { id: '1' } },
      headers: { authorization: `Bearer ${XTRAKIT_SANDBOX_API_KEY}` },
    });
    expect(data?.data.group.id).toBe(1);
  });
});

describe('types', () => {
  it('narrows the result on ok', async () => {
    const result = await client.getCustomerGroup({ id: '1' });
    if (result.ok) {
      expectTypeOf(result.data).toEqualTypeOf<CustomerGroup>();
      expectTypeOf(result.data.group_name).toEqualTypeOf<string>();
    } else {
      expectTypeOf(result.error).toEqualTypeOf<VendorError>();
      expectTypeOf(result.error.outcome).toEqualTypeOf<'not_applied' | 'unknown'>();
    }
    expectTypeOf(client.updateCustomerGroup)
      .parameter(0)
      .toEqualTypeOf<{ id: string; body: { group_name: string; group_description?: string } }>();
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
