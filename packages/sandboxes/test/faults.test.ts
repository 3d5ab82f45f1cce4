import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type Sandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '../src/index.js';

let sandbox: Sandbox<XtrakitStore>;
const headers = { authorization: `Bearer ${XTRAKIT_SANDBOX_API_KEY}`, 'content-type': 'application/json' };
const body = JSON.stringify({ group_name: 'Faulty' });

beforeAll(async () => {
  sandbox = await startXtrakitSandbox({ checkContract: true });
});
afterEach(() => {
  sandbox.faults.clear();
  sandbox.store.reset();
  sandbox.requests.clear();
});
afterAll(async () => {
  expect(sandbox.contractViolations).toEqual([]);
  await sandbox.close();
});

const put = () => fetch(`${sandbox.url}/api/v1/customer-groups/1`, { method: 'PUT', headers, body });

/** A raw request that reports how it ended: a status, a reset, or nothing within `waitMs`. */
function rawPut(
  waitMs: number,
): Promise<{ status?: number; bytes?: number; ended: 'response' | 'error' | 'timeout' | 'aborted' }> {
  return new Promise((resolve) => {
    const url = new URL(`${sandbox.url}/api/v1/customer-groups/1`);
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'PUT', headers },
      (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => {
          bytes += c.length;
        });
        res.on('end', () => resolve({ status: res.statusCode, bytes, ended: 'response' }));
        res.on('error', () => resolve({ status: res.statusCode, bytes, ended: 'aborted' }));
        res.on('aborted', () => resolve({ status: res.statusCode, bytes, ended: 'aborted' }));
      },
    );
    req.on('error', () => resolve({ ended: 'error' }));
    req.setTimeout(waitMs, () => {
      req.destroy();
      resolve({ ended: 'timeout' });
    });
    req.end(body);
  });
}

describe('fault injection', () => {
  it('answers a fixed status for the next N requests, with Retry-After, then recovers', async () => {
    sandbox.faults.add({ fault: { kind: 'status', status: 503, retryAfter: '1' }, times: 2 });
    const first = await put();
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(await first.json()).toEqual({ status: 503, error: 'Service Unavailable' });
    expect((await put()).status).toBe(503);
    expect((await put()).status).toBe(200);
    expect(sandbox.store.writes).toBe(1);
    expect(sandbox.requests.all().map((e) => e.fault)).toEqual(['status', 'status', null]);
  });

  it.each([429, 500, 502, 504] as const)('injects %i without applying the write', async (status) => {
    sandbox.faults.add({ fault: { kind: 'status', status }, times: 1 });
    expect((await put()).status).toBe(status);
    expect(sandbox.store.writes).toBe(0);
  });

  it('a 500 with applyWrite applies the write and then fails (the outcome is unknown to the caller)', async () => {
    sandbox.faults.add({ fault: { kind: 'status', status: 500, applyWrite: true }, times: 1 });
    expect((await put()).status).toBe(500);
    expect(sandbox.store.writes).toBe(1);
    expect(sandbox.store.get(1)?.group_name).toBe('Faulty');
  });

  it('applies a fraction of requests with rate', async () => {
    sandbox.faults.add({ fault: { kind: 'status', status: 500 }, rate: 0.5 });
    const statuses = [];
    for (let i = 0; i < 40; i++) statuses.push((await put()).status);
    const failed = statuses.filter((s) => s === 500).length;
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(35);
    expect(sandbox.store.writes).toBe(40 - failed);
  });

  it('adds latency', async () => {
    sandbox.faults.add({ fault: { kind: 'latency', ms: 150 }, times: 1 });
    const started = performance.now();
    expect((await put()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('hangs after reading the request (nothing applied) until close', async () => {
    sandbox.faults.add({ fault: { kind: 'hang' }, times: 1 });
    expect(await rawPut(300)).toEqual({ ended: 'timeout' });
    expect(sandbox.store.writes).toBe(0);
    expect(sandbox.requests.all()[0]).toMatchObject({ fault: 'hang', status: null });
  });

  it('resets the connection after the request', async () => {
    sandbox.faults.add({ fault: { kind: 'reset' }, times: 1 });
    expect((await rawPut(2000)).ended).toBe('error');
    expect(sandbox.store.writes).toBe(0);
  });

  it('answers 200 with an HTML body (after applying the write)', async () => {
    sandbox.faults.add({ fault: { kind: 'html' }, times: 1 });
    const res = await put();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<html>');
    expect(sandbox.store.writes).toBe(1);
  });

  it('truncates the body mid-way', async () => {
    sandbox.faults.add({ fault: { kind: 'truncated' }, times: 1 });
    const res = await rawPut(2000);
    expect(res.status).toBe(200);
    expect(res.ended).toBe('aborted');
  });

  it('sends an oversized body', async () => {
    sandbox.faults.add({ fault: { kind: 'oversized', bytes: 3 * 1024 * 1024 }, times: 1 });
    const res = await rawPut(5000);
    expect(res).toMatchObject({ status: 200, ended: 'response' });
    expect(res.bytes).toBeGreaterThan(3 * 1024 * 1024);
  });

  it('sends headers and then stalls the body', async () => {
    sandbox.faults.add({ fault: { kind: 'stall-body' }, times: 1 });
    const res = await rawPut(300);
    expect(res.ended).toBe('timeout');
  });

  it('matches faults by operationId and method', async () => {
    sandbox.faults.add({
      fault: { kind: 'status', status: 500 },
      match: { operationId: 'getCustomerGroup' },
    });
    expect((await put()).status).toBe(200);
    expect((await fetch(`${sandbox.url}/api/v1/customer-groups/1`, { headers })).status).toBe(500);
  });

  it('is driven by the admin endpoint too', async () => {
    const added = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ fault: { kind: 'status', status: 429, retryAfter: '3600' }, times: 1 }),
    });
    expect(added.status).toBe(201);
    expect((await put()).status).toBe(429);
    const bad = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      body: '{"fault":{"kind":"explode"}}',
    });
    expect(bad.status).toBe(400);
    const log = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { requests: unknown[] };
    expect(log.requests).toHaveLength(1);
    await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
    expect(sandbox.requests.count()).toBe(0);
  });
});

describe('SANDBOX_FAULTS', () => {
  it('injects faults at start from the environment', async () => {
    process.env.SANDBOX_FAULTS = JSON.stringify([{ fault: { kind: 'status', status: 503 }, times: 1 }]);
    const other = await startXtrakitSandbox();
    delete process.env.SANDBOX_FAULTS;
    const res = await fetch(`${other.url}/api/v1/customer-groups/1`, { headers });
    expect(res.status).toBe(503);
    await other.close();
  });
});
