// The sandboxes' per-credential rate limit: 429 + Retry-After in each vendor's error shape, the
// request log says what arrived (and which were refused), and a refused write writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CAPILLARY_SANDBOX_CREDENTIALS,
  type CapillaryStore,
  type Sandbox,
  startCapillarySandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '../src/index.js';
import { CredentialRateLimit } from '../src/rate-limit.js';

describe('CredentialRateLimit', () => {
  it('allows perMinute in any 60 s per credential, then answers the seconds until the oldest leaves', () => {
    let now = 1_000_000;
    const limit = new CredentialRateLimit(3, () => now);
    expect([limit.check('a'), limit.check('a'), limit.check('a')]).toEqual([null, null, null]);
    now += 20_000;
    expect(limit.check('a')).toBe(40);
    expect(limit.check('b')).toBeNull();
    now += 40_000;
    expect(limit.check('a')).toBeNull();
  });
});

describe('Xtrakit sandbox with rateLimitPerMinute', () => {
  let sandbox: Sandbox<XtrakitStore>;
  beforeAll(async () => {
    sandbox = await startXtrakitSandbox({ checkContract: true, rateLimitPerMinute: 2 });
  });
  afterAll(async () => {
    expect(sandbox.contractViolations).toEqual([]);
    await sandbox.close();
  });
  const put = (key = XTRAKIT_SANDBOX_API_KEY) =>
    fetch(`${sandbox.url}/api/v1/customer-groups/1`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ group_name: 'Limited' }),
    });

  it('answers the third request of a minute 429 with Retry-After, writes nothing, logs all three', async () => {
    expect((await put()).status).toBe(200);
    expect((await put()).status).toBe(200);
    const third = await put();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(await third.json()).toEqual({ status: 429, error: 'Too Many Requests' });
    expect(sandbox.store.writes).toBe(2);
    const log = sandbox.requests.all();
    expect(log.map((r) => [r.status, r.rateLimited])).toEqual([
      [200, false],
      [200, false],
      [429, true],
    ]);
  });

  it('does not count or limit a wrong key (401 first), and reset clears the window', async () => {
    expect((await put('wrong-key-0123456789')).status).toBe(401);
    await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
    expect((await put()).status).toBe(200);
  });

  it('setRateLimit counts afresh and keeps the store', async () => {
    expect((await put()).status).toBe(200);
    expect((await put()).status).toBe(429);
    sandbox.setRateLimit(2);
    expect(sandbox.store.get(1)?.group_name).toBe('Limited');
    expect((await put()).status).toBe(200);
    expect((await put()).status).toBe(200);
    expect((await put()).status).toBe(429);
  });

  it('setRateLimit turns the limit off and on again, counting afresh', async () => {
    sandbox.setRateLimit(null);
    for (let i = 0; i < 4; i++) expect((await put()).status).toBe(200);
    sandbox.setRateLimit(1);
    expect((await put()).status).toBe(200);
    expect((await put()).status).toBe(429);
    sandbox.setRateLimit(2);
  });
});

describe('Capillary sandbox with rateLimitPerMinute', () => {
  let sandbox: Sandbox<CapillaryStore>;
  beforeAll(async () => {
    sandbox = await startCapillarySandbox({ checkContract: true, rateLimitPerMinute: 1 });
  });
  afterAll(async () => {
    expect(sandbox.contractViolations).toEqual([]);
    await sandbox.close();
  });

  it('counts the OAuth token call against the OAuth client, in the v2 error envelope', async () => {
    const { oauthKey, oauthSecret } = CAPILLARY_SANDBOX_CREDENTIALS;
    const token = () =>
      fetch(`${sandbox.url}/v3/oauth/token/generate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: oauthKey, secret: oauthSecret }),
      });
    expect((await token()).status).toBe(200);
    const refused = await token();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ errors: [{ status: false, code: 429 }] });
  });
});
