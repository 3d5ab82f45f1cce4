// Credentials: forwarded caller credentials reach the vendor and nothing else does; the gateway's own
// vendor secrets never appear in a response or a log line, even when the vendor refuses them.
import { createHash } from 'node:crypto';
import { CAPILLARY_SANDBOX_CREDENTIALS, XTRAKIT_SANDBOX_API_KEY } from '@loyalty-gateway/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack, UPDATE_CUSTOMER_GROUP, UPDATE_USER_GROUP } from './stack.js';

describe('forwarded credentials (XTRAKIT_CREDENTIALS=forwarded, CAPILLARY_CREDENTIALS=forwarded)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: { XTRAKIT_CREDENTIALS: 'forwarded', CAPILLARY_CREDENTIALS: 'forwarded' },
      xtrakitApiKey: null,
      capillaryAuth: null,
    });
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.reset());

  it('without the header: 401 UNAUTHENTICATED and no vendor call (no fallback credential)', async () => {
    const xtrakit = await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'x' } });
    expect(xtrakit.status).toBe(401);
    expect(xtrakit.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const capillary = await stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '51334' }, name: 'x' } });
    expect(capillary.status).toBe(401);
    expect(stack.vendorRequests()).toBe(0);
  });

  it('sends the caller’s Xtrakit key as the Bearer token', async () => {
    const reply = await stack.gql(
      UPDATE_CUSTOMER_GROUP,
      { input: { id: '1', name: 'forwarded' } },
      { 'x-xtrakit-api-key': XTRAKIT_SANDBOX_API_KEY },
    );
    expect(reply.body.data.updateCustomerGroup.outcome).toBe('APPLIED');
    expect(stack.xtrakit.requests.all()[0]).toMatchObject({ auth: 'bearer', authValid: true });
  });

  it('a wrong forwarded key is the vendor’s 401: UNAUTHORIZED, NOT_APPLIED, key not echoed', async () => {
    const wrongKey = 'f'.repeat(36);
    const reply = await stack.gql(
      UPDATE_CUSTOMER_GROUP,
      { input: { id: '1', name: 'x' } },
      { 'x-xtrakit-api-key': wrongKey },
    );
    expect(reply.body.data.updateCustomerGroup).toMatchObject({
      outcome: 'NOT_APPLIED',
      userErrors: [{ code: 'UNAUTHORIZED' }],
    });
    expect(reply.text).not.toContain(wrongKey);
    expect(stack.logs.join('')).not.toContain(wrongKey);
    expect(stack.xtrakit.store.get(1)?.group_name).toBe('Premium Customers');
  });

  it('sends Capillary Basic (username:md5(password)) from X-Capillary-Basic, or a token from X-Capillary-Token', async () => {
    const { username, password } = CAPILLARY_SANDBOX_CREDENTIALS;
    const basic = Buffer.from(`${username}:${password}`).toString('base64');
    const viaBasic = await stack.gql(
      UPDATE_USER_GROUP,
      { input: { group: { id: '51334' }, name: 'via basic' } },
      { 'x-capillary-basic': basic },
    );
    expect(viaBasic.body.data.updateUserGroup.outcome).toBe('APPLIED');
    expect(stack.capillary.requests.all()[0]).toMatchObject({ auth: 'basic', authValid: true });

    const token = await fetch(`${stack.capillary.url}/v3/oauth/token/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        key: CAPILLARY_SANDBOX_CREDENTIALS.oauthKey,
        secret: CAPILLARY_SANDBOX_CREDENTIALS.oauthSecret,
      }),
    }).then((r) => r.json() as Promise<{ data: { accessToken: string } }>);
    const viaToken = await stack.gql(
      UPDATE_USER_GROUP,
      { input: { group: { id: '51334' }, name: 'via token' } },
      { 'x-capillary-token': token.data.accessToken },
    );
    expect(viaToken.body.data.updateUserGroup.outcome).toBe('APPLIED');
    expect(stack.capillary.requests.all().at(-1)).toMatchObject({ auth: 'oauth', authValid: true });
    expect(stack.logs.join('')).not.toContain(token.data.accessToken);
    expect(stack.logs.join('')).not.toContain(basic);
  });
});

describe('server-held credentials refused by the vendor', () => {
  const badPassword = 'canary-Password-9f8e7d6c';
  const badKey = 'canarykey0123456789abcdef0123456789ab';
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: { GATEWAY_API_KEYS: 'gateway-key-0123456789', LOG_LEVEL: 'debug' },
      xtrakitApiKey: badKey,
      capillaryAuth: { type: 'basic', username: 'sandbox.till', password: badPassword },
    });
  });
  afterAll(() => stack.stop());

  it('report UNAUTHORIZED and never show the secret in any encoding', async () => {
    const auth = { authorization: 'Bearer gateway-key-0123456789' };
    const x = await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'x' } }, auth);
    expect(x.body.data.updateCustomerGroup.userErrors[0].code).toBe('UNAUTHORIZED');
    const c = await stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '51334' }, name: 'x' } }, auth);
    expect(c.body.data.updateUserGroup.userErrors[0].code).toBe('UNAUTHORIZED');

    const md5 = createHash('md5').update(badPassword).digest('hex');
    const forms = [
      badKey,
      badPassword,
      md5,
      Buffer.from(`sandbox.till:${md5}`).toString('base64'),
      'gateway-key-0123456789',
    ];
    const seen = [
      x.text,
      c.text,
      JSON.stringify([...x.headers]),
      JSON.stringify([...c.headers]),
      stack.logs.join('\n'),
    ];
    expect(stack.logs.length).toBeGreaterThan(0);
    for (const form of forms) for (const text of seen) expect(text).not.toContain(form);
  });
});
