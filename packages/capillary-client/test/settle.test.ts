// Settling an unclear answer without the gateway: the pure comparison (extended fields by name and
// coerced value), and settleUserGroupUpdate reading the group back from a real sandbox.
import {
  CAPILLARY_SANDBOX_CREDENTIALS,
  type CapillaryStore,
  type Sandbox,
  startCapillarySandbox,
} from '@loyalty-gateway/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type CapillaryClient,
  compareUserGroupUpdate,
  createCapillaryClient,
  settleUserGroupUpdate,
  type UserGroupDetails,
  unclearAnswer,
} from '../src/index.js';

const stored: UserGroupDetails = {
  id: 51334,
  groupName: 'natwest14',
  maxGroupSize: 110,
  extendedFields: { platinum: 35, tier_label: 'gold', is_vip: true },
};
const states = (body: Parameters<typeof compareUserGroupUpdate>[0]) =>
  compareUserGroupUpdate(body, stored).fields.map((f) => [f.field, f.state]);

describe('compareUserGroupUpdate', () => {
  it('compares only the fields the body sets', () => {
    expect(states({ id: 51334, maxGroupSize: 110 })).toEqual([['maxGroupSize', 'equal']]);
    expect(states({ id: 51334, groupName: 'natwest14', maxGroupSize: 111 })).toEqual([
      ['groupName', 'equal'],
      ['maxGroupSize', 'different'],
    ]);
  });

  it.each([
    ['"35" for an integer field holding 35', { platinum: '35' }, 'equal'],
    ['35 for an integer field holding 35', { platinum: 35 }, 'equal'],
    ['" 35 " (the vendor trims)', { platinum: ' 35 ' }, 'equal'],
    ['"36" for an integer field holding 35', { platinum: '36' }, 'different'],
    ['"lots" for a number field: the vendor refuses it (91017)', { platinum: 'lots' }, 'refused'],
    ['"true" for a boolean field holding true', { is_vip: 'true' }, 'equal'],
    ['"yes" for a boolean field: refused (91017)', { is_vip: 'yes' }, 'refused'],
    ['"gold" for a string field holding "gold"', { tier_label: 'gold' }, 'equal'],
    ['a field the group does not hold (91016, or not applied)', { gender: 'F' }, 'different'],
  ] as const)('extended field: %s is %s', (_n, extendedFields, state) => {
    const [, found] = states({ id: 51334, extendedFields })[0] ?? [];
    expect(found).toBe(state);
  });

  it('matches when nothing differs, refused fields aside', () => {
    expect(
      compareUserGroupUpdate({ id: 51334, extendedFields: { platinum: 'lots', tier_label: 'gold' } }, stored)
        .matches,
    ).toBe(true);
    expect(compareUserGroupUpdate({ id: 51334, extendedFields: { gender: 'F' } }, stored).matches).toBe(
      false,
    );
  });
});

describe('settleUserGroupUpdate against the sandbox', () => {
  let sandbox: Sandbox<CapillaryStore>;
  let client: CapillaryClient;
  beforeAll(async () => {
    sandbox = await startCapillarySandbox({ checkContract: true });
    const { username, password } = CAPILLARY_SANDBOX_CREDENTIALS;
    client = createCapillaryClient({
      baseUrl: sandbox.url,
      auth: { type: 'basic', username, password },
      timeoutMs: 2000,
    });
  });
  afterEach(() => {
    sandbox.faults.clear();
    sandbox.store.reset();
    sandbox.requests.clear();
  });
  afterAll(async () => {
    await client.close();
    await sandbox.close();
  });

  const body = { externalId: 'natwest14', groupName: 'Settled', extendedFields: { platinum: '40' } };

  it.each([
    ['a 502 after applying', { kind: 'status', status: 502, applyWrite: true }, 'applied'],
    ['a 500 before applying', { kind: 'status', status: 500 }, 'not_applied'],
    ['a hang after applying', { kind: 'hang', applyWrite: true }, 'applied'],
    ['a reset before applying', { kind: 'reset' }, 'unknown'],
  ] as const)('%s: the verdict after one GET by externalId', async (_n, fault, verdict) => {
    sandbox.faults.add({ fault, times: 1, match: { operationId: 'updateUserGroup' } });
    const result = await client.updateUserGroup(body);
    const unclear = result.ok ? null : unclearAnswer(result.error);
    if (!unclear) throw new Error('expected an unclear answer');
    const settled = await settleUserGroupUpdate(client, body, unclear, { deadlineMs: 5000 });
    expect(settled.verdict).toBe(verdict);
    const requests = sandbox.requests.all();
    expect(requests.map((r) => r.method)).toEqual(['PUT', 'GET']);
    expect(requests[1]?.query).toEqual({ externalId: 'natwest14' });
    if (settled.verdict === 'applied') expect(settled.group.extendedFields).toEqual({ platinum: 40 });
  });
});
