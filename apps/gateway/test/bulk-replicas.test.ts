// Three gateway processes (the production bundle) sharing one real Redis: a 1,000-item bulk job runs
// on all of them; the replica holding items is SIGKILLed half way; the others finish the job, the
// killed replica's items in flight are read back before anything is sent again, and every item
// reconciles with the sandbox. Progress is followed over SSE on a replica that may run no item of it.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  CAPILLARY_SANDBOX_CREDENTIALS,
  type Sandbox,
  startCapillarySandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { startTestRedis, type TestRedis } from '@loyalty-gateway/test-redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { bundleGateway } from '../scripts/bundle.mjs';
import {
  BULK_CUSTOMER,
  type Gql,
  JOB,
  reconcile,
  resultLines,
  seedXtrakit,
  status429,
  xtrakitApplied,
} from './bulk-helpers.js';

const KEY = 'replica-test-key-0123456789';
const gatewayDir = fileURLToPath(new URL('..', import.meta.url));
const bundle = fileURLToPath(new URL('../test-output/bundle-replicas/gateway.mjs', import.meta.url));

interface Replica {
  child: ChildProcess;
  url: string;
  gql: Gql;
}

async function startReplica(env: Record<string, string>): Promise<Replica> {
  const child = spawn(process.execPath, [bundle], {
    cwd: gatewayDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const line = stdout.split('\n').find((l) => l.includes('"gateway ready"'));
    if (line) {
      const url = (JSON.parse(line) as { url: string }).url;
      const gql: Gql = async (query, variables) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(20_000),
        });
        return { status: response.status, body: await response.json() };
      };
      return { child, url, gql };
    }
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`replica did not start:\n${stdout}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('bulk jobs on three replicas with one Redis', () => {
  let redis: TestRedis;
  let xtrakit: Sandbox<XtrakitStore>;
  let capillary: Sandbox<unknown>;
  const replicas: Replica[] = [];

  beforeAll(async () => {
    await (bundleGateway as (outfile: string) => Promise<string>)(bundle);
    redis = await startTestRedis();
    xtrakit = await startXtrakitSandbox({ port: 0 });
    capillary = await startCapillarySandbox({ port: 0 });
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      GATEWAY_API_KEYS: KEY,
      XTRAKIT_BASE_URL: xtrakit.url,
      XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY,
      CAPILLARY_BASE_URL: capillary.url,
      CAPILLARY_USERNAME: CAPILLARY_SANDBOX_CREDENTIALS.username,
      CAPILLARY_PASSWORD: CAPILLARY_SANDBOX_CREDENTIALS.password,
      CIRCUIT_FAILURE_THRESHOLD: '1000',
      REDIS_URL: redis.url,
      BULK_LOCK_MS: '2000',
      BULK_CHUNK_SIZE: '25',
      BULK_CONCURRENCY: '4',
    };
    for (let i = 0; i < 3; i++) replicas.push(await startReplica(env));
  }, 90_000);

  afterAll(async () => {
    for (const r of replicas) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    await Promise.all([xtrakit?.close(), capillary?.close()]);
    await redis?.close();
  });

  it('finishes a 1,000-item job after the replica running it is SIGKILLed half way, reconciled exactly', async () => {
    const ids = await seedXtrakit(xtrakit.url, 1000);
    xtrakit.requests.clear();
    const match = { method: 'PUT' };
    // Items stay in flight long enough to be caught by the kill; faults as in the single-process test.
    xtrakit.faults.add({ fault: { kind: 'latency', ms: 30 }, match });
    xtrakit.faults.add({ fault: { kind: 'status', status: 503, retryAfter: '0' }, rate: 0.03, match });
    xtrakit.faults.add({ fault: { kind: 'status', status: 500 }, rate: 0.01, match });
    xtrakit.faults.add({ fault: { kind: 'status', status: 502, applyWrite: true }, rate: 0.01, match });
    const name = (i: number) => `replicas ${i}`;
    const [victim, a, b] = replicas as [Replica, Replica, Replica];
    const { body } = await victim.gql(BULK_CUSTOMER, { items: ids.map((id, i) => ({ id, name: name(i) })) });
    const id = body.data.bulkUpdateCustomerGroups.job.id as string;
    const events = followOver(b.url, id);

    for (;;) {
      const job = (await a.gql(JOB, { id })).body.data.bulkJob;
      if (job.processed >= 500) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    victim.child.kill('SIGKILL');
    await new Promise((resolve) => victim.child.once('exit', resolve));

    const deadline = Date.now() + 90_000;
    let done: { state: string; processed: number } | null = null;
    while (Date.now() < deadline) {
      done = (await a.gql(JOB, { id })).body.data.bulkJob;
      if (done?.state !== 'RUNNING') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    xtrakit.faults.clear();
    expect(done).toMatchObject({ state: 'COMPLETED', processed: 1000 });

    const { lines } = await resultLines(b.url, id, { authorization: `Bearer ${KEY}` });
    const writes = xtrakit.store.writesByOperation.updateCustomerGroup ?? 0;
    reconcile({ lines, total: 1000, applied: xtrakitApplied(xtrakit.store, ids, name), writes });
    expect(status429(xtrakit)).toBe(0);
    // The killed replica had items in flight: they were settled by reading the group back.
    const readBack = lines.filter((l) => l.settledBy === 'READ_BACK');
    expect(readBack.length).toBeGreaterThan(0);
    // No group got a second PUT without a read (GET) in between.
    const byPath = new Map<string, string[]>();
    for (const r of xtrakit.requests.all()) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r.method]);
    for (const [path, methods] of byPath) {
      const puts = methods.map((m, i) => (m === 'PUT' ? i : -1)).filter((i) => i >= 0);
      for (let k = 1; k < puts.length; k++) {
        const between = methods.slice((puts[k - 1] as number) + 1, puts[k]);
        const retried = between.length === 0; // a 503 retry of the same call, which the vendor refused unprocessed
        expect(retried || between.includes('GET'), `${path}: ${methods.join(',')}`).toBe(true);
      }
    }
    // The subscription on another replica saw the job's steps through Redis, in order, to the end.
    const seen = await events;
    const processed = seen.map((e) => e.processed);
    expect(processed).toEqual([...processed].sort((x, y) => x - y));
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 1000 });
  }, 150_000);
});

async function followOver(url: string, id: string): Promise<Array<{ state: string; processed: number }>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${KEY}`,
    },
    body: JSON.stringify({
      query: 'subscription($id: ID!) { bulkJobProgress(id: $id) { state processed } }',
      variables: { id },
    }),
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event: next'))
    .map((block) => JSON.parse(block.split('\ndata: ')[1] as string).data.bulkJobProgress);
}
