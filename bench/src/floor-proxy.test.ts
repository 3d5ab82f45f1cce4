// The floor contestant's server as a real process (the TypeScript source through tsx) against a real
// Xtrakit sandbox on 127.0.0.1: the gateway's answer shape for one POST with exactly one sandbox
// write, and a 502 when the sandbox answers with a fault.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startXtrakitSandbox } from '@loyalty-gateway/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pinning } from './proc.js';
import { type FloorProxy, startFloorProxy } from './processes.js';

const here = dirname(fileURLToPath(import.meta.url));
const noPin: Pinning = { enabled: false, serverCore: null, loadCore: null, note: 'test' };
const body = (name: string) =>
  JSON.stringify({
    query: 'mutation { ignored }',
    variables: { input: { id: '1', name, description: 'from the floor test' } },
  });

describe('floor proxy (floor-proxy.ts)', () => {
  let sandbox: Awaited<ReturnType<typeof startXtrakitSandbox>>;
  let proxy: FloorProxy;

  beforeAll(async () => {
    sandbox = await startXtrakitSandbox({ host: '127.0.0.1', port: 0 });
    // The workspace packages' sources, as vitest itself resolves them: the test needs no build.
    proxy = await startFloorProxy(noPin, null, sandbox.url, [
      '--conditions=@loyalty-gateway/source',
      '--import',
      'tsx',
      join(here, 'floor-proxy.ts'),
    ]);
  }, 30_000);

  afterAll(async () => {
    await proxy?.stop();
    await sandbox?.close();
  });

  const post = (name: string) =>
    fetch(`${proxy.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(name),
      signal: AbortSignal.timeout(5_000),
    });

  it('answers one POST with the gateway-shaped JSON and exactly one sandbox write', async () => {
    const before = sandbox.store.writes;
    const res = await post('Floor group');
    expect(res.status).toBe(200);
    const json = (await res.json()) as {
      data: { updateCustomerGroup: { customerGroup: { updatedAt: string } } };
    };
    expect(json).toEqual({
      data: {
        updateCustomerGroup: {
          outcome: 'APPLIED',
          customerGroup: {
            id: '1',
            name: 'Floor group',
            description: 'from the floor test',
            updatedAt: json.data.updateCustomerGroup.customerGroup.updatedAt,
          },
          userErrors: [],
        },
      },
    });
    expect(json.data.updateCustomerGroup.customerGroup.updatedAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(sandbox.store.writes - before).toBe(1);
  });

  it('answers 502 when the sandbox answers with a fault, and recovers after it', async () => {
    const fault = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fault: { kind: 'status', status: 503 }, times: 1 }),
    });
    expect(fault.status).toBe(201);
    await fault.arrayBuffer();
    const before = sandbox.store.writes;
    const failed = await post('Not written');
    expect(failed.status).toBe(502);
    await failed.arrayBuffer();
    expect(sandbox.store.writes - before).toBe(0);

    const next = await post('Written again');
    expect(next.status).toBe(200);
    expect(await next.text()).toContain('"name":"Written again"');
    expect(sandbox.store.writes - before).toBe(1);
  });
});
