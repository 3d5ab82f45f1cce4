import {
  CAPILLARY_SANDBOX_CREDENTIALS as C,
  type CapillaryStore,
  type Sandbox,
  startCapillarySandbox,
} from '@loyalty-gateway/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CapillaryClient,
  createCapillaryClient,
  NotAdmittedError,
  type UpdateUserGroupBody,
  type UserGroup,
  type VendorError,
  type VendorWarning,
} from '../src/index.js';

let sandbox: Sandbox<CapillaryStore> & { expireTokens(): void };
let basic: CapillaryClient;
let oauth: CapillaryClient;

beforeAll(async () => {
  sandbox = await startCapillarySandbox({ checkContract: true });
  basic = createCapillaryClient({
    baseUrl: sandbox.url,
    auth: { type: 'basic', username: C.username, password: C.password },
  });
  oauth = createCapillaryClient({
    baseUrl: sandbox.url,
    auth: { type: 'oauth', key: C.oauthKey, secret: C.oauthSecret },
  });
});
afterEach(() => {
  sandbox.faults.clear();
  sandbox.store.reset();
  sandbox.requests.clear();
});
afterAll(async () => {
  expect(sandbox.contractViolations).toEqual([]);
  await Promise.all([basic.close(), oauth.close()]);
  await sandbox.close();
});

const basicAuth = { type: 'basic', username: C.username, password: C.password } as const;

/** Runs `body` against a sandbox of its own whose org cap (CONF_MAX_FLEET_GROUP_SIZE) is `cap`. */
async function withCappedSandbox(
  cap: number,
  body: (sandbox: Sandbox<CapillaryStore>, url: string) => Promise<void>,
): Promise<void> {
  const own = await startCapillarySandbox({ maxGroupSizeCap: cap, checkContract: true });
  try {
    await body(own, own.url);
    expect(own.contractViolations).toEqual([]);
  } finally {
    await own.close();
  }
}

function failure(result: { ok: true } | { ok: false; error: VendorError }): VendorError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('auth', () => {
  it('sends Basic as base64(username:md5(password))', async () => {
    const result = await basic.updateUserGroup({ id: '51334', groupName: 'Basic' });
    expect(result).toMatchObject({ ok: true, data: { id: 51334, groupName: 'Basic' }, warnings: [] });
    expect(sandbox.requests.all()[0]).toMatchObject({ auth: 'basic', authValid: true });
  });

  it('fetches one OAuth token for 100 concurrent calls', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => oauth.updateUserGroup({ id: 51334, maxGroupSize: 100 + i })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(sandbox.requests.count({ operationId: 'generateOAuthToken' })).toBe(1);
    expect(sandbox.requests.count({ operationId: 'updateUserGroup' })).toBe(100);
  });

  it('refreshes an expired token once on a 401 and repeats the call once', async () => {
    await oauth.updateUserGroup({ id: 51334, groupName: 'warm' });
    sandbox.requests.clear();
    sandbox.expireTokens();
    const results = await Promise.all(
      Array.from({ length: 100 }, () => oauth.updateUserGroup({ id: 51334, groupName: 'after' })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(sandbox.requests.count({ operationId: 'generateOAuthToken' })).toBe(1);
    // Each call: one 401 with the stale token, one retry with the fresh one.
    expect(
      sandbox.requests.all().filter((e) => e.operationId === 'updateUserGroup' && !e.authValid),
    ).toHaveLength(100);
  });

  it('reports wrong OAuth client credentials as unauthorized without calling the operation', async () => {
    const wrong = createCapillaryClient({
      baseUrl: sandbox.url,
      auth: { type: 'oauth', key: C.oauthKey, secret: 'nope-secret' },
    });
    const error = failure(await wrong.updateUserGroup({ id: 51334, groupName: 'x' }));
    expect(error).toMatchObject({
      kind: 'unauthorized',
      outcome: 'not_applied',
      operation: 'generateOAuthToken',
    });
    expect(error.message).not.toContain('nope-secret');
    expect(sandbox.requests.count({ operationId: 'updateUserGroup' })).toBe(0);
    await wrong.close();
  });

  it('takes the admission hook and tells the observer before the OAuth token request too', async () => {
    const admitted: string[] = [];
    const observed: string[] = [];
    const hooked = createCapillaryClient({
      baseUrl: sandbox.url,
      auth: { type: 'oauth', key: C.oauthKey, secret: C.oauthSecret },
      admission: { admit: (a) => void admitted.push(`${a.operationId} ${a.method} ${a.route}`) },
      observer: { start: (a) => void observed.push(a.operationId) },
    });
    expect((await hooked.updateUserGroup({ id: 51334, groupName: 'hooked' })).ok).toBe(true);
    await hooked.close();
    expect(admitted).toEqual([
      'generateOAuthToken POST /v3/oauth/token/generate',
      'updateUserGroup PUT /v2/userGroup2',
    ]);
    expect(observed).toEqual(['generateOAuthToken', 'updateUserGroup']);
  });

  it('sends nothing, not even the token request, when admission refuses', async () => {
    const refused = createCapillaryClient({
      baseUrl: sandbox.url,
      auth: { type: 'oauth', key: C.oauthKey, secret: C.oauthSecret },
      admission: {
        admit: () => {
          throw new NotAdmittedError('budget exhausted', 2_000);
        },
      },
    });
    const error = failure(await refused.updateUserGroup({ id: 51334, groupName: 'x' }));
    await refused.close();
    expect(error).toMatchObject({ kind: 'rate_limited', outcome: 'not_applied', attempts: 0, retryAfter: 2 });
    expect(sandbox.requests.count()).toBe(0);
  });

  it('uses forwarded credentials per call', async () => {
    const token = await fetch(`${sandbox.url}/v3/oauth/token/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: C.oauthKey, secret: C.oauthSecret }),
    }).then((r) => r.json() as Promise<{ data: { accessToken: string } }>);
    const viaToken = await basic.updateUserGroup(
      { id: 51334, groupName: 't' },
      { auth: { type: 'token', accessToken: token.data.accessToken } },
    );
    expect(viaToken.ok).toBe(true);
    const wrongBasic = await oauth.updateUserGroup(
      { id: 51334, groupName: 'b' },
      { auth: { type: 'basic', username: C.username, password: 'not-it' } },
    );
    expect(failure(wrongBasic)).toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it.each([
    ['a token with CR/LF', { type: 'token' as const, accessToken: 'tok\r\nX-Evil: 1' }],
    ['a non-Latin-1 username', { type: 'basic' as const, username: 'тилл', password: 'p' }],
  ])('refuses %s before the wire', async (_t, auth) => {
    const error = failure(await basic.updateUserGroup({ id: 51334, groupName: 'x' }, { auth }));
    expect(error).toMatchObject({ kind: 'invalid_request', outcome: 'not_applied' });
    expect(error.message).not.toContain('tok');
    expect(sandbox.requests.count()).toBe(0);
  });
});

describe('updateUserGroup', () => {
  it('sends only the given fields, ids as given', async () => {
    await basic.updateUserGroup({ id: '51334', maxGroupSize: 110, extendedFields: { platinum: '35' } });
    expect(sandbox.requests.all()[0]?.body).toEqual({
      id: '51334',
      maxGroupSize: 110,
      extendedFields: { platinum: '35' },
    });
  });

  it('updates by externalId', async () => {
    const result = await basic.updateUserGroup({ externalId: 'natwest14', groupName: 'ByExternal' });
    expect(result).toMatchObject({ ok: true, data: { id: 51334, groupName: 'ByExternal' } });
  });

  it('returns warnings 91016/91017 with the applied update', async () => {
    const result = await basic.updateUserGroup({
      id: 51334,
      maxGroupSize: 120,
      extendedFields: { gender: 'f', platinum: 'x' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.code)).toEqual([91016, 91017]);
    expect(result.data.maxGroupSize).toBe(120);
  });

  it.each([
    ['groupName of 51 characters', { id: 51334, groupName: 'x'.repeat(51) }, 'body.groupName'],
    ['maxGroupSize 0', { id: 51334, maxGroupSize: 0 }, 'body.maxGroupSize'],
    ['maxGroupSize 30001, above the default cap', { id: 51334, maxGroupSize: 30001 }, 'body.maxGroupSize'],
    ['an id with a leading zero', { id: '051334', groupName: 'x' }, 'body.id'],
    ['id 0', { id: 0, groupName: 'x' }, 'body.id'],
    ['id "0"', { id: '0', groupName: 'x' }, 'body.id'],
    ['an id of 20 digits', { id: '12345678901234567890', groupName: 'x' }, 'body.id'],
    [
      'an empty externalId beside the id (the legacy sample)',
      { id: '2361', externalId: '', groupName: 'n' },
      'body.externalId',
    ],
    ['an id alone: nothing to update', { id: 51334 }, 'body'],
    ['an id and an empty extendedFields: nothing to update', { id: 51334, extendedFields: {} }, 'body'],
    ['a null groupName', { id: 51334, groupName: null }, 'body.groupName'],
    ['neither id nor externalId', { groupName: 'x' }, 'body.id'],
    ['a path-like id', { id: '../1', groupName: 'x' }, 'body.id'],
    ['extendedFields as an array', { id: 51334, extendedFields: ['x'] }, 'body.extendedFields'],
  ])('refuses %s before the wire', async (_t, body, field) => {
    const error = failure(await basic.updateUserGroup(body as unknown as UpdateUserGroupBody));
    expect(error).toMatchObject({ kind: 'invalid_request', outcome: 'not_applied', field });
    expect(sandbox.requests.count()).toBe(0);
  });

  it('maps 1632 to not_found, with the vendor code', async () => {
    expect(failure(await basic.updateUserGroup({ id: 99999, groupName: 'x' }))).toMatchObject({
      kind: 'not_found',
      vendorCode: 1632,
      status: 400,
      outcome: 'not_applied',
    });
  });

  it('says why a body that changes nothing is refused (the spec rule behind 1643)', async () => {
    const nothing = failure(await basic.updateUserGroup({ id: 51334 } as unknown as UpdateUserGroupBody));
    expect(nothing).toMatchObject({ kind: 'invalid_request', vendorCode: null, attempts: 0 });
    expect(nothing.message).toContain(
      'changes nothing: give groupName, maxGroupSize or a non-empty extendedFields',
    );
    expect(sandbox.requests.count()).toBe(0);
  });

  it('takes the org cap as its maxGroupSize option, and the sandbox answers 1639 above its own', async () => {
    await withCappedSandbox(50_000, async (big, url) => {
      const client = createCapillaryClient({ baseUrl: url, auth: basicAuth, maxGroupSize: 50_000 });
      try {
        expect(await client.updateUserGroup({ id: 51334, maxGroupSize: 40_000 })).toMatchObject({ ok: true });
        expect(big.store.get(51334)?.maxGroupSize).toBe(40_000);
        const above = failure(await client.updateUserGroup({ id: 51334, maxGroupSize: 50_001 }));
        expect(above).toMatchObject({ field: 'body.maxGroupSize', attempts: 0 });
        expect(above.message).toContain('at most 50000');
      } finally {
        await client.close();
      }
    });
    await withCappedSandbox(100, async (small, url) => {
      const client = createCapillaryClient({ baseUrl: url, auth: basicAuth });
      try {
        expect(failure(await client.updateUserGroup({ id: 51334, maxGroupSize: 101 }))).toMatchObject({
          vendorCode: 1639,
          attempts: 1,
        });
        expect(small.store.get(51334)?.maxGroupSize).toBe(110);
      } finally {
        await client.close();
      }
    });
    expect(() => createCapillaryClient({ auth: basicAuth, maxGroupSize: 0 })).toThrow(/maxGroupSize/);
  });

  it('keeps an id beyond 2^53 unchanged on the wire', async () => {
    await basic.updateUserGroup({ id: '9007199254740993', groupName: 'big' });
    expect(sandbox.requests.all()[0]?.body).toEqual({ id: '9007199254740993', groupName: 'big' });
  });

  it('does not retry a 500 after the request was sent', async () => {
    sandbox.faults.add({ fault: { kind: 'status', status: 500, applyWrite: true }, times: 1 });
    expect(failure(await basic.updateUserGroup({ id: 51334, groupName: 'x' }))).toMatchObject({
      kind: 'upstream_unavailable',
      outcome: 'unknown',
      attempts: 1,
    });
    expect(sandbox.store.writes).toBe(1);
  });
});

describe('reads, adds and regions', () => {
  it('gets a group by id and by externalId, and adds one', async () => {
    expect(await basic.getUserGroup({ id: 51334 })).toMatchObject({
      ok: true,
      data: { groupName: 'natwest14' },
    });
    expect(await basic.getUserGroup({ externalId: 'uat_ug_10_txn' })).toMatchObject({
      ok: true,
      data: { id: 3962909 },
    });
    expect(failure(await basic.getUserGroup({ id: '1/../2' }))).toMatchObject({
      kind: 'invalid_request',
      field: 'id',
    });
    expect(await basic.addUserGroup({ externalId: 'fresh', maxGroupSize: 3 })).toMatchObject({
      ok: true,
      data: { entity: 3962910 },
    });
  });

  it('builds the documented regional host from region', async () => {
    const seen: string[] = [];
    const regional = createCapillaryClient({
      region: 'sea',
      auth: { type: 'basic', username: 'u', password: 'p' },
      fetch: async (input) => {
        seen.push(input.url);
        return new Response('{"id":1}', { status: 200 });
      },
    });
    await regional.updateUserGroup({ id: 1, groupName: 'x' });
    expect(seen).toEqual(['https://sea.api.capillarytech.com/v2/userGroup2']);
  });
});

describe('types', () => {
  it('narrows results and requires id or externalId', async () => {
    const result = await basic.updateUserGroup({ id: 51334, groupName: 'typed' });
    if (result.ok) {
      expectTypeOf(result.data).toEqualTypeOf<UserGroup>();
      expectTypeOf(result.warnings).toEqualTypeOf<VendorWarning[]>();
    } else {
      expectTypeOf(result.error.kind).toEqualTypeOf<VendorError['kind']>();
    }
    // @ts-expect-error neither id nor externalId
    const invalid: UpdateUserGroupBody = { groupName: 'x' };
    expect(invalid).toBeDefined();
  });
});
