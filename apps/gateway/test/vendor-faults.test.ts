// Vendor faults injected in the sandboxes, seen through the gateway: the payload's outcome always
// tells the truth about vendor state (the sandbox store is the witness), retries happen only where
// HTTP says nothing was processed or a read-back proved the change was not applied, and the circuit
// breaker stops calls to a vendor that is down. test/settlement.test.ts covers every fault kind.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack, UPDATE_CUSTOMER_GROUP, UPDATE_USER_GROUP } from './stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    // A breaker that never opens here: its own test below uses a stack of its own.
    env: { VENDOR_TIMEOUT_MS: '300', CIRCUIT_FAILURE_THRESHOLD: '1000' },
  });
});
afterAll(() => stack.stop());
beforeEach(() => stack.reset());

const renameTo = async (name: string) =>
  (await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name } })).body.data.updateCustomerGroup;
const xtrakitPuts = () => stack.xtrakit.requests.count({ operationId: 'updateCustomerGroup' });
const xtrakitGets = () => stack.xtrakit.requests.count({ operationId: 'getCustomerGroup' });
const storedName = () => stack.xtrakit.store.get(1)?.group_name;
const putFault = (fault: Parameters<Stack['xtrakit']['faults']['add']>[0]['fault'], times = 1) =>
  stack.xtrakit.faults.add({ fault, times, match: { operationId: 'updateCustomerGroup' } });

describe('outcomes under vendor faults', () => {
  it('retries a 503 that carries a short Retry-After, then applies once', async () => {
    putFault({ kind: 'status', status: 503, retryAfter: '0' });
    const payload = await renameTo('After 503');
    expect(payload.outcome).toBe('APPLIED');
    expect(xtrakitPuts()).toBe(2);
    expect(storedName()).toBe('After 503');
  });

  it('does not wait out a long Retry-After: RATE_LIMITED, NOT_APPLIED, retryAfterSeconds passed on', async () => {
    putFault({ kind: 'status', status: 429, retryAfter: '120' });
    const payload = await renameTo('Too soon');
    expect(payload).toMatchObject({
      outcome: 'NOT_APPLIED',
      customerGroup: null,
      userErrors: [{ code: 'RATE_LIMITED', retryAfterSeconds: 120 }],
    });
    expect(xtrakitPuts()).toBe(1);
    expect(storedName()).toBe('Premium Customers');
  });

  it('a 500 after the vendor applied the write is APPLIED by read-back, never NOT_APPLIED (the write is not lost)', async () => {
    putFault({ kind: 'status', status: 500, applyWrite: true });
    const payload = await renameTo('Applied then 500');
    expect(payload).toMatchObject({
      outcome: 'APPLIED',
      userErrors: [],
      customerGroup: { name: 'Applied then 500' },
    });
    expect(xtrakitPuts()).toBe(1);
    expect(xtrakitGets()).toBe(1);
    expect(storedName()).toBe('Applied then 500');
  });

  it('a 500 before the write is NOT_APPLIED by read-back (a complete answer), then sent once more and applied', async () => {
    putFault({ kind: 'status', status: 500 });
    const payload = await renameTo('Not applied at first');
    expect(payload.outcome).toBe('APPLIED');
    expect(xtrakitPuts()).toBe(2);
    expect(xtrakitGets()).toBe(1);
    expect(stack.xtrakit.store.writes).toBe(1);
    expect(storedName()).toBe('Not applied at first');
  });

  it('a hung vendor times out after the configured timeout, sent once, then the read-back finds it applied', async () => {
    putFault({ kind: 'hang', applyWrite: true });
    const payload = await renameTo('Hung');
    expect(payload).toMatchObject({ outcome: 'APPLIED', customerGroup: { name: 'Hung' } });
    expect(xtrakitPuts()).toBe(1);
    expect(storedName()).toBe('Hung');
  });

  it('a connection reset after sending is settled by what the store holds: APPLIED if it landed, else UNKNOWN', async () => {
    putFault({ kind: 'reset', applyWrite: true });
    const payload = await renameTo('Reset');
    expect(payload.outcome).toBe('APPLIED');
    expect(storedName()).toBe('Reset');
    putFault({ kind: 'reset' });
    const lost = await renameTo('Reset, not applied');
    expect(lost).toMatchObject({
      outcome: 'UNKNOWN',
      customerGroup: null,
      userErrors: [{ code: 'VENDOR_UNAVAILABLE' }],
    });
    expect(storedName()).toBe('Reset');
    expect(xtrakitPuts()).toBe(2);
  });

  it.each([
    ['html', { kind: 'html' }],
    ['truncated', { kind: 'truncated' }],
  ] as const)(
    'a 200 with a %s body is never believed: the group comes from the read-back, no invented data',
    async (_name, fault) => {
      putFault(fault);
      const payload = await renameTo('Garbled');
      expect(payload).toMatchObject({ outcome: 'APPLIED', customerGroup: { name: 'Garbled' } });
      expect(payload.customerGroup.updatedAt).toBe(stack.xtrakit.store.get(1)?.updated_at);
      expect(xtrakitGets()).toBe(1);
    },
  );

  it('Capillary faults follow the same rules (503 + Retry-After retried; 502 after applying settled APPLIED)', async () => {
    stack.capillary.faults.add({ fault: { kind: 'status', status: 503, retryAfter: '0' }, times: 1 });
    const ok = await stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '51334' }, maxGroupSize: 9 } });
    expect(ok.body.data.updateUserGroup.outcome).toBe('APPLIED');
    stack.capillary.faults.add({ fault: { kind: 'status', status: 502, applyWrite: true }, times: 1 });
    const unknown = await stack.gql(UPDATE_USER_GROUP, {
      input: { group: { id: '51334' }, maxGroupSize: 10 },
    });
    expect(unknown.body.data.updateUserGroup).toMatchObject({
      outcome: 'APPLIED',
      userGroup: { maxGroupSize: 10 },
    });
    expect(stack.capillary.store.get(51334)?.maxGroupSize).toBe(10);
    expect(stack.capillary.requests.count({ operationId: 'updateUserGroup' })).toBe(3);
  });
});

describe('circuit breaker', () => {
  it('opens after consecutive failures, fails fast with no vendor call, and closes after a good probe', async () => {
    // Settlement off: this is about the breaker alone (a read-back would be one more call it counts).
    const guarded = await startStack({
      env: { CIRCUIT_FAILURE_THRESHOLD: '2', CIRCUIT_COOLDOWN_MS: '400', SETTLE_UNKNOWN: 'off' },
    });
    try {
      const rename = async (name: string) =>
        (await guarded.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name } })).body.data
          .updateCustomerGroup;
      const puts = () => guarded.xtrakit.requests.count({ operationId: 'updateCustomerGroup' });
      guarded.xtrakit.faults.add({ fault: { kind: 'status', status: 502 }, times: 2 });
      for (let i = 0; i < 2; i++) expect((await rename(`try ${i}`)).outcome).toBe('UNKNOWN');
      expect(puts()).toBe(2);

      const fast = await rename('while open');
      expect(fast).toMatchObject({ outcome: 'NOT_APPLIED', userErrors: [{ code: 'VENDOR_UNAVAILABLE' }] });
      expect(fast.userErrors[0].message).toMatch(/circuit breaker is open/);
      expect(puts()).toBe(2);

      // The other vendor has its own breaker.
      const capillary = await guarded.gql(UPDATE_USER_GROUP, {
        input: { group: { id: '51334' }, name: 'still up' },
      });
      expect(capillary.body.data.updateUserGroup.outcome).toBe('APPLIED');

      await new Promise((resolve) => setTimeout(resolve, 450));
      expect((await rename('after cooldown')).outcome).toBe('APPLIED');
      expect(guarded.xtrakit.store.get(1)?.group_name).toBe('after cooldown');
      expect(puts()).toBe(3);
    } finally {
      await guarded.stop();
    }
  });
});

describe('deadline', () => {
  it('MUTATION_DEADLINE_MS bounds the whole mutation, retries included', async () => {
    const slow = await startStack({ env: { MUTATION_DEADLINE_MS: '200', VENDOR_TIMEOUT_MS: '5000' } });
    try {
      slow.xtrakit.faults.add({ fault: { kind: 'latency', ms: 1500 }, times: 1 });
      const started = Date.now();
      const reply = await slow.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'late' } });
      expect(Date.now() - started).toBeLessThan(1500);
      expect(reply.body.data.updateCustomerGroup).toMatchObject({
        outcome: 'UNKNOWN',
        userErrors: [{ code: 'VENDOR_TIMEOUT' }],
      });
      // Nothing was left of the deadline to read the group back.
      expect(reply.body.data.updateCustomerGroup.userErrors[0].message).toMatch(/no time was left/);
      expect(slow.xtrakit.requests.count({ operationId: 'getCustomerGroup' })).toBe(0);
    } finally {
      await slow.stop();
    }
  });
});
