// Vendor faults, injected in the sandboxes and seen through the gateway: the payload's outcome tells
// the truth about vendor state (the sandbox store is the witness), retries happen only where nothing
// can have been applied, answers are bounded in time and size, a failing vendor is isolated by its
// circuit breaker, and neither a vanishing client nor SIGTERM loses a write without reporting it.
import { connect } from 'node:net';
import type { Fault } from '@loyalty-gateway/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertNoCanary, CANARIES, CANARY_USERNAME } from '../src/canaries.js';
import { expectHealthy, expectNoCanaryIn, expectPayload } from '../src/checks.js';
import {
  closedPortUrl,
  eventually,
  GATEWAY_AUTH,
  type Observed,
  type Stack,
  startStack,
  UPDATE_CUSTOMER_GROUP,
  UPDATE_USER_GROUP,
} from '../src/harness.js';
import { exitCode, spawnGateway } from '../src/process.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('one fault at a time (per-attempt timeout 1 s)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      tap: true,
      capillarySandbox: { maxGroupSizeCap: 1000 },
      env: { VENDOR_TIMEOUT_MS: '1000', CIRCUIT_FAILURE_THRESHOLD: '1000' },
    });
  });
  afterAll(async () => {
    stack?.assertNoLeaks();
    await stack?.stop();
  });
  beforeEach(() => stack.reset());

  const onPut = (fault: Fault, times = 1) =>
    stack.xtrakit.faults.add({ fault, times, match: { operationId: 'updateCustomerGroup' } });
  const onCapillaryPut = (fault: Fault, times = 1) =>
    stack.capillary.faults.add({ fault, times, match: { operationId: 'updateUserGroup' } });
  const rename = (name: string, id = '1') =>
    stack.observe(() => stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id, name } }));
  const capillaryUpdate = (input: Record<string, unknown>) =>
    stack.observe(() => stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '51334' }, ...input } }));
  const xtrakitOnly = (n: number) => ({ xtrakit: n, capillary: 0 });

  it('503 with Retry-After: 1, then success: one retry, APPLIED', async () => {
    onPut({ kind: 'status', status: 503, retryAfter: '1' });
    const observed = await rename('after a 503');
    expectPayload(observed, 'updateCustomerGroup', { outcome: 'APPLIED', calls: xtrakitOnly(2) });
    expect(stack.xtrakit.store.get(1)?.group_name).toBe('after a 503');
    expect(stack.xtrakit.store.writes).toBe(1);
  });

  it.each([
    ['429 with Retry-After: 3600', 429, '3600', 3600],
    ['503 with Retry-After: 3600', 503, '3600', 3600],
    // The date is made when the case runs: made at file load, a slow machine ate into the margin.
    ['429 with an HTTP-date an hour ahead', 429, () => new Date(Date.now() + 3_600_000).toUTCString(), 3600],
  ] as const)(
    '%s: no sleeping, RATE_LIMITED with the retry time, NOT_APPLIED, one call',
    async (_n, status, retryAfterValue, seconds) => {
      const retryAfter = typeof retryAfterValue === 'function' ? retryAfterValue() : retryAfterValue;
      onPut({ kind: 'status', status, retryAfter });
      const payload = expectPayload(await rename('too soon'), 'updateCustomerGroup', {
        outcome: 'NOT_APPLIED',
        userError: 'RATE_LIMITED',
        calls: xtrakitOnly(1),
      });
      expect(Math.abs(payload.userErrors[0].retryAfterSeconds - seconds)).toBeLessThanOrEqual(2);
    },
  );

  // Every unclear answer is settled by reading the group back (issue 14): PUT then GET, and one more
  // PUT only after a complete 5xx whose read proves the change was not applied.
  it.each([
    [
      '500 after the vendor applied the write',
      { kind: 'status', status: 500, applyWrite: true },
      'APPLIED',
      2,
    ],
    ['500 before the vendor acted (read back, sent again)', { kind: 'status', status: 500 }, 'APPLIED', 3],
    ['502 after the write', { kind: 'status', status: 502, applyWrite: true }, 'APPLIED', 2],
    ['504 after the write', { kind: 'status', status: 504, applyWrite: true }, 'APPLIED', 2],
    ['a reset after the write', { kind: 'reset', applyWrite: true }, 'APPLIED', 2],
    ['a hang after the write', { kind: 'hang', applyWrite: true }, 'APPLIED', 2],
    ['a 200 with an HTML body', { kind: 'html' }, 'APPLIED', 2],
    ['a 200 cut off halfway', { kind: 'truncated' }, 'APPLIED', 2],
    ['a 200 whose body stalls', { kind: 'stall-body' }, 'APPLIED', 2],
  ] as const)('%s: %s by read-back, %i calls, written once', async (_n, fault, outcome, calls) => {
    onPut(fault);
    const observed = await rename('maybe applied');
    const payload = expectPayload(observed, 'updateCustomerGroup', {
      outcome,
      calls: xtrakitOnly(calls),
      changed: { xtrakit: true, capillary: false },
    });
    expect(payload.customerGroup.name).toBe('maybe applied');
    expect(stack.xtrakit.store.writes).toBe(1);
  });

  it.each([
    ['a 504 before the vendor acted', 'VENDOR_UNAVAILABLE', { kind: 'status', status: 504 }],
    ['a reset before the write', 'VENDOR_UNAVAILABLE', { kind: 'reset' }],
    ['a hang before the write', 'VENDOR_TIMEOUT', { kind: 'hang' }],
  ] as const)(
    '%s: the read shows other values and the write may be in flight: UNKNOWN (never NOT_APPLIED), %s, not sent again',
    async (_n, code, fault) => {
      onPut(fault);
      const observed = await rename('maybe in flight');
      expectPayload(observed, 'updateCustomerGroup', {
        outcome: 'UNKNOWN',
        userError: code,
        calls: xtrakitOnly(2),
        // UNKNOWN promises nothing either way; the store says what really happened.
        changed: { xtrakit: false, capillary: false },
      });
      expect(stack.xtrakit.store.writes).toBe(0);
    },
  );

  it('a hang frees its socket after the timeout (the hung connection is closed)', async () => {
    onPut({ kind: 'hang' });
    const marker = 'hung-request-marker';
    const observed = await rename(marker);
    expectPayload(observed, 'updateCustomerGroup', {
      outcome: 'UNKNOWN',
      userError: 'VENDOR_TIMEOUT',
      // The PUT that hung, and the read-back that found the group unchanged.
      calls: xtrakitOnly(2),
    });
    const tap = stack.taps.xtrakit;
    const hung = tap?.connections.filter((c) => c.sent.includes(marker)) ?? [];
    expect(hung).toHaveLength(1);
    expect(await eventually(() => hung.every((c) => !c.open), 2_000)).toBe(true);
  });

  it('an oversized 200 body (64 MiB) is capped, never believed, only a few MiB are read; the read-back settles it', async () => {
    onPut({ kind: 'oversized', bytes: 64 * 1024 * 1024 });
    const before = stack.taps.xtrakit?.bytesToGateway ?? 0;
    const observed = await rename('oversized');
    expectPayload(observed, 'updateCustomerGroup', {
      outcome: 'APPLIED',
      calls: xtrakitOnly(2),
      changed: { xtrakit: true, capillary: false },
    });
    const read = (stack.taps.xtrakit?.bytesToGateway ?? 0) - before;
    expect(read).toBeGreaterThan(1024 * 1024);
    expect(read).toBeLessThan(16 * 1024 * 1024);
  });

  it('404: NOT_FOUND user error, NOT_APPLIED, not retried', async () => {
    expectPayload(await rename('nobody', '999'), 'updateCustomerGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'NOT_FOUND',
      calls: xtrakitOnly(1),
    });
  });

  it('Capillary 1632 (no such group): NOT_FOUND with the vendor code, not retried', async () => {
    const observed = await stack.observe(() =>
      stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '424242' }, name: 'nobody' } }),
    );
    const payload = expectPayload(observed, 'updateUserGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'NOT_FOUND',
      calls: { xtrakit: 0, capillary: 1 },
    });
    expect(payload.userErrors[0].vendorCode).toBe('1632');
  });

  it('Capillary 1639 (over the configured group-size cap): VENDOR_REJECTED with the vendor code, not retried', async () => {
    const payload = expectPayload(await capillaryUpdate({ maxGroupSize: 5000 }), 'updateUserGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'VENDOR_REJECTED',
      calls: { xtrakit: 0, capillary: 1 },
    });
    expect(payload.userErrors[0].vendorCode).toBe('1639');
  });

  it.each([
    ['91016 (an unknown extended field)', [{ name: 'no_such_field', value: '1' }], 91016],
    ['91017 (a value of the wrong type)', [{ name: 'platinum', value: 'not a number' }], 91017],
  ])('Capillary warning %s: APPLIED_WITH_WARNINGS, the rest applied', async (_n, extendedFields, code) => {
    const payload = expectPayload(
      await capillaryUpdate({ name: 'with warnings', extendedFields }),
      'updateUserGroup',
      { outcome: 'APPLIED_WITH_WARNINGS', calls: { xtrakit: 0, capillary: 1 } },
    );
    expect(payload.warnings.map((w: { code: number }) => w.code)).toEqual([code]);
    expect(payload.userGroup.name).toBe('with warnings');
    expect(stack.capillary.store.get(51334)).toMatchObject({
      groupName: 'with warnings',
      extendedFields: { platinum: 35 },
    });
  });

  it('Capillary faults follow the same rules: 503 + Retry-After retried once, a hang settled by read-back', async () => {
    onCapillaryPut({ kind: 'status', status: 503, retryAfter: '0' });
    expectPayload(await capillaryUpdate({ maxGroupSize: 7 }), 'updateUserGroup', {
      outcome: 'APPLIED',
      calls: { xtrakit: 0, capillary: 2 },
    });
    onCapillaryPut({ kind: 'hang', applyWrite: true });
    expectPayload(await capillaryUpdate({ maxGroupSize: 8 }), 'updateUserGroup', {
      outcome: 'APPLIED',
      calls: { xtrakit: 0, capillary: 2 },
      changed: { xtrakit: false, capillary: true },
    });
    onCapillaryPut({ kind: 'hang' });
    expectPayload(await capillaryUpdate({ maxGroupSize: 9 }), 'updateUserGroup', {
      outcome: 'UNKNOWN',
      userError: 'VENDOR_TIMEOUT',
      calls: { xtrakit: 0, capillary: 2 },
    });
    expect(stack.capillary.store.get(51334)?.maxGroupSize).toBe(8);
  });

  it.each([
    ['closes its socket while waiting', 'destroy'],
    ['half-closes right after sending', 'end'],
  ] as const)('a client that %s: the write completes once and its outcome is logged', async (_n, how) => {
    // Slower than the client's patience, faster than the 1 s vendor timeout.
    stack.xtrakit.faults.add({ fault: { kind: 'latency', ms: 300 }, times: 1 });
    const name = `client gone (${how})`;
    const body = JSON.stringify({ query: UPDATE_CUSTOMER_GROUP, variables: { input: { id: '1', name } } });
    const logsBefore = stack.logs.length;
    const { port } = new URL(stack.url);
    await new Promise<void>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: Number(port) }, () => {
        const request = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${CANARIES.gatewayKey}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
        if (how === 'end') socket.end(request);
        else socket.write(request);
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', reject);
    });
    expect(await eventually(() => stack.xtrakit.store.writes === 1, 3_000)).toBe(true);
    const logged = (l: string) => l.includes('"field":"updateCustomerGroup","outcome":"APPLIED"');
    expect(await eventually(() => stack.logs.slice(logsBefore).some(logged), 3_000)).toBe(true);
    expect(stack.xtrakit.requests.count()).toBe(1);
    expect(stack.xtrakit.store.get(1)?.group_name).toBe(name);
    await expectHealthy(stack);
  });

  it('stays healthy after the fault cases', () => expectHealthy(stack));
});

describe('connection refused', () => {
  let stack: Stack;
  beforeAll(async () => {
    const closed = await closedPortUrl();
    stack = await startStack({
      xtrakitUrl: closed,
      capillaryUrl: closed,
      env: { CIRCUIT_FAILURE_THRESHOLD: '1000' },
    });
  });
  afterAll(async () => {
    stack?.assertNoLeaks();
    await stack?.stop();
  });

  it('nothing was sent, so it is retried (3 attempts) and reported NOT_APPLIED / VENDOR_UNAVAILABLE', async () => {
    const x = await stack.observe(() => stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'x' } }));
    expectPayload(x, 'updateCustomerGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'VENDOR_UNAVAILABLE',
      calls: { xtrakit: 0, capillary: 0 },
    });
    const c = await stack.observe(() =>
      stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '51334' }, name: 'x' } }),
    );
    expectPayload(c, 'updateUserGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'VENDOR_UNAVAILABLE',
      calls: { xtrakit: 0, capillary: 0 },
    });
    const metrics = (await stack.http('/metrics')).text;
    expect(metrics).toMatch(
      /gateway_upstream_duration_seconds_count\{vendor="xtrakit",operation="updateCustomerGroup",status="none"\} 3/,
    );
    expect(metrics).toMatch(
      /gateway_upstream_duration_seconds_count\{vendor="capillary",operation="updateUserGroup",status="none"\} 3/,
    );
    expect((await stack.http('/healthz')).status).toBe(200);
  });
});

describe('circuit breaker (threshold 3, cool-down 1 s)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      // Settlement off: the breaker's own counts (a successful read-back is a call that closes it).
      env: {
        CIRCUIT_FAILURE_THRESHOLD: '3',
        CIRCUIT_COOLDOWN_MS: '1000',
        VENDOR_TIMEOUT_MS: '1000',
        SETTLE_UNKNOWN: 'off',
      },
    });
  });
  afterAll(async () => {
    stack?.assertNoLeaks();
    await stack?.stop();
  });

  const rename = (name: string) =>
    stack.observe(() => stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name } }));
  const outcomeOf = (o: Observed) => o.reply.body.data.updateCustomerGroup;

  it('opens after sustained failure, fails fast with zero calls, lets exactly one probe through, and closes after a good probe', async () => {
    stack.xtrakit.faults.add({
      fault: { kind: 'status', status: 502 },
      match: { operationId: 'updateCustomerGroup' },
    });
    for (let i = 0; i < 3; i++) {
      expectPayload(await rename(`failing ${i}`), 'updateCustomerGroup', {
        outcome: 'UNKNOWN',
        userError: 'VENDOR_UNAVAILABLE',
        calls: { xtrakit: 1, capillary: 0 },
      });
    }
    const fast = await rename('while open');
    expectPayload(fast, 'updateCustomerGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'VENDOR_UNAVAILABLE',
      calls: { xtrakit: 0, capillary: 0 },
    });
    expect(outcomeOf(fast).userErrors[0].message).toMatch(/circuit breaker is open/);

    // The other vendor has its own breaker.
    expectPayload(
      await stack.observe(() =>
        stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '51334' }, name: 'still up' } }),
      ),
      'updateUserGroup',
      { outcome: 'APPLIED', calls: { xtrakit: 0, capillary: 1 } },
    );

    // Half-open while the vendor is still failing: five concurrent calls, one probe; it fails and re-opens.
    await sleep(1100);
    const before = stack.calls().xtrakit;
    const probes = await Promise.all(Array.from({ length: 5 }, (_, i) => rename(`probe ${i}`)));
    expect(stack.calls().xtrakit - before).toBe(1);
    const outcomes = probes.map((p) => outcomeOf(p).outcome).sort();
    expect(outcomes).toEqual(['NOT_APPLIED', 'NOT_APPLIED', 'NOT_APPLIED', 'NOT_APPLIED', 'UNKNOWN']);
    expectPayload(await rename('re-opened'), 'updateCustomerGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'VENDOR_UNAVAILABLE',
      calls: { xtrakit: 0, capillary: 0 },
    });

    // The vendor recovers: after the cool-down the probe succeeds and the circuit closes.
    stack.xtrakit.faults.clear();
    await sleep(1100);
    expectPayload(await rename('recovered'), 'updateCustomerGroup', {
      outcome: 'APPLIED',
      calls: { xtrakit: 1, capillary: 0 },
    });
    expectPayload(await rename('closed again'), 'updateCustomerGroup', {
      outcome: 'APPLIED',
      calls: { xtrakit: 1, capillary: 0 },
    });
    await expectHealthy(stack);
  });
});

describe('one vendor hanging', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { VENDOR_TIMEOUT_MS: '3000', CIRCUIT_FAILURE_THRESHOLD: '1000' } });
  });
  afterAll(async () => {
    stack?.assertNoLeaks();
    await stack?.stop();
  });

  it("does not slow the other vendor: Capillary mutations complete while Xtrakit's are still hanging", async () => {
    stack.xtrakit.faults.add({
      fault: { kind: 'hang' },
      times: 3,
      match: { operationId: 'updateCustomerGroup' },
    });
    let settled = 0;
    const hanging = Array.from({ length: 3 }, (_, i) =>
      stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: `hanging ${i}` } }).finally(() => {
        settled++;
      }),
    );
    expect(await eventually(() => stack.xtrakit.requests.count() === 3, 2_500)).toBe(true);
    for (let i = 0; i < 10; i++) {
      const reply = await stack.gql(UPDATE_USER_GROUP, {
        input: { group: { id: '51334' }, maxGroupSize: 10 + i },
      });
      expect(reply.body.data.updateUserGroup.outcome).toBe('APPLIED');
    }
    expect(settled).toBe(0);
    const replies = await Promise.all(hanging);
    for (const reply of replies) {
      expect(reply.body.data.updateCustomerGroup).toMatchObject({
        outcome: 'UNKNOWN',
        userErrors: [{ code: 'VENDOR_TIMEOUT' }],
      });
      expectNoCanaryIn(reply);
    }
    expect(stack.xtrakit.store.writes).toBe(0);
    expect(stack.capillary.store.get(51334)?.maxGroupSize).toBe(19);
  });
});

describe('SIGTERM with mutations in flight (a real process)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const envFor = (extra: Record<string, string> = {}) => ({
    NODE_ENV: 'production',
    PORT: '0',
    GATEWAY_API_KEYS: CANARIES.gatewayKey,
    XTRAKIT_BASE_URL: stack.xtrakit.url,
    XTRAKIT_API_KEY: CANARIES.xtrakitApiKey,
    CAPILLARY_BASE_URL: stack.capillary.url,
    CAPILLARY_USERNAME: CANARY_USERNAME,
    CAPILLARY_PASSWORD: CANARIES.capillaryPassword,
    LOG_LEVEL: 'debug',
    ...extra,
  });
  const send = (url: string, query: string, input: Record<string, unknown>) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...GATEWAY_AUTH },
      body: JSON.stringify({ query, variables: { input } }),
      signal: AbortSignal.timeout(15_000),
    }).then(
      async (r) => ({ status: r.status, text: await r.text() }),
      (error: Error) => ({ status: 0, text: `${error.name}: ${error.message}` }),
    );

  it('every in-flight mutation finishes and is answered, new work is refused, exit 0, nothing leaked', async () => {
    stack.reset();
    const gateway = spawnGateway(envFor({ VENDOR_TIMEOUT_MS: '1500' }));
    try {
      const url = await gateway.ready();
      stack.xtrakit.faults.add({ fault: { kind: 'latency', ms: 800 }, times: 4 });
      stack.capillary.faults.add({
        fault: { kind: 'hang' },
        times: 1,
        match: { operationId: 'updateUserGroup' },
      });
      const inFlight = [
        ...Array.from({ length: 4 }, (_, i) =>
          send(url, UPDATE_CUSTOMER_GROUP, { id: '1', name: `drained ${i}` }),
        ),
        send(url, UPDATE_USER_GROUP, { group: { id: '51334' }, name: 'hung at shutdown' }),
      ];
      expect(
        await eventually(
          () => stack.xtrakit.requests.count() === 4 && stack.capillary.requests.count() === 1,
          5_000,
        ),
      ).toBe(true);
      gateway.child.kill('SIGTERM');
      expect(await eventually(() => gateway.stdout().includes('"msg":"draining"'), 5_000)).toBe(true);
      const late = await send(url, UPDATE_CUSTOMER_GROUP, { id: '2', name: 'too late' });
      const replies = await Promise.all(inFlight);
      const outcomes = replies.map((r) => {
        const body = JSON.parse(r.text) as { data: Record<string, { outcome: string }> };
        return Object.values(body.data)[0]?.outcome;
      });
      expect(outcomes).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'APPLIED', 'UNKNOWN']);
      expect(stack.xtrakit.store.writes).toBe(4);
      expect(stack.capillary.store.writes).toBe(0);
      // Refused outright: either the listener is closed or the gateway answers 503.
      expect(late.status === 0 || late.status === 503, late.text).toBe(true);
      expect(stack.xtrakit.store.get(2)?.group_name).not.toBe('too late');
      expect(await exitCode(gateway)).toBe(0);
      expect(gateway.stdout()).toContain('"msg":"stopped"');
      for (const reply of replies) assertNoCanary(reply.text, 'a drained reply');
      assertNoCanary(gateway.stdout(), 'stdout');
      assertNoCanary(gateway.stderr(), 'stderr');
    } finally {
      gateway.kill();
    }
  }, 60_000);

  it('a mutation outlasting SHUTDOWN_TIMEOUT_MS is reported in the log, and the process still exits 0', async () => {
    stack.reset();
    const gateway = spawnGateway(envFor({ SHUTDOWN_TIMEOUT_MS: '200', VENDOR_TIMEOUT_MS: '5000' }));
    try {
      const url = await gateway.ready();
      stack.xtrakit.faults.add({ fault: { kind: 'latency', ms: 1500 }, times: 1 });
      const slow = send(url, UPDATE_CUSTOMER_GROUP, { id: '1', name: 'outlasts shutdown' });
      expect(await eventually(() => stack.xtrakit.requests.count() === 1, 5_000)).toBe(true);
      gateway.child.kill('SIGTERM');
      expect(await exitCode(gateway)).toBe(0);
      const reply = await slow;
      expect(reply.status, reply.text).toBe(0);
      expect(gateway.stdout()).toMatch(/"inFlight":1,"msg":"shutdown timeout: requests still in flight"/);
      assertNoCanary(gateway.stdout(), 'stdout');
      assertNoCanary(gateway.stderr(), 'stderr');
    } finally {
      gateway.kill();
    }
  }, 60_000);
});
