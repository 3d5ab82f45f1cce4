// GraphQL and HTTP abuse against a gateway in production mode (NODE_ENV=production, API key, real
// vendors configured): every hostile request is refused at the door with its status and a code from
// the closed set, reaches no vendor, changes nothing, leaks nothing, and the gateway keeps serving.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CANARIES } from '../src/canaries.js';
import { expectClosedErrors, expectHealthy, expectNoCanaryIn, expectRefused } from '../src/checks.js';
import { GATEWAY_AUTH, type Reply, type Stack, startStack, UPDATE_CUSTOMER_GROUP } from '../src/harness.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ production: true });
});
afterAll(() => stack?.stop());
beforeEach(() => stack.reset());

const json = { 'content-type': 'application/json', ...GATEWAY_AUTH };
const post = (body: string, headers: Record<string, string> = json) =>
  stack.http('/graphql', { method: 'POST', headers, body });
const postQuery = (query: string, variables?: Record<string, unknown>) =>
  post(JSON.stringify({ query, ...(variables ? { variables } : {}) }));
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
const mutationField = (i: number) => `m${i}: updateCustomerGroup(input: $input) { outcome }`;
const input = { input: { id: '1', name: 'hostile' } };

describe('introspection and suggestions in production mode', () => {
  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__schema inside a fragment', 'query { ...F } fragment F on Query { __schema { queryType { name } } }'],
    ['__schema under an alias', '{ s: __schema { types { name } } }'],
  ])('refuses introspection through %s', async (_name, query) => {
    const observed = await stack.observe(() => postQuery(query));
    expectRefused(observed, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(observed.reply.text).not.toMatch(/UpdateUserGroupInput|maxGroupSize|inputFields.*name/);
  });

  // `__type` runs (documents written for any server still do) but knows no type at all.
  it.each([
    ['__type', '{ __type(name: "Mutation") { fields { name } } }', '__type'],
    ['__type under an alias', '{ t: __type(name: "UpdateUserGroupInput") { inputFields { name } } }', 't'],
    [
      '__type inside a fragment',
      'query { ...F } fragment F on Query { __type(name: "Query") { name } }',
      '__type',
    ],
    ['__type in an inline fragment', '{ ... on Query { x: __type(name: "UserGroup") { name } } }', 'x'],
  ])('reveals nothing through %s: it answers null', async (_name, query, key) => {
    const observed = await stack.observe(() => postQuery(query));
    expect(observed.reply.status).toBe(200);
    expect(observed.reply.body).toEqual({ data: { [key]: null } });
    expect(observed.reply.text).not.toMatch(
      /UpdateUserGroupInput|maxGroupSize|inputFields|Mutation|UserGroup/,
    );
    expect(observed.calls).toEqual({ xtrakit: 0, capillary: 0 });
  });

  it.each([
    ['a misspelt query field', '{ customerGrou(id: "1") { id } }', undefined],
    ['a misspelt selection', '{ customerGroup(id: "1") { nme } }', undefined],
    ['a misspelt argument', '{ customerGroup(ids: "1") { id } }', undefined],
    [
      'a misspelt type in a variable definition',
      'query($id: Id!) { customerGroup(id: $id) { id } }',
      undefined,
    ],
    [
      'a misspelt input type',
      'mutation($input: UpdateCustomerGroupInpt!) { updateCustomerGroup(input: $input) { outcome } }',
      undefined,
    ],
    ['a misspelt input field (variables)', UPDATE_CUSTOMER_GROUP, { input: { id: '1', nme: 'x' } }],
    [
      'a misspelt input field (literal)',
      'mutation { updateCustomerGroup(input: {id: "1", nme: "x"}) { outcome } }',
      undefined,
    ],
    ['a misspelt mutation', 'mutation { updateCustomerGrop(input: {id: "1"}) { outcome } }', undefined],
  ])('gives no "Did you mean" suggestion for %s', async (_name, query, variables) => {
    const observed = await stack.observe(() => postQuery(query, variables));
    const { reply } = observed;
    expect(reply.status).toBe(400);
    expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(reply.body.errors[0].extensions.code);
    expect(reply.text).not.toMatch(/did you mean/i);
    expectClosedErrors(reply);
    expect(observed.calls).toEqual({ xtrakit: 0, capillary: 0 });
    expectNoCanaryIn(reply);
  });

  it('does not serve GraphiQL or a landing page', async () => {
    for (const path of ['/graphql', '/']) {
      const reply = await stack.http(path, { headers: { accept: 'text/html', ...GATEWAY_AUTH } });
      expect(reply.text).not.toMatch(/<html|graphiql/i);
    }
  });

  it('stays healthy after the introspection cases', () => expectHealthy(stack));
});

describe('document limits (depth, aliases, root fields, tokens, directives, cost)', () => {
  const nestedFragments = (depth: number) =>
    `{ customerGroup(id: "1") { ${'... on CustomerGroup { '.repeat(depth)} id ${'} '.repeat(depth)} } }`;
  it.each([
    ['a depth bomb of 60 nested inline fragments', nestedFragments(60), 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a depth bomb of 40 chained named fragments',
      `{ ...F0 } ${repeat(40, (i) => `fragment F${i} on Query { ${i < 39 ? `...F${i + 1}` : '__typename'} }`)}`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a fragment cycle',
      '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      '16 aliases inside one mutation payload',
      `mutation($input: UpdateCustomerGroupInput!) { updateCustomerGroup(input: $input) { ${repeat(16, (i) => `a${i}: outcome`)} } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      '300 aliases of one mutation',
      `mutation($input: UpdateCustomerGroupInput!) { ${repeat(300, mutationField)} }`,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      '6 aliased copies of one mutation (root-field limit)',
      `mutation($input: UpdateCustomerGroupInput!) { ${repeat(6, mutationField)} }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      '6 root fields hidden in a fragment on Mutation',
      `mutation($input: UpdateCustomerGroupInput!) { ...M } fragment M on Mutation { ${repeat(6, mutationField)} }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      '20 aliases of __typename',
      `{ ${repeat(20, (i) => `t${i}: __typename`)} }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a token flood of 5000 fields', `{ ${'__typename '.repeat(5000)} }`, 'GRAPHQL_PARSE_FAILED'],
    [
      'a token flood of 3000 unused variables',
      `query(${repeat(3000, (i) => `$v${i}: Int`)}) { __typename }`,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'a directive flood of 100 @include',
      `{ __typename ${'@include(if: true) '.repeat(100)} }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a directive flood of 60 @skip',
      `{ __typename ${'@skip(if: false) '.repeat(60)} }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a flood of 400 unknown directives', `{ __typename ${'@a '.repeat(400)} }`, 'GRAPHQL_VALIDATION_FAILED'],
  ])('refuses %s before any vendor call', async (_name, query, code) => {
    const observed = await stack.observe(() => postQuery(query, input));
    expectRefused(observed, 400, code as 'GRAPHQL_VALIDATION_FAILED');
  });

  // Armor's cost: a leaf costs 1, an object 2, and each level below a root field multiplies by 1.5.
  // Four inline fragments under one root field: cost = 26.375 + 7.59375 × leaves, so 700 leaves cost
  // ~5342 > 5000 while depth (6), aliases (0), root fields (1), tokens (~725) and directives (0) are within limits.
  const costly = (leaves: number) =>
    `{ customerGroup(id: "1") { ${'... on CustomerGroup { '.repeat(4)}${'id '.repeat(leaves)}${'} '.repeat(4)}} }`;

  it('refuses a document over the cost limit (5000) that is within every other limit', async () => {
    expectRefused(await stack.observe(() => postQuery(costly(700))), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('runs the same shape under the cost limit (600 leaves ≈ 4582): one vendor call', async () => {
    const observed = await stack.observe(() => postQuery(costly(600)));
    expect(observed.reply.status, observed.reply.text).toBe(200);
    expect(observed.reply.body.data.customerGroup.id).toBe('1');
    expect(observed.calls).toEqual({ xtrakit: 1, capillary: 0 });
  });

  it('allows exactly the limits: 5 mutations make exactly 5 vendor calls, 15 aliases and 50 directives pass', async () => {
    const five = await stack.observe(() =>
      postQuery(`mutation($input: UpdateCustomerGroupInput!) { ${repeat(5, mutationField)} }`, input),
    );
    expect(five.reply.status).toBe(200);
    expect(Object.values(five.reply.body.data).map((p) => (p as { outcome: string }).outcome)).toEqual(
      Array(5).fill('APPLIED'),
    );
    expect(five.calls).toEqual({ xtrakit: 5, capillary: 0 });
    const aliases = await stack.observe(() =>
      postQuery(
        `mutation($input: UpdateCustomerGroupInput!) { updateCustomerGroup(input: $input) { ${repeat(15, (i) => `a${i}: outcome`)} } }`,
        input,
      ),
    );
    expect(aliases.reply.status, aliases.reply.text).toBe(200);
    expect(aliases.calls).toEqual({ xtrakit: 1, capillary: 0 });
    const directives = await stack.observe(() =>
      postQuery(
        `mutation($input: UpdateCustomerGroupInput!) { updateCustomerGroup(input: $input) { ${'outcome @include(if: true) '.repeat(50)} } }`,
        input,
      ),
    );
    expect(directives.reply.status, directives.reply.text).toBe(200);
    expect(directives.calls).toEqual({ xtrakit: 1, capillary: 0 });
  });

  it('stays healthy after the limit cases', () => expectHealthy(stack));
});

describe('HTTP abuse', () => {
  const mutationBody = JSON.stringify({
    query: 'mutation { updateCustomerGroup(input: {id: "1", name: "csrf"}) { outcome } }',
  });
  const form = `query=${encodeURIComponent('mutation { updateCustomerGroup(input: {id: "1", name: "csrf"}) { outcome } }')}`;
  const boundary = '----reliability';
  const multipart = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="operations"',
    '',
    mutationBody,
    `--${boundary}`,
    'Content-Disposition: form-data; name="map"',
    '',
    '{}',
    `--${boundary}--`,
    '',
  ].join('\r\n');

  it.each<[string, () => Promise<Reply>, number, string]>([
    [
      'a cross-site form-encoded POST',
      () => post(form, { 'content-type': 'application/x-www-form-urlencoded', ...GATEWAY_AUTH }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a cross-site multipart POST (GraphQL multipart request)',
      () => post(multipart, { 'content-type': `multipart/form-data; boundary=${boundary}`, ...GATEWAY_AUTH }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a text/plain POST of JSON (no preflight)',
      () => post(mutationBody, { 'content-type': 'text/plain', ...GATEWAY_AUTH }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a POST with no content type',
      () => stack.http('/graphql', { method: 'POST', headers: GATEWAY_AUTH, body: new Blob([mutationBody]) }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'application/graphql',
      () =>
        post('mutation { updateCustomerGroup(input: {id: "1", name: "g"}) { outcome } }', {
          'content-type': 'application/graphql',
          ...GATEWAY_AUTH,
        }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'application/xml',
      () => post('<q/>', { 'content-type': 'application/xml', ...GATEWAY_AUTH }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'application/jsonx (a near miss)',
      () => post(mutationBody, { 'content-type': 'application/jsonx', ...GATEWAY_AUTH }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a mutation over GET',
      () =>
        stack.http(
          `/graphql?query=${encodeURIComponent('mutation { updateCustomerGroup(input: {id: "1", name: "g"}) { outcome } }')}`,
          {
            headers: { 'x-graphql-yoga-csrf': '1', ...GATEWAY_AUTH },
          },
        ),
      405,
      'METHOD_NOT_ALLOWED',
    ],
    [
      'a mutation over GET picked by operationName',
      () =>
        stack.http(
          `/graphql?operationName=M&query=${encodeURIComponent('query Q { __typename } mutation M { updateCustomerGroup(input: {id: "1", name: "g"}) { outcome } }')}`,
          { headers: { 'x-graphql-yoga-csrf': '1', ...GATEWAY_AUTH } },
        ),
      405,
      'METHOD_NOT_ALLOWED',
    ],
    [
      'a GET without the CSRF-prevention header',
      () => stack.http('/graphql?query=%7B__typename%7D', { headers: GATEWAY_AUTH }),
      403,
      'BAD_REQUEST',
    ],
    [
      'PUT',
      () => stack.http('/graphql', { method: 'PUT', headers: json, body: mutationBody }),
      405,
      'METHOD_NOT_ALLOWED',
    ],
    [
      'DELETE',
      () => stack.http('/graphql', { method: 'DELETE', headers: GATEWAY_AUTH }),
      405,
      'METHOD_NOT_ALLOWED',
    ],
    [
      'PATCH',
      () => stack.http('/graphql', { method: 'PATCH', headers: json, body: mutationBody }),
      405,
      'METHOD_NOT_ALLOWED',
    ],
    [
      'a batched array of queries',
      () => post('[{"query":"{__typename}"},{"query":"{__typename}"}]'),
      400,
      'BAD_REQUEST',
    ],
    [
      'a batched array of mutations',
      () => post(`[${mutationBody},${mutationBody},${mutationBody}]`),
      400,
      'BAD_REQUEST',
    ],
    ['malformed JSON (cut short)', () => post('{"query": "{ __typename'), 400, 'BAD_REQUEST'],
    ['malformed JSON (a bare string)', () => post('"{ __typename }"'), 400, 'BAD_REQUEST'],
    ['malformed JSON (null)', () => post('null'), 400, 'BAD_REQUEST'],
    ['malformed JSON (a number as query)', () => post('{"query": 42}'), 400, 'BAD_REQUEST'],
    [
      'malformed JSON (variables as a string)',
      () => post('{"query": "{ __typename }", "variables": "x"}'),
      400,
      'BAD_REQUEST',
    ],
    [
      'malformed JSON (trailing garbage)',
      () => post('{"query": "{ __typename }"} {"query": "x"}'),
      400,
      'BAD_REQUEST',
    ],
    ['an empty body', () => post(''), 400, 'BAD_REQUEST'],
    [
      'a body over the limit (1 MiB + 1)',
      () => post(JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(1024 * 1024) })),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a chunked body over the limit (no content-length)',
      () =>
        stack.http('/graphql', {
          method: 'POST',
          headers: json,
          body: bigStream(2 * 1024 * 1024),
          duplex: 'half',
        } as RequestInit),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a missing gateway API key',
      () =>
        stack.http('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: mutationBody,
        }),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'a wrong gateway API key',
      () =>
        stack.http('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${CANARIES.gatewayKey}x` },
          body: mutationBody,
        }),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'the gateway API key in the query string instead of the header',
      () =>
        stack.http(`/graphql?access_token=${encodeURIComponent(CANARIES.gatewayKey)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: mutationBody,
        }),
      401,
      'UNAUTHENTICATED',
    ],
    ['an unknown path', () => stack.http('/graphql/../admin', { headers: GATEWAY_AUTH }), 404, 'NOT_FOUND'],
  ])('refuses %s (%i %s), zero vendor calls', async (_name, send, status, code) => {
    const observed = await stack.observe(send);
    expectRefused(observed, status, code as 'BAD_REQUEST');
  });

  it('refuses an over-limit body from its declared length, before reading it', async () => {
    const reply = await stack.raw(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${CANARIES.gatewayKey}\r\nContent-Length: ${64 * 1024 * 1024}\r\nConnection: close\r\n\r\n{"query":`,
    );
    expect(reply.status).toBe(413);
    expect(reply.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(stack.calls()).toEqual({ xtrakit: 0, capillary: 0 });
  });

  it('refuses an oversized header block (431) without a vendor call', async () => {
    const reply = await stack.raw(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nX-Pad: ${'p'.repeat(64 * 1024)}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    );
    expect(reply.status).toBe(431);
    expect(stack.calls()).toEqual({ xtrakit: 0, capillary: 0 });
  });

  it('reflects no foreign origin and allows no credentials (CORS off by default)', async () => {
    const preflight = await stack.http('/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const simple = await stack.http('/graphql', {
      method: 'POST',
      headers: { ...json, origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    expect(simple.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('stays healthy after the HTTP abuse cases', () => expectHealthy(stack));
});

describe('CORS with configured origins', () => {
  let cors: Stack;
  const allowed = ['https://app.example.com', 'https://admin.example.com'];
  beforeAll(async () => {
    cors = await startStack({ production: true, env: { CORS_ORIGINS: allowed.join(',') } });
  });
  afterAll(() => cors?.stop());

  it.each([
    ['https://evil.example', false],
    ['https://app.example.com.evil.example', false],
    ['https://evil-app.example.com', false],
    ['http://app.example.com', false],
    ['null', false],
    ['https://app.example.com', true],
    ['https://admin.example.com', true],
  ])('origin %s: allowed %s, never reflected otherwise, never with credentials', async (origin, ok) => {
    const preflight = await cors.http('/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });
    const reply = await cors.http('/graphql', {
      method: 'POST',
      headers: { ...json, origin },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    for (const answer of [preflight, reply]) {
      const allowOrigin = answer.headers.get('access-control-allow-origin');
      if (ok) expect(allowOrigin).toBe(origin);
      else expect(allowOrigin === null || allowed.includes(allowOrigin), `${allowOrigin}`).toBe(true);
      expect(allowOrigin).not.toBe('*');
      expect(answer.headers.get('access-control-allow-credentials')).not.toBe('true');
    }
    expect(cors.calls()).toEqual({ xtrakit: 0, capillary: 0 });
  });

  it('stays healthy after the CORS cases', () => expectHealthy(cors));
});

afterAll(() => stack?.assertNoLeaks());

function bigStream(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}
