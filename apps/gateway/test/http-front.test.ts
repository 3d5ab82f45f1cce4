// The HTTP front door: gateway API keys, request limits, methods and media types, the closed set of
// error codes, introspection, health/readiness/metrics, and a graceful drain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_ERROR_CODES } from '../src/index.js';
import { type GraphqlReply, type Stack, startStack, UPDATE_CUSTOMER_GROUP } from './stack.js';

const GATEWAY_KEY = 'test-gateway-key-0123456789abcdef';
const CLOSED = Object.keys(GRAPHQL_ERROR_CODES);

function expectClosedError(reply: GraphqlReply, code: string) {
  expect(reply.body?.errors?.length, reply.text).toBeGreaterThan(0);
  for (const error of reply.body.errors) {
    expect(CLOSED).toContain(error.extensions.code);
    expect(
      Object.keys(error.extensions).every((k) => ['code', 'kind', 'retryAfterSeconds'].includes(k)),
    ).toBe(true);
  }
  expect(reply.body.errors[0].extensions.code).toBe(code);
}

describe('with gateway API keys and production settings', () => {
  let stack: Stack;
  const auth = { authorization: `Bearer ${GATEWAY_KEY}` };
  beforeAll(async () => {
    stack = await startStack({
      env: {
        GATEWAY_API_KEYS: `another-key-aaaaaaaaaaaa,${GATEWAY_KEY}`,
        GRAPHIQL: 'false',
        GRAPHQL_INTROSPECTION: 'false',
        MAX_BODY_BYTES: '4096',
      },
    });
  });
  afterAll(() => stack.stop());

  it('refuses a missing or wrong key with 401 UNAUTHENTICATED and no vendor call', async () => {
    const missing = await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'x' } });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expectClosedError(missing, 'UNAUTHENTICATED');
    const wrong = await stack.gql('{ __typename }', undefined, { authorization: `Bearer ${GATEWAY_KEY}x` });
    expect(wrong.status).toBe(401);
    expect(stack.vendorRequests()).toBe(0);
  });

  it('accepts any configured key', async () => {
    const reply = await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'keyed' } }, auth);
    expect(reply.body.data.updateCustomerGroup.outcome).toBe('APPLIED');
    const other = await stack.gql('{ __typename }', undefined, {
      authorization: 'Bearer another-key-aaaaaaaaaaaa',
    });
    expect(other.body.data).toEqual({ __typename: 'Query' });
  });

  it('keeps accepting keys and refusing guesses after many accepted header values', async () => {
    // 70 spellings of the two keys (more than the 64 accepted values remembered), then the first again.
    const spellings = Array.from(
      { length: 70 },
      (_, i) =>
        `${i % 2 ? 'bearer' : 'Bearer'}${' '.repeat(1 + (i >> 1))}${i % 3 ? GATEWAY_KEY : 'another-key-aaaaaaaaaaaa'}`,
    );
    for (const authorization of [...spellings, spellings[0] as string]) {
      const reply = await stack.gql('{ __typename }', undefined, { authorization });
      expect(reply.status, authorization).toBe(200);
    }
    for (const authorization of [`Bearer ${GATEWAY_KEY.slice(0, -1)}`, `${spellings[1]}x`, 'Bearer', '']) {
      const reply = await stack.gql('{ __typename }', undefined, { authorization });
      expect(reply.status, authorization).toBe(401);
    }
  });
  it('refuses introspection and does not suggest field names', async () => {
    const intro = await stack.gql('{ __schema { types { name } } }', undefined, auth);
    expect(intro.body.data).toBeUndefined();
    expectClosedError(intro, 'GRAPHQL_VALIDATION_FAILED');
    const typo = await stack.gql('{ customerGrou(id: "1") { id } }', undefined, auth);
    expectClosedError(typo, 'GRAPHQL_VALIDATION_FAILED');
    expect(typo.text).not.toMatch(/Did you mean/);
  });

  it('refuses an over-limit body with 413 before parsing it', async () => {
    const big = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(5000) } });
    const reply = await stack.http('/graphql', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: big,
    });
    expect(reply.status).toBe(413);
    expectClosedError(reply, 'PAYLOAD_TOO_LARGE');
  });

  it('does not serve GraphiQL when it is switched off', async () => {
    const reply = await stack.http('/graphql', { headers: { ...auth, accept: 'text/html' } });
    expect(reply.text).not.toMatch(/<html/i);
  });
});

describe('request checks (open gateway on the sandboxes)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const post = (body: string, contentType = 'application/json') =>
    stack.http('/graphql', { method: 'POST', headers: { 'content-type': contentType }, body });

  it.each([
    ['invalid JSON', () => post('{"query": '), 400, 'BAD_REQUEST'],
    ['no query', () => post('{}'), 400, 'BAD_REQUEST'],
    ['a batch', () => post('[{"query":"{__typename}"}]'), 400, 'BAD_REQUEST'],
    [
      'text/plain (CSRF-able)',
      () => post('{"query":"{__typename}"}', 'text/plain'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['a syntax error', () => post('{"query":"{"}'), 400, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', () => post('{"query":"{ nope }"}'), 400, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a wrongly typed variable',
      () =>
        post(
          JSON.stringify({
            query: 'query($id: ID!) { customerGroup(id: $id) { id } }',
            variables: { id: { a: 1 } },
          }),
        ),
      400,
      'BAD_USER_INPUT',
    ],
    ['PUT', () => stack.http('/graphql', { method: 'PUT', body: '{}' }), 405, 'METHOD_NOT_ALLOWED'],
    [
      'a mutation over GET',
      () =>
        stack.http(
          `/graphql?query=${encodeURIComponent('mutation { updateCustomerGroup(input: {id: "1", name: "g"}) { outcome } }')}`,
          {
            headers: { 'x-graphql-yoga-csrf': '1' },
          },
        ),
      405,
      'METHOD_NOT_ALLOWED',
    ],
    [
      'a GET without the CSRF header',
      () => stack.http('/graphql?query=%7B__typename%7D'),
      403,
      'BAD_REQUEST',
    ],
    ['an unknown path', () => stack.http('/admin'), 404, 'NOT_FOUND'],
  ] as const)('answers %s with %i %s from the closed set', async (_name, send, status, code) => {
    const reply = await send();
    expect(reply.status).toBe(status);
    expectClosedError(reply, code);
    expect(stack.vendorRequests()).toBe(0);
  });

  it('never echoes the request body in an error (yoga puts the JSON parse error in originalError)', async () => {
    const reply = await post('{"query": "{ __typename }", "token": sk_live_SECRET');
    expect(reply.text).not.toContain('sk_live_SECRET');
  });

  it.each([
    [
      'depth',
      `{ customerGroup(id: "1") { id ${'... on CustomerGroup { '.repeat(8)} id ${'} '.repeat(8)} } }`,
    ],
    ['aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: __typename`).join(' ')} }`],
    [
      'root fields',
      `{ ${Array.from({ length: 6 }, (_, i) => `g${i}: customerGroup(id: "${i + 1}") { id }`).join(' ')} }`,
    ],
    ['tokens', `{ ${'__typename '.repeat(1200)} }`],
    ['directives', `{ __typename ${'@include(if: true) '.repeat(60)} }`],
  ])('refuses a document over the %s limit before any vendor call', async (_limit, query) => {
    const reply = await post(JSON.stringify({ query }));
    expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(
      reply.body.errors[0].extensions.code,
    );
    expect(reply.body.data).toBeUndefined();
    expect(stack.vendorRequests()).toBe(0);
  });

  it('a root-field limit also stops mutation fan-out (6 mutations in one document)', async () => {
    const fields = Array.from(
      { length: 6 },
      (_, i) => `m${i}: updateCustomerGroup(input: {id: "1", name: "n${i}"}) { outcome }`,
    );
    const reply = await post(JSON.stringify({ query: `mutation { ${fields.join(' ')} }` }));
    expectClosedError(reply, 'GRAPHQL_VALIDATION_FAILED');
    expect(stack.vendorRequests()).toBe(0);
  });

  it('serves health, readiness and Prometheus metrics with operation outcomes', async () => {
    expect((await stack.http('/healthz')).body).toEqual({ status: 'ok' });
    expect((await stack.http('/readyz')).body).toEqual({ status: 'ready', rateLimits: 'off' });
    await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'metered' } });
    const metrics = await stack.http('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(
      /gateway_operations_total\{operation="updateCustomerGroup",outcome="APPLIED"\} 1/,
    );
    expect(metrics.text).toMatch(
      /gateway_upstream_duration_seconds_count\{vendor="xtrakit",operation="updateCustomerGroup",status="200"\} 1/,
    );
  });

  it('serves GraphiQL with the example operations, inlined (no CDN)', async () => {
    const reply = await stack.http('/graphql', { headers: { accept: 'text/html' } });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('updateCustomerGroup');
    expect(reply.text).not.toMatch(/<script[^>]+src="https?:/);
  });
});

describe('CORS', () => {
  const preflight = (stack: Stack, origin: string) =>
    stack.http('/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('is off by default: no Access-Control-Allow-Origin for any origin', async () => {
    const stack = await startStack();
    try {
      const reply = await preflight(stack, 'https://evil.example');
      expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await stack.stop();
    }
  });

  it('allows only the listed origins, never with credentials, never reflecting others', async () => {
    const stack = await startStack({ env: { CORS_ORIGINS: 'https://app.example.com' } });
    try {
      const allowed = await preflight(stack, 'https://app.example.com');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      expect(allowed.headers.get('access-control-allow-credentials')).not.toBe('true');
      const other = await preflight(stack, 'https://evil.example');
      expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
      expect(stack.vendorRequests()).toBe(0);
    } finally {
      await stack.stop();
    }
  });
});

describe('graceful stop', () => {
  it('finishes the in-flight mutation, then refuses new work and closes', async () => {
    const stack = await startStack();
    stack.xtrakit.faults.add({ fault: { kind: 'latency', ms: 300 }, times: 1 });
    const inFlight = stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'in flight' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = stack.stop();
    const reply = await inFlight;
    expect(reply.body.data.updateCustomerGroup.outcome).toBe('APPLIED');
    await stopped;
    await expect(fetch(`${stack.url}/healthz`)).rejects.toThrow();
  });
});
