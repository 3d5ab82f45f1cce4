// The gateway as `pnpm start` runs it: its one-file bundle (scripts/bundle.mjs, built here from the
// sources) as a real process on its embedded default, stopped by SIGTERM with a mutation in flight (it
// finishes, exit 0); GraphiQL and the sandboxes load from outside the bundle; a bad configuration
// exits 78 without the secret.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  CAPILLARY_SANDBOX_CREDENTIALS,
  startCapillarySandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
} from '@loyalty-gateway/sandboxes';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { bundleGateway } from '../scripts/bundle.mjs';
import { startOtlpReceiver } from './otlp-receiver.js';

const gatewayDir = fileURLToPath(new URL('..', import.meta.url));
const bundle = fileURLToPath(new URL('../test-output/bundle/gateway.mjs', import.meta.url));
const children: ChildProcess[] = [];

beforeAll(async () => {
  await (bundleGateway as (outfile: string) => Promise<string>)(bundle);
}, 60_000);

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, [bundle], {
    cwd: gatewayDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const output = () => ({ stdout, stderr });
  const ready = async (): Promise<string> => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const line = stdout.split('\n').find((l) => l.includes('"gateway ready"'));
      if (line) return (JSON.parse(line) as { url: string }).url;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`gateway did not start:\n${stdout}\n${stderr}`);
  };
  return { child, exited, output, ready };
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('the gateway process', () => {
  it('starts on the embedded sandboxes with no configuration and drains on SIGTERM (exit 0)', async () => {
    const gateway = startMain({ PORT: '0' });
    const url = await gateway.ready();
    const banner = gateway.output().stdout;
    const xtrakitSandbox = /Xtrakit sandbox:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
    expect(xtrakitSandbox).toBeDefined();
    // GraphiQL's renderer is left out of the bundle and imported on first use.
    const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<title>loyalty-gateway<\/title>[\s\S]*graphiql/i);

    // Slow the vendor down so the mutation is still in flight when SIGTERM arrives.
    const fault = await fetch(`${xtrakitSandbox}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fault: { kind: 'latency', ms: 500 }, times: 1 }),
    });
    expect(fault.ok).toBe(true);
    const mutation = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { updateCustomerGroup(input: {id: "1", name: "drained"}) { outcome customerGroup { name } } }',
      }),
    }).then(
      (r) =>
        r.json() as Promise<{
          data: { updateCustomerGroup: { outcome: string; customerGroup: { name: string } } };
        }>,
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    gateway.child.kill('SIGTERM');
    const result = await mutation;
    expect(result.data.updateCustomerGroup).toEqual({
      outcome: 'APPLIED',
      customerGroup: { name: 'drained' },
    });
    expect(await gateway.exited).toBe(0);
    expect(gateway.output().stdout).toContain('"msg":"stopped"');
  });

  it('runs in production against configured vendors (as the benchmark does): key required, mutation applied', async () => {
    const xtrakit = await startXtrakitSandbox({ port: 0 });
    const capillary = await startCapillarySandbox({ port: 0 });
    try {
      const apiKey = 'bundle-test-gateway-key-0123456789abcdef';
      const gateway = startMain({
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        GATEWAY_API_KEYS: apiKey,
        XTRAKIT_BASE_URL: xtrakit.url,
        XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY,
        CAPILLARY_BASE_URL: capillary.url,
        CAPILLARY_USERNAME: CAPILLARY_SANDBOX_CREDENTIALS.username,
        CAPILLARY_PASSWORD: CAPILLARY_SANDBOX_CREDENTIALS.password,
      });
      const url = await gateway.ready();
      const post = (authorization: string | null) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(authorization ? { authorization } : {}),
          },
          body: JSON.stringify({
            query:
              'mutation { updateCustomerGroup(input: {id: "1", name: "bundled"}) { outcome customerGroup { name } } ' +
              'updateUserGroup(input: {group: {id: "51334"}, name: "bundled"}) { outcome } }',
          }),
        });
      expect((await post(null)).status).toBe(401);
      expect(xtrakit.store.writes).toBe(0);
      const reply = await post(`Bearer ${apiKey}`);
      expect(reply.status).toBe(200);
      expect(await reply.json()).toEqual({
        data: {
          updateCustomerGroup: { outcome: 'APPLIED', customerGroup: { name: 'bundled' } },
          updateUserGroup: { outcome: 'APPLIED' },
        },
      });
      expect(xtrakit.store.writes).toBe(1);
      expect(capillary.store.writes).toBe(1);
      // No embedded sandbox was started: the banner is development-only and names none.
      expect(gateway.output().stdout).not.toContain('sandbox');
      // Log lines go out in blocks (logging.ts), but an idle gateway writes what it holds within
      // LOG_FLUSH_MS (250 ms): both operation lines arrive with the process still running.
      const operationLines = () => gateway.output().stdout.match(/"msg":"operation"/g)?.length ?? 0;
      const sent = Date.now();
      while (operationLines() < 2 && Date.now() - sent < 5_000)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(operationLines()).toBe(2);
      expect(Date.now() - sent).toBeLessThan(2_000);
      expect(gateway.child.exitCode).toBeNull();
      gateway.child.kill('SIGTERM');
      expect(await gateway.exited).toBe(0);
      // Whatever was still held is written before the exit.
      expect(gateway.output().stdout).toMatch(/"msg":"draining"[\s\S]*"msg":"stopped"/);
    } finally {
      await Promise.all([xtrakit.close(), capillary.close()]);
    }
  });

  it('traces from the bundle in production (OTEL_EXPORTER_OTLP_ENDPOINT): spans of both mutations exported by SIGTERM', async () => {
    const xtrakit = await startXtrakitSandbox({ port: 0 });
    const capillary = await startCapillarySandbox({ port: 0 });
    const receiver = await startOtlpReceiver();
    try {
      const apiKey = 'bundle-test-gateway-key-0123456789abcdef';
      const gateway = startMain({
        NODE_ENV: 'production',
        PORT: '0',
        GATEWAY_API_KEYS: apiKey,
        XTRAKIT_BASE_URL: xtrakit.url,
        XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY,
        CAPILLARY_BASE_URL: capillary.url,
        CAPILLARY_USERNAME: CAPILLARY_SANDBOX_CREDENTIALS.username,
        CAPILLARY_PASSWORD: CAPILLARY_SANDBOX_CREDENTIALS.password,
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_SERVICE_NAME: 'bundled-gateway',
      });
      const url = await gateway.ready();
      const reply = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({
          query:
            'mutation Both { updateCustomerGroup(input: {id: "1", name: "traced"}) { outcome } ' +
            'updateUserGroup(input: {group: {id: "51334"}, name: "traced"}) { outcome } }',
        }),
      });
      expect(reply.status).toBe(200);
      gateway.child.kill('SIGTERM');
      expect(await gateway.exited).toBe(0);
      const operation = receiver.spans.find((s) => s.name === 'mutation Both');
      expect(operation).toMatchObject({
        resource: { 'service.name': 'bundled-gateway' },
        attributes: { 'gateway.root_field': 'updateCustomerGroup,updateUserGroup' },
      });
      const children = receiver.spans.filter((s) => s.parentSpanId === operation?.spanId).map((s) => s.name);
      expect(children.sort()).toEqual(['PUT /api/v1/customer-groups/{id}', 'PUT /v2/userGroup2']);
      expect(xtrakit.requests.all()[0]?.traceparent).toContain(operation?.traceId);
    } finally {
      await Promise.all([xtrakit.close(), capillary.close(), receiver.close()]);
    }
  });

  it('still stops (exit 0) on SIGTERM when its standard output was closed (a log pipe gone)', async () => {
    const gateway = startMain({ PORT: '0' });
    await gateway.ready();
    gateway.child.stdout?.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    gateway.child.kill('SIGTERM');
    // Before the fix, pino's exit hook retried the write to the closed pipe forever: the test timed out.
    expect(await gateway.exited).toBe(0);
    expect(gateway.output().stderr).toContain('log output failed (EPIPE)');
  });

  it('exits 78 on a bad configuration, naming the variable and not printing the value', async () => {
    const secret = 'canary-secret-value-0123456789';
    const gateway = startMain({
      XTRAKIT_BASE_URL: `https://user:${secret}@api.xtrakit.com`,
      XTRAKIT_API_KEY: secret,
    });
    expect(await gateway.exited).toBe(78);
    const { stdout, stderr } = gateway.output();
    expect(stderr).toContain('XTRAKIT_BASE_URL');
    expect(stdout + stderr).not.toContain(secret);
  });
});
