// The two mutations end to end: GraphQL over HTTP -> gateway -> generated clients -> sandboxes, with
// the sandbox's own request log and store as the witness of what reached the vendor.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack, UPDATE_CUSTOMER_GROUP, UPDATE_USER_GROUP } from './stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());
beforeEach(() => stack.reset());

describe('updateCustomerGroup (Xtrakit PUT /api/v1/customer-groups/{id})', () => {
  it('renames a group: one PUT with the mapped body, the group as Xtrakit returned it', async () => {
    const reply = await stack.gql(UPDATE_CUSTOMER_GROUP, {
      input: { id: '1', name: 'Gold Customers', description: 'Spent over $5000' },
    });
    expect(reply.status).toBe(200);
    const payload = reply.body.data.updateCustomerGroup;
    expect(payload.outcome).toBe('APPLIED');
    expect(payload.userErrors).toEqual([]);
    expect(payload.customerGroup).toMatchObject({
      id: '1',
      name: 'Gold Customers',
      description: 'Spent over $5000',
    });
    expect(payload.customerGroup.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

    const sent = stack.xtrakit.requests.all();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      operationId: 'updateCustomerGroup',
      method: 'PUT',
      path: '/api/v1/customer-groups/1',
      auth: 'bearer',
      authValid: true,
      status: 200,
      body: { group_name: 'Gold Customers', group_description: 'Spent over $5000' },
    });
    expect(stack.xtrakit.store.get(1)).toMatchObject({
      group_name: 'Gold Customers',
      group_description: 'Spent over $5000',
    });
    expect(stack.xtrakit.contractViolations).toEqual([]);
  });

  it('omits group_description when description is omitted (the stored description is kept)', async () => {
    const before = stack.xtrakit.store.get(1)?.group_description;
    const reply = await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'Renamed' } });
    expect(reply.body.data.updateCustomerGroup.outcome).toBe('APPLIED');
    expect(stack.xtrakit.requests.all()[0]?.body).toEqual({ group_name: 'Renamed' });
    expect(stack.xtrakit.store.get(1)?.group_description).toBe(before);
  });

  it('answers NOT_FOUND with outcome NOT_APPLIED for an unknown group', async () => {
    const reply = await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '424242', name: 'X' } });
    const payload = reply.body.data.updateCustomerGroup;
    expect(payload).toMatchObject({ outcome: 'NOT_APPLIED', customerGroup: null });
    expect(payload.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect(stack.xtrakit.requests.count()).toBe(1);
  });

  it.each([
    [{ id: 'abc', name: 'X' }, ['input', 'id']],
    [{ id: '-1', name: 'X' }, ['input', 'id']],
    [{ id: '1/../2', name: 'X' }, ['input', 'id']],
    [{ id: '1', name: '' }, ['input', 'name']],
    [{ id: '1', name: 'X', description: null }, ['input', 'description']],
  ])('refuses %j as INVALID_INPUT on %j without calling Xtrakit', async (input, field) => {
    const reply = await stack.gql(UPDATE_CUSTOMER_GROUP, { input });
    const payload = reply.body.data.updateCustomerGroup;
    expect(payload.outcome).toBe('NOT_APPLIED');
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field, vendorCode: null }),
    ]);
    expect(stack.vendorRequests()).toBe(0);
    expect(stack.xtrakit.store.get(1)?.group_name).toBe('Premium Customers');
  });

  it('reads a group back with the customerGroup query, null when missing', async () => {
    const found = await stack.gql('{ customerGroup(id: "1") { id name } }');
    expect(found.body.data.customerGroup).toEqual({ id: '1', name: 'Premium Customers' });
    const missing = await stack.gql('{ customerGroup(id: "999999") { id } }');
    expect(missing.body).toEqual({ data: { customerGroup: null } });
  });
});

describe('updateUserGroup (Capillary PUT /v2/userGroup2)', () => {
  it('updates by id: groupName, maxGroupSize and extendedFields reach Capillary, values coerced', async () => {
    const reply = await stack.gql(UPDATE_USER_GROUP, {
      input: {
        group: { id: '51334' },
        name: 'natwest15',
        maxGroupSize: 200,
        extendedFields: [{ name: 'platinum', value: '40' }],
      },
    });
    const payload = reply.body.data.updateUserGroup;
    expect(payload).toMatchObject({ outcome: 'APPLIED', userErrors: [], warnings: [] });
    expect(payload.userGroup).toEqual({
      id: '51334',
      externalId: 'natwest14',
      name: 'natwest15',
      maxGroupSize: 200,
      extendedFields: [{ name: 'platinum', value: '40' }],
    });
    const sent = stack.capillary.requests.all();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      operationId: 'updateUserGroup',
      method: 'PUT',
      path: '/v2/userGroup2',
      auth: 'basic',
      authValid: true,
      // The documented samples send the id as a string (spec conflict C11); so does the client.
      body: { id: '51334', groupName: 'natwest15', maxGroupSize: 200, extendedFields: { platinum: '40' } },
    });
    expect(stack.capillary.store.get(51334)?.extendedFields).toEqual({ platinum: 40 });
    expect(stack.capillary.contractViolations).toEqual([]);
  });

  it('does not send an empty extendedFields list', async () => {
    const reply = await stack.gql(UPDATE_USER_GROUP, {
      input: { group: { id: '51334' }, name: 'n', extendedFields: [] },
    });
    expect(reply.body.data.updateUserGroup.outcome).toBe('APPLIED');
    expect(stack.capillary.requests.all()[0]?.body).toEqual({ id: '51334', groupName: 'n' });
  });

  it('updates by externalId', async () => {
    const reply = await stack.gql(UPDATE_USER_GROUP, {
      input: { group: { externalId: 'natwest14' }, maxGroupSize: 5 },
    });
    expect(reply.body.data.updateUserGroup.outcome).toBe('APPLIED');
    expect(stack.capillary.requests.all()[0]?.body).toEqual({ externalId: 'natwest14', maxGroupSize: 5 });
    expect(stack.capillary.store.get(51334)?.maxGroupSize).toBe(5);
  });

  it('reports warnings 91016/91017 as APPLIED_WITH_WARNINGS and keeps the rest of the update', async () => {
    const reply = await stack.gql(UPDATE_USER_GROUP, {
      input: {
        group: { id: '51334' },
        name: 'partly',
        extendedFields: [
          { name: 'not_defined', value: '1' },
          { name: 'platinum', value: 'not-a-number' },
        ],
      },
    });
    const payload = reply.body.data.updateUserGroup;
    expect(payload.outcome).toBe('APPLIED_WITH_WARNINGS');
    expect(payload.warnings.map((w: { code: number }) => w.code).sort()).toEqual([91016, 91017]);
    expect(payload.userGroup.name).toBe('partly');
    expect(stack.capillary.store.get(51334)).toMatchObject({
      groupName: 'partly',
      extendedFields: { platinum: 35 },
    });
  });

  it('maps Capillary 1632 (unknown group) to NOT_FOUND with the vendor code', async () => {
    const reply = await stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '77' }, name: 'x' } });
    expect(reply.body.data.updateUserGroup).toMatchObject({
      outcome: 'NOT_APPLIED',
      userGroup: null,
      userErrors: [{ code: 'NOT_FOUND', vendorCode: '1632' }],
    });
  });

  it.each([
    [{ group: { id: '51334' }, name: 'n'.repeat(51) }, ['input', 'name']],
    [{ group: { id: '51334' }, maxGroupSize: 0 }, ['input', 'maxGroupSize']],
    [{ group: { id: '51334' }, maxGroupSize: 30001 }, ['input', 'maxGroupSize']],
    [{ group: { id: 'x1' }, name: 'ok' }, ['input', 'group', 'id']],
    [{ group: { externalId: 'e'.repeat(51) }, name: 'ok' }, ['input', 'group', 'externalId']],
    [{ group: { id: '51334' } }, ['input']],
    [{ group: { id: '51334' }, extendedFields: [] }, ['input']],
    [{ group: { id: '51334' }, name: null }, ['input', 'name']],
    [
      {
        group: { id: '51334' },
        extendedFields: [
          { name: 'platinum', value: '1' },
          { name: 'platinum', value: '2' },
        ],
      },
      ['input', 'extendedFields'],
    ],
  ])('refuses %j as INVALID_INPUT on %j without calling Capillary', async (input, field) => {
    const reply = await stack.gql(UPDATE_USER_GROUP, { input });
    const payload = reply.body.data.updateUserGroup;
    expect(payload.outcome).toBe('NOT_APPLIED');
    expect(payload.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field })]);
    expect(stack.vendorRequests()).toBe(0);
  });

  it('takes the org cap from CAPILLARY_MAX_GROUP_SIZE: above 30000 applies, above the cap is refused unsent', async () => {
    const big = await startStack({
      env: { CAPILLARY_MAX_GROUP_SIZE: '50000' },
      capillary: { maxGroupSizeCap: 50_000 },
    });
    try {
      const applied = await big.gql(UPDATE_USER_GROUP, {
        input: { group: { id: '51334' }, maxGroupSize: 40000 },
      });
      expect(applied.body.data.updateUserGroup).toMatchObject({
        outcome: 'APPLIED',
        userGroup: { maxGroupSize: 40000 },
      });
      const refused = await big.gql(UPDATE_USER_GROUP, {
        input: { group: { id: '51334' }, maxGroupSize: 50001 },
      });
      expect(refused.body.data.updateUserGroup).toMatchObject({
        outcome: 'NOT_APPLIED',
        userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'maxGroupSize'] }],
      });
      expect(big.capillary.requests.count({ operationId: 'updateUserGroup' })).toBe(1);
    } finally {
      expect(big.capillary.contractViolations).toEqual([]);
      await big.stop();
    }
  });

  it('refuses a group reference with both or neither of id/externalId at validation (oneOf)', async () => {
    for (const group of [{ id: '51334', externalId: 'natwest14' }, {}]) {
      const reply = await stack.gql(UPDATE_USER_GROUP, { input: { group, name: 'x' } });
      expect(reply.body.data).toBeUndefined();
      expect(reply.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(stack.vendorRequests()).toBe(0);
  });

  it('reads a group back with the userGroup query', async () => {
    const reply = await stack.gql('{ userGroup(ref: { externalId: "natwest14" }) { id name maxGroupSize } }');
    expect(reply.body.data.userGroup).toEqual({ id: '51334', name: 'natwest14', maxGroupSize: 110 });
  });
});
