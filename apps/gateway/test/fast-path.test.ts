// The fast path for plain POSTs answers exactly as yoga does: the same requests go to a gateway with the
// fast path (production's default) and to one without it, and status, headers and body must match,
// whether the fast path took the request or left it to yoga, and whether it ran the document compiled
// (graphql-jit) or with graphql-js.
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFastGraphql } from '../src/front-door/fast-graphql.js';
import type { GatewayYoga } from '../src/front-door/index.js';
import { buildGatewaySchema } from '../src/schema/index.js';
import {
  type GraphqlReply,
  type Stack,
  startStack,
  UPDATE_CUSTOMER_GROUP,
  UPDATE_USER_GROUP,
} from './stack.js';

const GATEWAY_KEY = 'test-gateway-key-0123456789abcdef';
const ENV = {
  GATEWAY_API_KEYS: GATEWAY_KEY,
  GRAPHIQL: 'false',
  GRAPHQL_INTROSPECTION: 'false',
  CORS_ORIGINS: 'https://app.example',
};
const AUTH = { authorization: `Bearer ${GATEWAY_KEY}` };
/** Headers that may differ between two runs of the same request. */
const VOLATILE = new Set(['date']);

interface Case {
  name: string;
  body: unknown;
  headers?: Record<string, string>;
  /** Whether the fast path answers it (else yoga does). */
  fast: boolean;
  /** Whether the fast path runs it compiled, once its document is cached (else with graphql-js). */
  compiled?: boolean;
  /** Run on each stack before each send (e.g. a vendor fault); faults are cleared after it. */
  setup?: (stack: Stack) => void;
}

const mutation = (name: string) => ({
  query: UPDATE_CUSTOMER_GROUP,
  variables: { input: { id: '1', name, description: 'd' } },
});

const TYPE_LOOKUP = '{ __type(name: "CustomerGroup") { name } }';
const TYPE_IN_FRAGMENT = 'query T { ...F } fragment F on Query { t: __type(name: "CustomerGroup") { name } }';

const userGroup = (input: Record<string, unknown>) => ({ query: UPDATE_USER_GROUP, variables: { input } });
const customerGroup = (input: unknown) => ({ query: UPDATE_CUSTOMER_GROUP, variables: { input } });
const READ = '{ customerGroup(id: "1") { id name } }';
/** Makes every Xtrakit read answer 500 (the gateway reports VENDOR_ERROR). */
const failingReads = (stack: Stack) =>
  stack.xtrakit.faults.add({
    fault: { kind: 'status', status: 500 },
    times: 100,
    match: { operationId: 'getCustomerGroup' },
  });

const CASES: Case[] = [
  { name: 'the mutation', body: mutation('fast 1'), fast: true, compiled: true },
  { name: 'the mutation again (cached document)', body: mutation('fast 2'), fast: true, compiled: true },
  {
    name: 'Accept: application/graphql-response+json',
    body: mutation('fast 3'),
    headers: { accept: 'application/graphql-response+json' },
    fast: true,
    compiled: true,
  },
  { name: 'Accept: */*', body: mutation('fast 4'), headers: { accept: '*/*' }, fast: true, compiled: true },
  {
    name: 'Content-Type with charset',
    body: mutation('fast 5'),
    headers: { 'content-type': 'application/json; charset=utf-8' },
    fast: true,
    compiled: true,
  },
  {
    name: 'the Capillary mutation (@oneOf with one member)',
    body: userGroup({ group: { id: '51334' }, name: 'n', maxGroupSize: 10 }),
    fast: true,
    compiled: true,
  },
  { name: 'a query', body: { query: READ }, fast: true, compiled: true },
  {
    name: 'a vendor error (VENDOR_ERROR, the nullable field null)',
    body: { query: READ },
    setup: failingReads,
    fast: true,
    compiled: true,
  },
  {
    name: 'a missing group',
    body: { query: '{ customerGroup(id: "999999") { id } }' },
    fast: true,
    compiled: true,
  },
  {
    name: '__typename',
    body: { query: '{ __typename }', variables: null, operationName: null },
    fast: true,
    compiled: true,
  },
  { name: 'a wrongly typed input field', body: customerGroup({ id: '1', name: 5 }), fast: true },
  { name: 'an ID that is a fraction', body: customerGroup({ id: 1.5, name: 'n' }), fast: true },
  { name: 'null for a required input field', body: customerGroup({ id: '1', name: null }), fast: true },
  { name: 'a required input field left out', body: customerGroup({ id: '1' }), fast: true },
  {
    name: 'an input field the type does not have',
    body: customerGroup({ id: '1', name: 'n', extra: 1 }),
    fast: true,
  },
  { name: 'an input that is not an object', body: customerGroup('n'), fast: true },
  { name: 'null for a required variable', body: customerGroup(null), fast: true },
  {
    name: 'an Int beyond 32 bits',
    body: userGroup({ group: { id: '51334' }, maxGroupSize: 2 ** 40 }),
    fast: true,
  },
  {
    name: 'a list item without a required field',
    body: userGroup({ group: { id: '51334' }, extendedFields: [{ name: 'a' }] }),
    fast: true,
  },
  { name: '@oneOf with no member, in variables', body: userGroup({ group: {}, name: 'n' }), fast: true },
  {
    name: '@oneOf with a null member, in variables',
    body: userGroup({ group: { id: null }, name: 'n' }),
    fast: true,
  },
  {
    name: 'a nullable variable left out inside an input literal (graphql-js leaves the field out)',
    body: {
      query:
        'mutation ($id: ID!, $name: String!, $d: String) { updateCustomerGroup(input: {id: $id, name: $name, description: $d}) { outcome customerGroup { description } userErrors { message } } }',
      variables: { id: '1', name: 'literal' },
    },
    fast: true,
  },
  {
    name: 'a wrongly typed variable',
    body: { query: 'query($id: ID!) { customerGroup(id: $id) { id } }', variables: { id: { a: 1 } } },
    fast: true,
  },
  {
    name: 'a missing required variable',
    body: { query: UPDATE_CUSTOMER_GROUP, variables: {} },
    fast: true,
  },
  {
    name: '@oneOf with both members, in variables',
    body: {
      query: UPDATE_USER_GROUP,
      variables: { input: { group: { id: '51334', externalId: 'x' }, name: 'n' } },
    },
    fast: true,
  },
  {
    name: 'a vendor refusal (userErrors)',
    body: { query: UPDATE_CUSTOMER_GROUP, variables: { input: { id: '999999', name: 'n' } } },
    fast: true,
    compiled: true,
  },
  {
    name: 'two operations, one chosen',
    body: { query: 'query A { __typename } query B { customerGroup(id: "1") { id } }', operationName: 'B' },
    fast: true,
  },
  {
    name: 'an operation name that is not there',
    body: { query: 'query A { __typename }', operationName: 'C' },
    fast: false,
  },
  {
    name: '@oneOf with both members, inline',
    body: {
      query:
        'mutation { updateUserGroup(input: {group: {id: "1", externalId: "x"}, name: "n"}) { outcome } }',
    },
    fast: false,
  },
  { name: 'an unknown field', body: { query: '{ nope }' }, fast: false },
  { name: 'a syntax error', body: { query: '{' }, fast: false },
  { name: 'introspection (off)', body: { query: '{ __schema { types { name } } }' }, fast: false },
  ...['', ' again (cached document)'].flatMap((again) => [
    { name: `__type (null: introspection off)${again}`, body: { query: TYPE_LOOKUP }, fast: true },
    {
      name: `__type aliased in a fragment${again}`,
      body: { query: TYPE_IN_FRAGMENT, operationName: 'T' },
      fast: true,
    },
  ]),
  { name: 'an unexpected parameter', body: { query: '{ __typename }', token: 'x' }, fast: false },
  { name: 'no query', body: {}, fast: false },
  { name: 'a batch', body: [{ query: '{ __typename }' }], fast: false },
  { name: 'variables as a list', body: { query: '{ __typename }', variables: [] }, fast: false },
  {
    name: 'an allowed Origin',
    body: mutation('cors 1'),
    headers: { origin: 'https://app.example' },
    fast: false,
  },
  { name: 'another Origin', body: mutation('cors 2'), headers: { origin: 'null' }, fast: false },
  {
    name: 'Accept with two types',
    body: mutation('accept 1'),
    headers: { accept: 'application/graphql-response+json, application/json' },
    fast: false,
  },
  { name: 'Accept: text/html', body: mutation('accept 2'), headers: { accept: 'text/html' }, fast: false },
  {
    name: 'Content-Type application/graphql-response+json',
    body: mutation('ct 1'),
    headers: { 'content-type': 'application/graphql-response+json' },
    fast: false,
  },
];

/** What a client sees, with the sandbox's write times (which differ between the two stacks) masked. */
function seen(reply: GraphqlReply) {
  const headers: Record<string, string> = {};
  reply.headers.forEach((value, name) => {
    if (!VOLATILE.has(name)) headers[name] = value;
  });
  return {
    status: reply.status,
    headers,
    body: reply.text.replace(/\d{4}-\d\d-\d\d[T ][\d:.]+Z?/g, '<time>'),
  };
}

describe('the fast path answers plain POSTs exactly as yoga does', () => {
  let fast: Stack;
  let yoga: Stack;
  beforeAll(async () => {
    [fast, yoga] = await Promise.all([startStack({ env: ENV }), startStack({ env: ENV, fastPath: false })]);
  });
  afterAll(() => Promise.all([fast?.stop(), yoga?.stop()]));

  const send = (stack: Stack, c: Case) =>
    stack.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...AUTH, ...c.headers },
      body: JSON.stringify(c.body),
    });

  it.each(CASES)('$name', async (c) => {
    // Twice: a new document is parsed and validated by yoga first, the cached one may run compiled.
    await sameAnswer(fast, yoga, c, send);
    const before = { ...fast.gateway.fast?.counts };
    await sameAnswer(fast, yoga, c, send);
    const counts = fast.gateway.fast?.counts;
    const answered = (counts?.answered ?? 0) - (before.answered ?? 0);
    expect(answered, 'answered by the fast path').toBe(c.fast ? 1 : 0);
    const compiled = (counts?.compiled ?? 0) - (before.compiled ?? 0);
    expect(compiled, 'run compiled').toBe(c.compiled ? 1 : 0);
  });

  it('runs directly with useHiddenSchema on (introspection off); a root __type runs through envelop, which answers it null', () => {
    expect(fast.gateway.fast?.mode).toBe('direct');
  });

  it('logs the same operation lines', () => {
    const lines = (logs: string[]) =>
      logs
        .map((l) => JSON.parse(l) as { msg: string; field?: string; outcome?: string })
        .filter((l) => l.msg === 'operation')
        .map((l) => `${l.field} ${l.outcome}`);
    expect(lines(fast.logs).length).toBeGreaterThan(5);
    expect(lines(fast.logs)).toEqual(lines(yoga.logs));
  });

  it('is not used without the API key (the front door answers 401 first)', async () => {
    const before = fast.gateway.fast?.counts.answered;
    const reply = await fast.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(mutation('no key')),
    });
    expect(reply.status).toBe(401);
    expect(fast.gateway.fast?.counts.answered).toBe(before);
  });
});

/** Sends a case to both stacks: the same status, headers, body and vendor requests. */
async function sameAnswer(
  fast: Stack,
  yoga: Stack,
  c: Case,
  send: (stack: Stack, c: Case) => Promise<GraphqlReply>,
): Promise<void> {
  const replies: GraphqlReply[] = [];
  for (const stack of [fast, yoga]) {
    c.setup?.(stack);
    replies.push(await send(stack, c));
    stack.xtrakit.faults.clear();
  }
  const [a, b] = replies as [GraphqlReply, GraphqlReply];
  expect(seen(a)).toEqual(seen(b));
  expect(fast.vendorRequests()).toBe(yoga.vendorRequests());
}

const FORWARDED_CASES: Case[] = [
  {
    name: 'the mutation without the forwarded key (UNAUTHENTICATED, data null)',
    body: mutation('forwarded 1'),
    fast: true,
    compiled: true,
  },
  {
    name: 'a query without the forwarded key (UNAUTHENTICATED, the nullable field null)',
    body: { query: READ },
    fast: true,
    compiled: true,
  },
  {
    name: 'two mutations, the first refused (graphql-js does not run the second)',
    body: {
      query:
        'mutation { a: updateCustomerGroup(input: {id: "1", name: "a"}) { outcome } b: updateCustomerGroup(input: {id: "1", name: "b"}) { outcome } }',
    },
    fast: true,
  },
];

describe('with forwarded credentials, errors in execution answer as with graphql-js', () => {
  let fast: Stack;
  let yoga: Stack;
  beforeAll(async () => {
    const options = { env: { ...ENV, XTRAKIT_CREDENTIALS: 'forwarded' }, xtrakitApiKey: null };
    [fast, yoga] = await Promise.all([startStack(options), startStack({ ...options, fastPath: false })]);
  });
  afterAll(() => Promise.all([fast?.stop(), yoga?.stop()]));

  const send = (stack: Stack, c: Case) =>
    stack.http('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...AUTH },
      body: JSON.stringify(c.body),
    });

  it.each(FORWARDED_CASES)('$name', async (c) => {
    await sameAnswer(fast, yoga, c, send);
    const before = { ...fast.gateway.fast?.counts };
    await sameAnswer(fast, yoga, c, send);
    const compiled = (fast.gateway.fast?.counts.compiled ?? 0) - (before.compiled ?? 0);
    expect(compiled, 'run compiled').toBe(c.compiled ? 1 : 0);
  });
});

describe('with another execute hook (tracing)', () => {
  it('runs through envelop, so that hook still runs', () => {
    const options = { hideSuggestions: true, maskError: (e: unknown) => e as never, context: () => ({}) };
    const plain = createYoga({ schema: buildGatewaySchema(), context: () => ({}) }) as unknown as GatewayYoga;
    expect(createFastGraphql(plain, options).mode).toBe('direct');
    const traced = createYoga({
      schema: buildGatewaySchema(),
      context: () => ({}),
      plugins: [{ onExecute: () => undefined }],
    }) as unknown as GatewayYoga;
    expect(createFastGraphql(traced, options).mode).toBe('envelop');
  });
});
