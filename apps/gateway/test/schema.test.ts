// The schema as a contract (names, descriptions, no defaults, @oneOf) and the resolvers in-process
// through yoga.fetch, still against the real sandboxes.
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../src/index.js';
import { type Stack, startStack, UPDATE_USER_GROUP } from './stack.js';

const schema = buildGatewaySchema();
const ownTypes = Object.values(schema.getTypeMap()).filter(
  (t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name),
);

describe('schema', () => {
  it('is the committed schema.graphql', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(printSchema(lexicographicSortSchema(buildSchema(committed)))).toBe(
      printSchema(lexicographicSortSchema(schema)),
    );
  });

  it('has the two mutations with one input and a named, non-null payload', () => {
    const mutation = schema.getMutationType();
    expect(mutation?.getFields().updateCustomerGroup?.type.toString()).toBe('UpdateCustomerGroupPayload!');
    expect(mutation?.getFields().updateCustomerGroup?.args.map((a) => `${a.name}: ${a.type}`)).toEqual([
      'input: UpdateCustomerGroupInput!',
    ]);
    expect(mutation?.getFields().updateUserGroup?.type.toString()).toBe('UpdateUserGroupPayload!');
    expect(mutation?.getFields().updateUserGroup?.args.map((a) => `${a.name}: ${a.type}`)).toEqual([
      'input: UpdateUserGroupInput!',
    ]);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of ownTypes) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description && arg.name !== 'input')
              missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('names the REST operation behind each root field', () => {
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {}))
        expect(field.description, field.name).toMatch(/(PUT|GET) \/(api|v2)\/|: no vendor call\.$/);
    }
  });

  it('uses camelCase names only (no vendor snake_case leaks) and no default values on inputs', () => {
    for (const type of ownTypes) {
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          expect(field.name).toMatch(/^[a-z][a-zA-Z0-9]*$/);
          if (isInputObjectType(type))
            expect(
              (field as { defaultValue?: unknown }).defaultValue,
              `${type.name}.${field.name}`,
            ).toBeUndefined();
        }
      }
    }
  });

  it('makes the user group reference a @oneOf input', () => {
    const ref = schema.getType('UserGroupRef');
    expect(isInputObjectType(ref) && ref.isOneOf).toBe(true);
    const input = schema.getType('UpdateUserGroupInput');
    expect(isInputObjectType(input) && getNamedType(input.getFields().group?.type)?.name).toBe(
      'UserGroupRef',
    );
  });
});

describe('resolvers in-process (yoga.fetch) against the sandboxes', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const inProcess = async (query: string, variables?: Record<string, unknown>) => {
    const response = await stack.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };

  it('updateUserGroup applies, and an absent variable field stays absent from the vendor body', async () => {
    stack.reset();
    const result = await inProcess(UPDATE_USER_GROUP, {
      input: { group: { id: '51334' }, name: 'in process' },
    });
    expect(result.data?.updateUserGroup).toMatchObject({
      outcome: 'APPLIED',
      userGroup: { name: 'in process', maxGroupSize: 110 },
    });
    expect(stack.capillary.requests.all()[0]?.body).toEqual({ id: '51334', groupName: 'in process' });
  });

  it('two mutations in one document report independent outcomes', async () => {
    stack.reset();
    const result = await inProcess(`mutation {
      ok: updateCustomerGroup(input: { id: "1", name: "first" }) { outcome userErrors { code } }
      missing: updateCustomerGroup(input: { id: "31337", name: "second" }) { outcome userErrors { code } }
    }`);
    expect(result.data).toEqual({
      ok: { outcome: 'APPLIED', userErrors: [] },
      missing: { outcome: 'NOT_APPLIED', userErrors: [{ code: 'NOT_FOUND' }] },
    });
    expect(stack.xtrakit.requests.count({ operationId: 'updateCustomerGroup' })).toBe(2);
  });
});
