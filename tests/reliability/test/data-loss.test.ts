// Data loss: what the caller leaves out never reaches the vendor (so the vendor keeps its value), an
// explicit null is refused as documented (the vendors have no way to clear a field), an absent
// variable counts as omitted and a null one as null, no update input carries a schema default that
// would overwrite vendor data, and mutations sharing one request report independent outcomes.
import { readFileSync } from 'node:fs';
import { buildGatewaySchema } from '@loyalty-gateway/gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectHealthy, expectPayload, expectRefused } from '../src/checks.js';
import { type Stack, startStack, UPDATE_CUSTOMER_GROUP, UPDATE_USER_GROUP } from '../src/harness.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { VENDOR_TIMEOUT_MS: '1000', CIRCUIT_FAILURE_THRESHOLD: '1000' } });
});
afterAll(async () => {
  stack?.assertNoLeaks();
  await stack?.stop();
});
beforeEach(() => stack.reset());

const lastBody = (vendor: 'xtrakit' | 'capillary') => stack[vendor].requests.all().at(-1)?.body;
const SEEDED_DESCRIPTION =
  'Customers who have spent over $1000 and have been with the business for over a year.';

describe('omitted fields never reach the vendor', () => {
  it('Xtrakit: description omitted is not sent, and the stored description is kept', async () => {
    const observed = await stack.observe(() =>
      stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'renamed' } }),
    );
    expectPayload(observed, 'updateCustomerGroup', {
      outcome: 'APPLIED',
      calls: { xtrakit: 1, capillary: 0 },
    });
    expect(lastBody('xtrakit')).toEqual({ group_name: 'renamed' });
    expect(stack.xtrakit.store.get(1)).toMatchObject({
      group_name: 'renamed',
      group_description: SEEDED_DESCRIPTION,
    });
  });

  it.each([
    ['only name', { name: 'only name' }, { id: '51334', groupName: 'only name' }],
    ['only maxGroupSize', { maxGroupSize: 77 }, { id: '51334', maxGroupSize: 77 }],
    [
      'only extendedFields',
      { extendedFields: [{ name: 'tier_label', value: 'gold' }] },
      { id: '51334', extendedFields: { tier_label: 'gold' } },
    ],
  ])('Capillary: %s is exactly what is sent; everything else is kept', async (_n, fields, body) => {
    const before = stack.capillary.store.get(51334);
    const observed = await stack.observe(() =>
      stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '51334' }, ...fields } }),
    );
    expectPayload(observed, 'updateUserGroup', { outcome: 'APPLIED', calls: { xtrakit: 0, capillary: 1 } });
    expect(lastBody('capillary')).toEqual(body);
    const after = stack.capillary.store.get(51334);
    expect(after?.groupName).toBe('name' in fields ? fields.name : before?.groupName);
    expect(after?.maxGroupSize).toBe('maxGroupSize' in fields ? fields.maxGroupSize : before?.maxGroupSize);
    expect(after?.extendedFields).toEqual({
      ...before?.extendedFields,
      ...('extendedFields' in fields ? { tier_label: 'gold' } : {}),
    });
  });

  it('Capillary by externalId: the id is not invented, only externalId is sent', async () => {
    const observed = await stack.observe(() =>
      stack.gql(UPDATE_USER_GROUP, { input: { group: { externalId: 'natwest14' }, maxGroupSize: 12 } }),
    );
    expectPayload(observed, 'updateUserGroup', { outcome: 'APPLIED', calls: { xtrakit: 0, capillary: 1 } });
    expect(lastBody('capillary')).toEqual({ externalId: 'natwest14', maxGroupSize: 12 });
  });
});

describe('explicit null behaves as documented (refused: the vendors cannot clear these fields)', () => {
  it.each([
    [
      'Xtrakit description: null',
      UPDATE_CUSTOMER_GROUP,
      { id: '1', name: 'x', description: null },
      ['input', 'description'],
    ],
    ['Capillary name: null', UPDATE_USER_GROUP, { group: { id: '51334' }, name: null }, ['input', 'name']],
    [
      'Capillary maxGroupSize: null',
      UPDATE_USER_GROUP,
      { group: { id: '51334' }, maxGroupSize: null },
      ['input', 'maxGroupSize'],
    ],
    [
      'Capillary extendedFields: null',
      UPDATE_USER_GROUP,
      { group: { id: '51334' }, extendedFields: null },
      ['input', 'extendedFields'],
    ],
    ['Capillary nothing but the group', UPDATE_USER_GROUP, { group: { id: '51334' } }, ['input']],
  ])('%s: INVALID_INPUT on that field, nothing sent, nothing changed', async (_n, query, input, field) => {
    const name = query === UPDATE_CUSTOMER_GROUP ? 'updateCustomerGroup' : 'updateUserGroup';
    const payload = expectPayload(await stack.observe(() => stack.gql(query, { input })), name, {
      outcome: 'NOT_APPLIED',
      userError: 'INVALID_INPUT',
      calls: { xtrakit: 0, capillary: 0 },
    });
    expect(payload.userErrors[0].field).toEqual(field);
  });

  it.each([
    ['Xtrakit name: null (required)', UPDATE_CUSTOMER_GROUP, { id: '1', name: null }],
    ['Xtrakit id: null (required)', UPDATE_CUSTOMER_GROUP, { id: null, name: 'x' }],
    ['Capillary group: null (required)', UPDATE_USER_GROUP, { group: null, name: 'x' }],
    ['Capillary group with id: null (@oneOf)', UPDATE_USER_GROUP, { group: { id: null }, name: 'x' }],
    [
      'Capillary group with both id and externalId (@oneOf)',
      UPDATE_USER_GROUP,
      { group: { id: '51334', externalId: 'natwest14' }, name: 'x' },
    ],
    [
      'an extended field with value: null',
      UPDATE_USER_GROUP,
      { group: { id: '51334' }, extendedFields: [{ name: 'platinum', value: null }] },
    ],
  ])('%s: BAD_USER_INPUT (400), nothing sent', async (_n, query, input) => {
    expectRefused(await stack.observe(() => stack.gql(query, { input })), 400, 'BAD_USER_INPUT');
  });
});

describe('variables: absent means omitted, null means null', () => {
  const XTRAKIT_WITH_VARIABLE = /* GraphQL */ `
    mutation($description: String) {
      updateCustomerGroup(input: {id: "1", name: "by variable", description: $description}) {
        outcome userErrors { code field }
      }
    }
  `;
  const CAPILLARY_WITH_VARIABLES = /* GraphQL */ `
    mutation($name: String, $max: Int, $fields: [ExtendedFieldInput!]) {
      updateUserGroup(input: {group: {id: "51334"}, name: $name, maxGroupSize: $max, extendedFields: $fields}) {
        outcome userErrors { code field }
      }
    }
  `;

  it('an absent $description is omitted: not sent, the description is kept', async () => {
    const observed = await stack.observe(() => stack.gql(XTRAKIT_WITH_VARIABLE, {}));
    expectPayload(observed, 'updateCustomerGroup', {
      outcome: 'APPLIED',
      calls: { xtrakit: 1, capillary: 0 },
    });
    expect(lastBody('xtrakit')).toEqual({ group_name: 'by variable' });
    expect(stack.xtrakit.store.get(1)?.group_description).toBe(SEEDED_DESCRIPTION);
  });

  it('a given $description is sent', async () => {
    const observed = await stack.observe(() => stack.gql(XTRAKIT_WITH_VARIABLE, { description: 'new' }));
    expectPayload(observed, 'updateCustomerGroup', {
      outcome: 'APPLIED',
      calls: { xtrakit: 1, capillary: 0 },
    });
    expect(lastBody('xtrakit')).toEqual({ group_name: 'by variable', group_description: 'new' });
  });

  it('a null $description is null: INVALID_INPUT, nothing sent', async () => {
    const payload = expectPayload(
      await stack.observe(() => stack.gql(XTRAKIT_WITH_VARIABLE, { description: null })),
      'updateCustomerGroup',
      { outcome: 'NOT_APPLIED', userError: 'INVALID_INPUT', calls: { xtrakit: 0, capillary: 0 } },
    );
    expect(payload.userErrors[0].field).toEqual(['input', 'description']);
  });

  it('Capillary: only the given variable is sent ($max), the absent ones are omitted', async () => {
    const observed = await stack.observe(() => stack.gql(CAPILLARY_WITH_VARIABLES, { max: 55 }));
    expectPayload(observed, 'updateUserGroup', { outcome: 'APPLIED', calls: { xtrakit: 0, capillary: 1 } });
    expect(lastBody('capillary')).toEqual({ id: '51334', maxGroupSize: 55 });
    expect(stack.capillary.store.get(51334)).toMatchObject({
      groupName: 'natwest14',
      extendedFields: { platinum: 35 },
    });
  });

  it('Capillary: a null $name next to a given $max refuses the whole update (no partial write)', async () => {
    const payload = expectPayload(
      await stack.observe(() => stack.gql(CAPILLARY_WITH_VARIABLES, { name: null, max: 55 })),
      'updateUserGroup',
      { outcome: 'NOT_APPLIED', userError: 'INVALID_INPUT', calls: { xtrakit: 0, capillary: 0 } },
    );
    expect(payload.userErrors[0].field).toEqual(['input', 'name']);
  });

  it('Capillary: no variable at all is "nothing to update": INVALID_INPUT, nothing sent', async () => {
    expectPayload(await stack.observe(() => stack.gql(CAPILLARY_WITH_VARIABLES, {})), 'updateUserGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'INVALID_INPUT',
      calls: { xtrakit: 0, capillary: 0 },
    });
  });
});

describe('the schema', () => {
  interface InputField {
    name: string;
    defaultValue?: unknown;
  }
  const schema = buildGatewaySchema();
  const inputTypes = Object.values(schema.getTypeMap()).filter(
    (type) => !type.name.startsWith('__') && type.constructor.name === 'GraphQLInputObjectType',
  ) as unknown as Array<{ name: string; getFields(): Record<string, InputField> }>;

  it('has the update inputs this suite relies on', () => {
    expect(inputTypes.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'UpdateCustomerGroupInput',
        'UpdateUserGroupInput',
        'UserGroupRef',
        'ExtendedFieldInput',
      ]),
    );
  });

  it.each(['UpdateCustomerGroupInput', 'UpdateUserGroupInput', 'UserGroupRef', 'ExtendedFieldInput'])(
    'no field of %s has a default value (a default would overwrite vendor data the caller left out)',
    (name) => {
      const type = inputTypes.find((t) => t.name === name);
      const withDefault = Object.values(type?.getFields() ?? {}).filter((f) => f.defaultValue !== undefined);
      expect(withDefault.map((f) => f.name)).toEqual([]);
    },
  );

  it('no mutation argument has a default value', () => {
    const mutation = schema.getMutationType();
    const args = Object.values(mutation?.getFields() ?? {}).flatMap((field) => [...field.args]);
    expect(args.length).toBeGreaterThan(0);
    expect(args.filter((arg) => arg.defaultValue !== undefined).map((arg) => arg.name)).toEqual([]);
  });

  it('the committed schema.graphql declares no default inside any input type', () => {
    const sdl = readFileSync(new URL('../../../apps/gateway/schema.graphql', import.meta.url), 'utf8');
    const inputs = [...sdl.matchAll(/^input \w+[^{]*\{([^}]*)\}/gm)].map((m) => m[1] ?? '');
    expect(inputs.length).toBeGreaterThanOrEqual(4);
    // Strip descriptions ("""...""" and "...") before looking for `=`.
    const code = inputs.map((body) => body.replace(/"""[\s\S]*?"""/g, '').replace(/"[^"\n]*"/g, ''));
    expect(code.filter((body) => body.includes('='))).toEqual([]);
  });
});

describe('two mutations in one request', () => {
  const MIXED = /* GraphQL */ `
    mutation($ok: UpdateCustomerGroupInput!, $missing: UpdateCustomerGroupInput!, $nulled: UpdateCustomerGroupInput!,
             $capFirst: UpdateUserGroupInput!, $capSecond: UpdateUserGroupInput!) {
      ok: updateCustomerGroup(input: $ok) { outcome customerGroup { name } userErrors { code } }
      missing: updateCustomerGroup(input: $missing) { outcome customerGroup { name } userErrors { code } }
      nulled: updateCustomerGroup(input: $nulled) { outcome customerGroup { name } userErrors { code } }
      capFirst: updateUserGroup(input: $capFirst) { outcome userGroup { name } userErrors { code } }
      capSecond: updateUserGroup(input: $capSecond) { outcome userGroup { name } userErrors { code } }
    }
  `;

  it('report independent outcomes: each payload tells only its own truth', async () => {
    // The next Capillary call fails after the vendor applied it.
    stack.capillary.faults.add({ fault: { kind: 'status', status: 500, applyWrite: true }, times: 1 });
    const reply = await stack.gql(MIXED, {
      ok: { id: '1', name: 'first' },
      missing: { id: '999', name: 'second' },
      nulled: { id: '2', name: 'third', description: null },
      capFirst: { group: { id: '3962909' }, name: 'fourth' },
      capSecond: { group: { id: '51334' }, name: 'fifth' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    const data = reply.body.data;
    expect(data.ok).toEqual({ outcome: 'APPLIED', customerGroup: { name: 'first' }, userErrors: [] });
    expect(data.missing).toEqual({
      outcome: 'NOT_APPLIED',
      customerGroup: null,
      userErrors: [{ code: 'NOT_FOUND' }],
    });
    expect(data.nulled).toEqual({
      outcome: 'NOT_APPLIED',
      customerGroup: null,
      userErrors: [{ code: 'INVALID_INPUT' }],
    });
    // Mutations run in order, so the first Capillary call met the 500 fault (the gateway read that
    // group back, and found it applied) and the second went through.
    expect(data.capFirst).toEqual({ outcome: 'APPLIED', userGroup: { name: 'fourth' }, userErrors: [] });
    expect(data.capSecond).toEqual({ outcome: 'APPLIED', userGroup: { name: 'fifth' }, userErrors: [] });
    expect(stack.calls()).toEqual({ xtrakit: 2, capillary: 3 });
    expect(stack.capillary.requests.all().map((r) => r.operationId)).toEqual([
      'updateUserGroup',
      'getUserGroup',
      'updateUserGroup',
    ]);
    expect(stack.xtrakit.store.get(1)?.group_name).toBe('first');
    expect(stack.xtrakit.store.get(2)?.group_name).toBe('Newsletter Subscribers');
    // The settled APPLIED is true: the vendor did apply it, once.
    expect(stack.capillary.store.get(3962909)?.groupName).toBe('fourth');
    expect(stack.capillary.store.get(51334)?.groupName).toBe('fifth');
    expect(stack.capillary.store.writes).toBe(2);
  });

  it('a refused document refuses every mutation in it: nothing sent', async () => {
    const observed = await stack.observe(() =>
      stack.gql(`${MIXED} query Extra { __typename }`, {
        ok: { id: '1', name: 'first' },
        missing: { id: '999', name: 'second' },
        nulled: { id: '2', name: 'third' },
        capFirst: { group: { id: '3962909' }, name: 'fourth' },
        capSecond: { group: { id: '51334' }, name: 'fifth' },
      }),
    );
    // Two operations and no operationName: the request cannot be run at all.
    expect(observed.reply.status).toBe(400);
    expect(observed.calls).toEqual({ xtrakit: 0, capillary: 0 });
    expect(observed.changed).toEqual({ xtrakit: false, capillary: false });
  });

  it('stays healthy after the data-loss cases', () => expectHealthy(stack));
});
