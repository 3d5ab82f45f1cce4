// Settlement (issue 14): after an unclear answer to a write the gateway reads the group back and
// says what really happened. Each fault the sandboxes can inject strikes the write only; the
// sandbox's store and request log are the witnesses: the outcome must match the store, and the
// vendor calls must be exactly one write and one read (plus one write after a settled retry).
import type { FaultRule } from '@loyalty-gateway/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack, UPDATE_CUSTOMER_GROUP, UPDATE_USER_GROUP } from './stack.js';

const SETTLED = /* GraphQL */ `
  mutation X($x: UpdateCustomerGroupInput!, $c: UpdateUserGroupInput!, $doX: Boolean!, $doC: Boolean!) {
    updateCustomerGroup(input: $x) @include(if: $doX) {
      outcome settledBy attempts customerGroup { name } userErrors { code message }
    }
    updateUserGroup(input: $c) @include(if: $doC) {
      outcome settledBy attempts userGroup { name extendedFields { name value } } warnings { code message }
      userErrors { code message }
    }
  }
`;

type Fault = FaultRule['fault'];
type VendorKey = 'xtrakit' | 'capillary';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    env: { VENDOR_TIMEOUT_MS: '1000', MUTATION_DEADLINE_MS: '5000', CIRCUIT_FAILURE_THRESHOLD: '1000' },
  });
});
afterAll(() => stack.stop());
beforeEach(() => stack.reset());

/** Each vendor's mutation, how to see its group in the store, and its write and read operations. */
const VENDORS = {
  xtrakit: {
    write: 'updateCustomerGroup',
    read: 'getCustomerGroup',
    input: { id: '1', name: 'Settled name', description: 'Settled description' },
    stored: () => {
      const g = stack.xtrakit.store.get(1);
      return g?.group_name === 'Settled name' && g.group_description === 'Settled description';
    },
    untouched: () => stack.xtrakit.store.get(1)?.group_name === 'Premium Customers',
    writes: () => stack.xtrakit.store.writes,
  },
  capillary: {
    write: 'updateUserGroup',
    read: 'getUserGroup',
    // "40" is stored as the number 40 (platinum is an integer field): compared as the vendor stores it.
    input: { group: { id: '51334' }, name: 'Settled', extendedFields: [{ name: 'platinum', value: '40' }] },
    stored: () => {
      const g = stack.capillary.store.get(51334);
      return g?.groupName === 'Settled' && g.extendedFields.platinum === 40;
    },
    untouched: () => stack.capillary.store.get(51334)?.groupName === 'natwest14',
    writes: () => stack.capillary.store.writes,
  },
} as const;

async function mutate(vendor: VendorKey, input?: unknown) {
  const v = VENDORS[vendor];
  const reply = await stack.gql(SETTLED, {
    x: vendor === 'xtrakit' ? (input ?? v.input) : VENDORS.xtrakit.input,
    c: vendor === 'capillary' ? (input ?? v.input) : VENDORS.capillary.input,
    doX: vendor === 'xtrakit',
    doC: vendor === 'capillary',
  });
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data[v.write];
}

const calls = (vendor: VendorKey) => stack[vendor].requests.all().map((r) => `${r.method} ${r.operationId}`);
const onWrite = (vendor: VendorKey, fault: Fault) =>
  stack[vendor].faults.add({ fault, times: 1, match: { operationId: VENDORS[vendor].write } });
const onRead = (vendor: VendorKey, fault: Fault) =>
  stack[vendor].faults.add({ fault, times: 1, match: { operationId: VENDORS[vendor].read } });

interface Case {
  name: string;
  fault: Fault;
  outcome: 'APPLIED' | 'UNKNOWN';
  settledBy: 'READ_BACK' | 'VENDOR_ANSWER';
}

// Every unclear answer the sandboxes inject, and what the read-back must make of it.
const CASES: Case[] = [
  {
    name: '502 after applying',
    fault: { kind: 'status', status: 502, applyWrite: true },
    outcome: 'APPLIED',
    settledBy: 'READ_BACK',
  },
  {
    name: '500 after applying',
    fault: { kind: 'status', status: 500, applyWrite: true },
    outcome: 'APPLIED',
    settledBy: 'READ_BACK',
  },
  {
    name: 'reset after applying',
    fault: { kind: 'reset', applyWrite: true },
    outcome: 'APPLIED',
    settledBy: 'READ_BACK',
  },
  {
    name: 'hang after applying',
    fault: { kind: 'hang', applyWrite: true },
    outcome: 'APPLIED',
    settledBy: 'READ_BACK',
  },
  { name: 'truncated body', fault: { kind: 'truncated' }, outcome: 'APPLIED', settledBy: 'READ_BACK' },
  { name: 'HTML body', fault: { kind: 'html' }, outcome: 'APPLIED', settledBy: 'READ_BACK' },
  // A reset may leave the write in flight at the vendor: a group that differs proves nothing.
  { name: 'reset before applying', fault: { kind: 'reset' }, outcome: 'UNKNOWN', settledBy: 'VENDOR_ANSWER' },
];

describe.each(['xtrakit', 'capillary'] as const)('%s: settling unclear answers', (vendor) => {
  const v = VENDORS[vendor];

  it.each(CASES)('$name: $outcome by $settledBy, one write and one read', async (c) => {
    onWrite(vendor, c.fault);
    const payload = await mutate(vendor);
    expect(payload).toMatchObject({ outcome: c.outcome, settledBy: c.settledBy, attempts: 1 });
    expect(calls(vendor)).toEqual([`PUT ${v.write}`, `GET ${v.read}`]);
    if (c.outcome === 'APPLIED') {
      expect(v.stored()).toBe(true);
      expect(v.writes()).toBe(1);
      expect(payload.userErrors).toEqual([]);
      expect(payload.customerGroup ?? payload.userGroup).toMatchObject({
        name: expect.stringMatching(/^Settled/),
      });
    } else {
      expect(v.untouched()).toBe(true);
      expect(v.writes()).toBe(0);
      expect(payload.userErrors[0].message).toMatch(
        /read-back could not settle it: the group as read holds other values/,
      );
    }
  });

  it('500 before applying: NOT_APPLIED by read-back, then one retry that applies (PUT, GET, PUT)', async () => {
    onWrite(vendor, { kind: 'status', status: 500 });
    const payload = await mutate(vendor);
    expect(payload).toMatchObject({
      outcome: 'APPLIED',
      settledBy: 'READ_BACK',
      attempts: 2,
      userErrors: [],
    });
    expect(calls(vendor)).toEqual([`PUT ${v.write}`, `GET ${v.read}`, `PUT ${v.write}`]);
    expect(v.stored()).toBe(true);
    expect(v.writes()).toBe(1);
  });

  it('a settled retry never writes twice when the first write was applied', async () => {
    for (const fault of [
      { kind: 'status', status: 502, applyWrite: true },
      { kind: 'status', status: 500, applyWrite: true },
    ] as const) {
      stack.reset();
      onWrite(vendor, fault);
      const payload = await mutate(vendor);
      expect(payload).toMatchObject({ outcome: 'APPLIED', attempts: 1 });
      expect(calls(vendor).filter((c) => c.startsWith('PUT'))).toHaveLength(1);
      expect(v.writes()).toBe(1);
    }
  });

  it('a retry whose answer is unclear again is read back again, never sent a third time', async () => {
    stack[vendor].faults.add({
      fault: { kind: 'status', status: 500 },
      times: 2,
      match: { operationId: v.write },
    });
    const payload = await mutate(vendor);
    expect(payload).toMatchObject({ outcome: 'NOT_APPLIED', settledBy: 'READ_BACK', attempts: 2 });
    expect(calls(vendor)).toEqual([`PUT ${v.write}`, `GET ${v.read}`, `PUT ${v.write}`, `GET ${v.read}`]);
    expect(v.untouched()).toBe(true);
  });

  it('the read-back failing leaves UNKNOWN, never a guess', async () => {
    onWrite(vendor, { kind: 'status', status: 500 });
    onRead(vendor, { kind: 'status', status: 500 });
    const payload = await mutate(vendor);
    expect(payload).toMatchObject({ outcome: 'UNKNOWN', settledBy: 'VENDOR_ANSWER', attempts: 1 });
    expect(payload.userErrors[0].message).toMatch(/the read-back failed too/);
    expect(calls(vendor)).toEqual([`PUT ${v.write}`, `GET ${v.read}`]);
    expect(v.untouched()).toBe(true);
  });

  it('the read-back timing out leaves UNKNOWN', async () => {
    onWrite(vendor, { kind: 'hang', applyWrite: true });
    onRead(vendor, { kind: 'hang' });
    const payload = await mutate(vendor);
    expect(payload).toMatchObject({ outcome: 'UNKNOWN', attempts: 1 });
    expect(payload.userErrors[0].message).toMatch(/the read-back failed too/);
    expect(calls(vendor)).toEqual([`PUT ${v.write}`, `GET ${v.read}`]);
    expect(v.stored()).toBe(true);
  });
});

describe('settling within the deadline, and SETTLE_* switches', () => {
  it.each(['xtrakit', 'capillary'] as const)(
    '%s: the mutation deadline running out during the read-back leaves UNKNOWN, within the deadline',
    async (vendor) => {
      // The write hangs for its whole 1 s attempt; the read gets the 0.5 s left, and its answer is late.
      const tight = await startStack({ env: { VENDOR_TIMEOUT_MS: '1000', MUTATION_DEADLINE_MS: '1500' } });
      try {
        const v = VENDORS[vendor];
        tight[vendor].faults.add({
          fault: { kind: 'hang', applyWrite: true },
          times: 1,
          match: { operationId: v.write },
        });
        tight[vendor].faults.add({
          fault: { kind: 'latency', ms: 2000 },
          times: 1,
          match: { operationId: v.read },
        });
        const started = Date.now();
        const reply = await tight.gql(SETTLED, {
          x: VENDORS.xtrakit.input,
          c: VENDORS.capillary.input,
          doX: vendor === 'xtrakit',
          doC: vendor === 'capillary',
        });
        // Without the deadline it would wait out the write (1 s) and the late read (2 s).
        expect(Date.now() - started).toBeLessThan(2900);
        expect(reply.body.data[v.write]).toMatchObject({ outcome: 'UNKNOWN', attempts: 1 });
        expect(tight[vendor].requests.all().map((r) => `${r.method} ${r.operationId}`)).toEqual([
          `PUT ${v.write}`,
          `GET ${v.read}`,
        ]);
      } finally {
        await tight.stop();
      }
    },
  );

  it('no time left after the write: UNKNOWN, and no read is sent', async () => {
    const tight = await startStack({ env: { VENDOR_TIMEOUT_MS: '300', MUTATION_DEADLINE_MS: '300' } });
    try {
      tight.xtrakit.faults.add({ fault: { kind: 'hang', applyWrite: true }, times: 1 });
      const reply = await tight.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'late' } });
      const payload = reply.body.data.updateCustomerGroup;
      expect(payload).toMatchObject({ outcome: 'UNKNOWN', userErrors: [{ code: 'VENDOR_TIMEOUT' }] });
      expect(payload.userErrors[0].message).toMatch(/no time was left/);
      expect(tight.xtrakit.requests.all().map((r) => r.method)).toEqual(['PUT']);
    } finally {
      await tight.stop();
    }
  });

  it('SETTLE_UNKNOWN=off reports the unclear answer as it came: UNKNOWN, one write, no read', async () => {
    const off = await startStack({ env: { SETTLE_UNKNOWN: 'off' } });
    try {
      off.capillary.faults.add({ fault: { kind: 'status', status: 502, applyWrite: true }, times: 1 });
      const reply = await off.gql(UPDATE_USER_GROUP, { input: { group: { id: '51334' }, maxGroupSize: 10 } });
      expect(reply.body.data.updateUserGroup.outcome).toBe('UNKNOWN');
      expect(off.capillary.requests.all().map((r) => r.method)).toEqual(['PUT']);
      expect(off.capillary.store.get(51334)?.maxGroupSize).toBe(10);
    } finally {
      await off.stop();
    }
  });

  it('SETTLE_RETRY=false stops at NOT_APPLIED after the read-back (PUT, GET), nothing written', async () => {
    const noRetry = await startStack({ env: { SETTLE_RETRY: 'false' } });
    try {
      noRetry.xtrakit.faults.add({ fault: { kind: 'status', status: 500 }, times: 1 });
      const reply = await noRetry.gql(SETTLED, {
        x: { id: '1', name: 'not yet' },
        c: VENDORS.capillary.input,
        doX: true,
        doC: false,
      });
      const payload = reply.body.data.updateCustomerGroup;
      expect(payload).toMatchObject({
        outcome: 'NOT_APPLIED',
        settledBy: 'READ_BACK',
        attempts: 1,
        customerGroup: null,
        userErrors: [{ code: 'VENDOR_UNAVAILABLE' }],
      });
      expect(payload.userErrors[0].message).toMatch(/read back: the change was not applied/);
      expect(noRetry.xtrakit.requests.all().map((r) => r.method)).toEqual(['PUT', 'GET']);
      expect(noRetry.xtrakit.store.writes).toBe(0);
    } finally {
      await noRetry.stop();
    }
  });
});

describe('Capillary extended fields are compared as the vendor stores them', () => {
  it('a value its field can never hold is a refused field: APPLIED_WITH_WARNINGS (91017) by read-back', async () => {
    onWrite('capillary', { kind: 'status', status: 502, applyWrite: true });
    const payload = await mutate('capillary', {
      group: { id: '51334' },
      name: 'Settled',
      extendedFields: [{ name: 'platinum', value: 'lots' }],
    });
    expect(payload).toMatchObject({
      outcome: 'APPLIED_WITH_WARNINGS',
      settledBy: 'READ_BACK',
      warnings: [{ code: 91017 }],
      userGroup: { name: 'Settled', extendedFields: [{ name: 'platinum', value: '35' }] },
    });
    expect(stack.capillary.store.get(51334)?.groupName).toBe('Settled');
  });

  it('an extended field the group does not hold after a reset is not taken as applied', async () => {
    onWrite('capillary', { kind: 'reset', applyWrite: true });
    const payload = await mutate('capillary', {
      group: { id: '51334' },
      extendedFields: [{ name: 'no_such_field', value: 'x' }],
    });
    // The vendor dropped the unknown name (91016) and a read cannot tell that from a lost write.
    expect(payload).toMatchObject({ outcome: 'UNKNOWN' });
    expect(payload.userErrors[0].message).toMatch(/extendedFields\.no_such_field/);
  });
});
