// Injection towards the vendors: ids that would change the vendor URL (traversal, separators,
// absolute URLs), text that would split or corrupt a header, and extendedFields that are too big,
// too deep or named to pollute prototypes. Each is refused before the wire (zero vendor calls, state
// unchanged) with a typed error, or, where it is legitimate data, reaches the vendor byte for byte.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CANARIES, CANARY_USERNAME } from '../src/canaries.js';
import {
  expectClosedErrors,
  expectHealthy,
  expectNoCanaryIn,
  expectPayload,
  expectRefused,
} from '../src/checks.js';
import {
  GATEWAY_AUTH,
  issueToken,
  type Stack,
  startStack,
  UPDATE_CUSTOMER_GROUP,
  UPDATE_USER_GROUP,
} from '../src/harness.js';

const HOSTILE_IDS = [
  '',
  '.',
  '..',
  '../admin',
  '../../api/v1/customer-groups',
  '1/../2',
  '1/2',
  '%2F',
  '1%2F..%2F2',
  '%2e%2e',
  'a?x=1',
  '1?business_code=1',
  'a#b',
  '1#x',
  'http://evil.example/x',
  'https://evil.example',
  '//evil.example',
  '1\r\nX-Injected: 1',
  '1\n',
  ' 1',
  '1 ',
  '\u0000',
  '1\u0000',
  '\u0661',
  '\uff11',
  '-1',
  '+1',
  '1e3',
  '0x1',
  '1.0',
  '12345678901234567890',
  '1;drop',
  '~',
];

describe('ids that would change the vendor URL or body (server credentials)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());
  beforeEach(() => stack.reset());

  it.each(HOSTILE_IDS.map((id) => [JSON.stringify(id), id]))(
    'Xtrakit path id %s: INVALID_INPUT on input.id, nothing sent',
    async (_name, id) => {
      const observed = await stack.observe(() =>
        stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id, name: 'x' } }),
      );
      const payload = expectPayload(observed, 'updateCustomerGroup', {
        outcome: 'NOT_APPLIED',
        userError: 'INVALID_INPUT',
        calls: { xtrakit: 0, capillary: 0 },
      });
      expect(payload.userErrors[0].field).toEqual(['input', 'id']);
    },
  );

  it.each(HOSTILE_IDS.slice(0, 12).map((id) => [JSON.stringify(id), id]))(
    'Xtrakit read-back with id %s: BAD_USER_INPUT, nothing sent',
    async (_name, id) => {
      const observed = await stack.observe(() =>
        stack.gql('query($id: ID!) { customerGroup(id: $id) { id name } }', { id }),
      );
      expect(observed.reply.body.errors[0].extensions.code, observed.reply.text).toBe('BAD_USER_INPUT');
      expectClosedErrors(observed.reply);
      expect(observed.calls).toEqual({ xtrakit: 0, capillary: 0 });
    },
  );

  it.each(HOSTILE_IDS.map((id) => [JSON.stringify(id), id]))(
    'Capillary body id %s: INVALID_INPUT, nothing sent',
    async (_name, id) => {
      const observed = await stack.observe(() =>
        stack.gql(UPDATE_USER_GROUP, { input: { group: { id }, name: 'x' } }),
      );
      const payload = expectPayload(observed, 'updateUserGroup', {
        outcome: 'NOT_APPLIED',
        userError: 'INVALID_INPUT',
        calls: { xtrakit: 0, capillary: 0 },
      });
      expect(payload.userErrors[0].field).toEqual(['input', 'group', 'id']);
    },
  );

  it('the largest id (19 digits) travels exactly, as a path segment (no float rounding): NOT_FOUND, one call', async () => {
    const id = '9223372036854775807';
    const observed = await stack.observe(() =>
      stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id, name: 'x' } }),
    );
    expectPayload(observed, 'updateCustomerGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'NOT_FOUND',
      calls: { xtrakit: 1, capillary: 0 },
    });
    expect(stack.xtrakit.requests.all()[0]?.path).toBe(`/api/v1/customer-groups/${id}`);
  });

  it.each([
    ['../admin', '../admin'],
    ['a?x=1#y', 'a?x=1#y'],
    ['CR/LF in an externalId', 'a\r\nX-Injected: 1'],
  ])(
    'an externalId like %s is body data: sent verbatim in JSON, NOT_FOUND, nothing changed',
    async (_n, externalId) => {
      const observed = await stack.observe(() =>
        stack.gql(UPDATE_USER_GROUP, { input: { group: { externalId }, name: 'x' } }),
      );
      expectPayload(observed, 'updateUserGroup', {
        outcome: 'NOT_APPLIED',
        userError: 'NOT_FOUND',
        calls: { xtrakit: 0, capillary: 1 },
      });
      const request = stack.capillary.requests.all()[0];
      expect(request?.path).toBe('/v2/userGroup2');
      expect(request?.body).toEqual({ externalId, groupName: 'x' });
    },
  );

  it.each([
    ['an empty externalId', ''],
    ['a 51-character externalId', 'e'.repeat(51)],
  ])('%s is refused before the wire', async (_n, externalId) => {
    const observed = await stack.observe(() =>
      stack.gql(UPDATE_USER_GROUP, { input: { group: { externalId }, name: 'x' } }),
    );
    expectPayload(observed, 'updateUserGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'INVALID_INPUT',
      calls: { xtrakit: 0, capillary: 0 },
    });
  });

  it.each([
    ['a second query parameter', 'x&id=51334'],
    ['a fragment', 'natwest14#x'],
    ['a traversal', '../v2/userGroup2?id=51334'],
  ])('a read-back externalId with %s stays one encoded query value', async (_n, externalId) => {
    const observed = await stack.observe(() =>
      stack.gql('query($e: String!) { userGroup(ref: {externalId: $e}) { id name } }', { e: externalId }),
    );
    expect(observed.reply.body.errors, observed.reply.text).toBeUndefined();
    expect(observed.reply.body.data.userGroup).toBeNull();
    expect(observed.calls).toEqual({ xtrakit: 0, capillary: 1 });
    const request = stack.capillary.requests.all()[0];
    expect(request?.path).toBe('/v2/userGroup2');
    expect(request?.query).toEqual({ externalId });
    expectNoCanaryIn(observed.reply);
  });

  it.each([
    ['CR/LF', 'line one\r\nX-Injected: yes'],
    ['non-Latin-1 text', 'Группа 客户 🎯 مجموعة'],
    ['NUL and control characters', 'a\u0000b\u0007c\u001b[31m'],
    ['lone surrogate-free astral characters', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'],
  ])('%s in a name is data, not a header: stored byte for byte on both vendors', async (_n, text) => {
    const x = await stack.observe(() =>
      stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: text, description: text } }),
    );
    expectPayload(x, 'updateCustomerGroup', { outcome: 'APPLIED', calls: { xtrakit: 1, capillary: 0 } });
    expect(stack.xtrakit.store.get(1)).toMatchObject({ group_name: text, group_description: text });
    const c = await stack.observe(() =>
      stack.gql(UPDATE_USER_GROUP, {
        input: { group: { id: '51334' }, name: text, extendedFields: [{ name: 'tier_label', value: text }] },
      }),
    );
    expectPayload(c, 'updateUserGroup', { outcome: 'APPLIED', calls: { xtrakit: 0, capillary: 1 } });
    expect(stack.capillary.store.get(51334)).toMatchObject({
      groupName: text,
      extendedFields: { platinum: 35, tier_label: text },
    });
  });

  it('stays healthy after the id cases', () => expectHealthy(stack));
});

describe('extendedFields that are too big, too deep or named to pollute', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());
  beforeEach(() => stack.reset());

  const update = (extendedFields: unknown) =>
    stack.observe(() => stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '51334' }, extendedFields } }));
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `f${i}`, value: 'v' }));

  it.each<[string, unknown, string[]]>([
    ['51 fields (over the 50 the spec allows)', many(51), ['input', 'extendedFields']],
    ['5000 fields', many(5000), ['input', 'extendedFields']],
    [
      'the same name twice',
      [
        { name: 'platinum', value: '1' },
        { name: 'platinum', value: '2' },
      ],
      ['input', 'extendedFields'],
    ],
  ])('refuses %s before the wire: INVALID_INPUT, nothing changed', async (_n, fields, path) => {
    const payload = expectPayload(await update(fields), 'updateUserGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'INVALID_INPUT',
      calls: { xtrakit: 0, capillary: 0 },
    });
    expect(payload.userErrors[0].field.slice(0, 2)).toEqual(path);
  });

  // The vendor documents no limit on names or values (specs/capillary.yaml x-doc-conflicts "Extended
  // field limits"): such a field is sent as data, and a name Capillary does not know is its warning 91016.
  it.each<[string, unknown]>([
    ['a name with a dot', [{ name: 'a.b', value: '1' }]],
    ['a name with a slash', [{ name: '../x', value: '1' }]],
    ['an empty name', [{ name: '', value: '1' }]],
    ['a 101-character name', [{ name: 'n'.repeat(101), value: '1' }]],
  ])('sends %s as data: the vendor warns 91016 and changes nothing', async (_n, fields) => {
    const payload = expectPayload(await update(fields), 'updateUserGroup', {
      outcome: 'APPLIED_WITH_WARNINGS',
      calls: { xtrakit: 0, capillary: 1 },
      changed: { xtrakit: false, capillary: false },
    });
    expect(payload.warnings.map((w: { code: number }) => w.code)).toEqual([91016]);
  });

  it.each<[string, number]>([
    ['a 1001-character value', 1001],
    ['a 100 kB value', 100_000],
  ])('sends %s of a string field whole, and it is applied', async (_n, length) => {
    const value = 'v'.repeat(length);
    expectPayload(await update([{ name: 'tier_label', value }]), 'updateUserGroup', {
      outcome: 'APPLIED',
      calls: { xtrakit: 0, capillary: 1 },
      changed: { xtrakit: false, capillary: true },
    });
    expect(stack.capillary.store.get(51334)?.extendedFields.tier_label).toBe(value);
  });

  const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: nested(depth - 1) });
  it.each<[string, unknown]>([
    ['a nested object as a value', [{ name: 'tier_label', value: { a: { b: 'c' } } }]],
    ['a 2000-deep object as a value', [{ name: 'tier_label', value: nested(2000) }]],
    ['a list as a value', [{ name: 'tier_label', value: ['a', 'b'] }]],
    ['a number as a value (String is not coerced from Int)', [{ name: 'platinum', value: 35 }]],
    ['an object instead of the list', { platinum: '35' }],
    ['a list of lists', [[{ name: 'platinum', value: '1' }]]],
    ['an extra key in a field', [{ name: 'platinum', value: '1', type: 'integer' }]],
  ])('refuses %s as BAD_USER_INPUT (400), nothing sent', async (_n, fields) => {
    expectRefused(await update(fields), 400, 'BAD_USER_INPUT');
  });

  it('refuses a 100 000-deep JSON variable without crashing (400, nothing sent)', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const observed = await stack.observe(() =>
      stack.http('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...GATEWAY_AUTH },
        body: `{"query":${JSON.stringify(UPDATE_USER_GROUP)},"variables":{"input":{"group":{"id":"51334"},"extendedFields":${deep}}}}`,
      }),
    );
    expectRefused(observed, 400, 'BAD_USER_INPUT');
  });

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])(
    'an extended field named %s is sent as data (the vendor warns 91016), never dropped or merged into a prototype',
    async (name) => {
      const observed = await update([{ name, value: 'polluted' }]);
      const payload = expectPayload(observed, 'updateUserGroup', {
        outcome: 'APPLIED_WITH_WARNINGS',
        calls: { xtrakit: 0, capillary: 1 },
        // Only the unknown field was given: the vendor applied nothing, so its state is unchanged.
        changed: { xtrakit: false, capillary: false },
      });
      expect(payload.warnings.map((w: { code: number }) => w.code)).toEqual([91016]);
      const sent = stack.capillary.requests.all()[0]?.body as { extendedFields: Record<string, unknown> };
      expect(Object.hasOwn(sent.extendedFields, name)).toBe(true);
      expect(sent.extendedFields[name]).toBe('polluted');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it.each([
    ['__proto__ in the input object', '{"id":"1","name":"x","__proto__":{"description":"polluted"}}'],
    [
      'constructor.prototype in the input object',
      '{"id":"1","name":"x","constructor":{"prototype":{"description":"polluted"}}}',
    ],
  ])('refuses %s (BAD_USER_INPUT, nothing sent, no prototype polluted)', async (_n, inputJson) => {
    // Sent as JSON text: in an object literal, __proto__ would set the prototype instead of a key.
    const observed = await stack.observe(() =>
      stack.http('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...GATEWAY_AUTH },
        body: `{"query":${JSON.stringify(UPDATE_CUSTOMER_GROUP)},"variables":{"input":${inputJson}}}`,
      }),
    );
    expectRefused(observed, 400, 'BAD_USER_INPUT');
    expect(({} as Record<string, unknown>).description).toBeUndefined();
  });

  it('stays healthy after the extendedFields cases', () => expectHealthy(stack));
});

describe('text that would become a header (forwarded credentials)', () => {
  let stack: Stack;
  let token: string;
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  const goodBasic = b64(`${CANARY_USERNAME}:${CANARIES.capillaryPassword}`);
  beforeAll(async () => {
    stack = await startStack({ forwarded: { xtrakit: true, capillary: true } });
    token = await issueToken(stack);
  });
  afterAll(() => stack?.stop());
  beforeEach(() => stack.reset());

  const xtrakitWith = (headers: Record<string, string>) =>
    stack.observe(() => stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'x' } }, headers));
  const capillaryWith = (headers: Record<string, string>, name = 'x') =>
    stack.observe(() => stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '51334' }, name } }, headers));

  it.each([
    ['a username with CR/LF', b64(`${CANARY_USERNAME}\r\nX-Injected: 1:${CANARIES.capillaryPassword}`)],
    ['a username with LF only', b64(`${CANARY_USERNAME}\nX-Injected: 1:${CANARIES.capillaryPassword}`)],
    ['a non-Latin-1 username', b64(`ユーザー:${CANARIES.capillaryPassword}`)],
    ['a Latin-1 username (é)', b64(`josé:${CANARIES.capillaryPassword}`)],
    ['a username with a space', b64(`a b:${CANARIES.capillaryPassword}`)],
    ['a username with NUL', b64(`a\u0000b:${CANARIES.capillaryPassword}`)],
  ])('X-Capillary-Basic with %s: refused before the wire', async (_n, basic) => {
    const observed = await capillaryWith({ 'x-capillary-basic': basic });
    expectPayload(observed, 'updateUserGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'INVALID_INPUT',
      calls: { xtrakit: 0, capillary: 0 },
    });
  });

  it.each([
    ['a key with a space', 'abc def'],
    ['a key with a tab', 'abc\tdef'],
    ['a key with obs-text (é as Latin-1)', 'abc\u00e9def'],
  ])('X-Xtrakit-Api-Key with %s: refused before the wire', async (_n, key) => {
    const observed = await xtrakitWith({ 'x-xtrakit-api-key': key });
    expectPayload(observed, 'updateCustomerGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'INVALID_INPUT',
      calls: { xtrakit: 0, capillary: 0 },
    });
  });

  it('X-Capillary-Token with a tab: refused before the wire', async () => {
    const observed = await capillaryWith({ 'x-capillary-token': `${token}\tx` });
    expectPayload(observed, 'updateUserGroup', {
      outcome: 'NOT_APPLIED',
      userError: 'INVALID_INPUT',
      calls: { xtrakit: 0, capillary: 0 },
    });
  });

  it.each([
    ['UTF-8 bytes (密)', Buffer.from('密钥', 'utf8')],
    ['a DEL byte', Buffer.from([0x7f])],
    ['raw Latin-1 bytes', Buffer.from([0xe9, 0xe8])],
  ])('raw %s in X-Xtrakit-Api-Key: refused before the wire, no crash', async (_n, bytes) => {
    const body = JSON.stringify({
      query: UPDATE_CUSTOMER_GROUP,
      variables: { input: { id: '1', name: 'x' } },
    });
    const observed = await stack.observe(() =>
      stack.raw(
        Buffer.concat([
          Buffer.from(
            `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${CANARIES.gatewayKey}\r\nX-Xtrakit-Api-Key: key`,
          ),
          bytes,
          Buffer.from(
            `key\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
          ),
        ]),
      ),
    );
    if (observed.reply.status === 400) {
      // Node's strict parser refused the header outright.
      expect(observed.calls).toEqual({ xtrakit: 0, capillary: 0 });
    } else {
      expectPayload(observed, 'updateCustomerGroup', {
        outcome: 'NOT_APPLIED',
        userError: 'INVALID_INPUT',
        calls: { xtrakit: 0, capillary: 0 },
      });
    }
  });

  it('a header folded over two lines (obs-fold) is refused by the HTTP parser (400), nothing sent', async () => {
    const body = JSON.stringify({
      query: UPDATE_CUSTOMER_GROUP,
      variables: { input: { id: '1', name: 'x' } },
    });
    const observed = await stack.observe(() =>
      stack.raw(
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${CANARIES.gatewayKey}\r\nX-Xtrakit-Api-Key: ${CANARIES.xtrakitApiKey}\r\n Injected: 1\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      ),
    );
    expect(observed.reply.status).toBe(400);
    expect(observed.calls).toEqual({ xtrakit: 0, capillary: 0 });
  });

  it.each([
    ['not base64 at all', '%%%not-base64%%%'],
    ['base64 without a colon', b64('no-colon-here')],
    ['an empty username', b64(`:${CANARIES.capillaryPassword}`)],
  ])('X-Capillary-Basic %s counts as no credential: 401 UNAUTHENTICATED, nothing sent', async (_n, basic) => {
    expectRefused(await capillaryWith({ 'x-capillary-basic': basic }), 401, 'UNAUTHENTICATED');
  });

  it('the well-formed forwarded credentials work (the control case)', async () => {
    token = await issueToken(stack);
    const c = await capillaryWith({ 'x-capillary-basic': goodBasic });
    expectPayload(c, 'updateUserGroup', { outcome: 'APPLIED', calls: { xtrakit: 0, capillary: 1 } });
    const t = await capillaryWith({ 'x-capillary-token': token }, 'via token');
    expectPayload(t, 'updateUserGroup', { outcome: 'APPLIED', calls: { xtrakit: 0, capillary: 1 } });
    const x = await xtrakitWith({ 'x-xtrakit-api-key': CANARIES.xtrakitApiKey });
    expectPayload(x, 'updateCustomerGroup', { outcome: 'APPLIED', calls: { xtrakit: 1, capillary: 0 } });
  });

  it('stays healthy after the header cases', () =>
    expectHealthy(stack, { 'x-xtrakit-api-key': CANARIES.xtrakitApiKey, 'x-capillary-basic': goodBasic }));

  afterAll(() => stack?.assertNoLeaks());
});
