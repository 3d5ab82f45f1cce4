// The suite's own instruments, checked first: the leak detector finds every encoding of every
// canary (a detector that finds nothing would make every "no leak" assertion pass vacuously), and a
// stack built from production-style variables really serves mutations with the canary credentials.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCanary, assertNoCanary, CANARIES, CANARY_USERNAME, findCanary } from '../src/canaries.js';
import { expectHealthy } from '../src/checks.js';
import { type Stack, startStack, startTap, UPDATE_CUSTOMER_GROUP } from '../src/harness.js';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const b64 = (s: string) => Buffer.from(s).toString('base64');
// The canaries without the marker, so each encoding is detected on its own merits.
const unmarked = 'sk_live_0123456789abcdefXYZ+/=';

describe('the leak detector', () => {
  beforeAll(() => addCanary(unmarked));

  it.each([
    ['plain', unmarked],
    ['inside JSON', JSON.stringify({ error: `bad key ${unmarked}` })],
    ['URL-encoded', `https://vendor/?key=${encodeURIComponent(unmarked)}`],
    ['base64', b64(unmarked)],
    ['base64 at an offset (Bearer header encoded whole)', b64(`Bearer ${unmarked}`)],
    ['base64 at another offset', b64(`x:${unmarked}`)],
    ['base64url', Buffer.from(`ab${unmarked}`).toString('base64url')],
    ['md5 hex', md5(unmarked)],
    ['md5 hex in upper case', md5(unmarked).toUpperCase()],
    ['Capillary Basic base64(user:md5(password))', `Basic ${b64(`${CANARY_USERNAME}:${md5(unmarked)}`)}`],
    ['Basic of another user (md5 embedded in base64)', b64(`someone:${md5(unmarked)}`)],
    ['forwarded X-Capillary-Basic base64(user:password)', b64(`${CANARY_USERNAME}:${unmarked}`)],
    ['a truncated canary (marker)', `key=${CANARIES.xtrakitApiKey.slice(0, 12)}…`],
    ['a sandbox access token', 'x-cap-api-oauth-token: sbx.AbCdEfGhIjKlMnOpQrStUvWxYz012345'],
  ])('finds a canary: %s', (_name, text) => {
    expect(findCanary(text)).not.toBeNull();
    expect(() => assertNoCanary(text)).toThrow(/secret leak/);
  });

  it.each([
    ['text without secrets', '{"data":{"updateCustomerGroup":{"outcome":"APPLIED"}}}'],
    ['the username alone (not a secret)', CANARY_USERNAME],
    ['[REDACTED] placeholders', 'authorization: [REDACTED]'],
  ])('passes %s', (_name, text) => {
    expect(findCanary(text)).toBeNull();
  });
});

describe('the stack', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ production: true, tap: true });
  });
  afterAll(() => stack?.stop());

  it('runs the gateway from production variables, with the canaries as working vendor credentials', async () => {
    expect(stack.env).toMatchObject({ NODE_ENV: 'production', XTRAKIT_API_KEY: CANARIES.xtrakitApiKey });
    const reply = await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '1', name: 'harness' } });
    expect(reply.body.data.updateCustomerGroup.outcome).toBe('APPLIED');
    expect(stack.xtrakit.requests.all()[0]).toMatchObject({ auth: 'bearer', authValid: true });
    expect(stack.taps.xtrakit?.accepted).toBe(1);
    await expectHealthy(stack);
    expect(stack.capillary.requests.all().at(-1)).toMatchObject({ auth: 'basic', authValid: true });
  });

  it('the tap counts bytes and connections', async () => {
    const tap = await startTap(stack.xtrakit.url);
    try {
      const response = await fetch(`${tap.url}/api/v1/customer-groups/1`, {
        headers: { authorization: `Bearer ${CANARIES.xtrakitApiKey}`, connection: 'close' },
      });
      expect(response.status).toBe(200);
      await response.text();
      expect(tap.accepted).toBe(1);
      expect(tap.bytesToGateway).toBeGreaterThan(100);
    } finally {
      await tap.close();
    }
  });
});
