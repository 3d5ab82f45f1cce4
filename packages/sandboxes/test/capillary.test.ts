import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CAPILLARY_SANDBOX_CREDENTIALS as C,
  type CapillaryStore,
  type Sandbox,
  startCapillarySandbox,
} from '../src/index.js';

let clock = 1_000_000;
let sandbox: Sandbox<CapillaryStore> & { expireTokens(): void };
const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const basic = `Basic ${Buffer.from(`${C.username}:${md5(C.password)}`).toString('base64')}`;

beforeAll(async () => {
  sandbox = await startCapillarySandbox({ checkContract: true, tokenTtlSeconds: 60, now: () => clock });
});
afterEach(() => {
  sandbox.store.reset();
  sandbox.requests.clear();
  sandbox.faults.clear();
});
afterAll(async () => {
  expect(sandbox.contractViolations).toEqual([]);
  await sandbox.close();
});

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: basic },
) {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
const put = (body: unknown, headers?: Record<string, string>) => call('PUT', '/v2/userGroup2', body, headers);

describe('Capillary sandbox', () => {
  it('applies the seed request and answers the seed response', async () => {
    const res = await put({ id: '51334', maxGroupSize: 110, extendedFields: { platinum: '35' } });
    expect(res).toEqual({
      status: 200,
      body: {
        id: 51334,
        externalId: 'natwest14',
        groupName: 'natwest14',
        maxGroupSize: 110,
        extendedFields: { platinum: 35 },
        warnings: [],
      },
    });
  });

  it('coerces extended-field values to their type ("40" -> 40) and updates by externalId', async () => {
    const res = await put({
      externalId: 'natwest14',
      groupName: 'NatWest',
      extendedFields: { platinum: '40', is_vip: 'true' },
    });
    expect(res.body).toMatchObject({
      groupName: 'NatWest',
      extendedFields: { platinum: 40, is_vip: true },
      warnings: [],
    });
    expect(sandbox.store.get(51334)?.extendedFields).toEqual({ platinum: 40, is_vip: true });
  });

  it('warns 91016 for an unknown field and 91017 for a wrong type, and applies the rest', async () => {
    const res = await put({
      id: 51334,
      maxGroupSize: 200,
      extendedFields: { gender: 'f', platinum: 'lots', tier_label: 'gold' },
    });
    expect(res.status).toBe(200);
    expect(res.body.warnings).toEqual([
      { status: false, code: 91016, message: 'Extended field name gender is invalid.' },
      { status: false, code: 91017, message: 'Extended field value for platinum is invalid.' },
    ]);
    expect(sandbox.store.get(51334)).toMatchObject({
      maxGroupSize: 200,
      extendedFields: { platinum: 35, tier_label: 'gold' },
    });
  });

  it.each([
    ['an unknown group', { id: 99999, groupName: 'x' }, 1632],
    ['an unknown externalId', { externalId: 'nope', groupName: 'x' }, 1632],
    ['a name over 50 characters', { id: 51334, groupName: 'n'.repeat(51) }, 1645],
    ['a size over the cap', { id: 51334, maxGroupSize: 30001 }, 1639],
    ['a size that is not positive', { id: 51334, maxGroupSize: 0 }, 1640],
    ['nothing to update', { id: 51334 }, 1643],
    ['neither id nor externalId', { groupName: 'x' }, 1635],
    ['a non-numeric id', { id: '../1', groupName: 'x' }, 1619],
  ])('answers 400 with code %s', async (_t, body, code) => {
    const res = await put(body);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ status: false, code });
    expect(sandbox.store.writes).toBe(0);
  });

  it('honours a configured cap below 30000', async () => {
    const capped = await startCapillarySandbox({ maxGroupSizeCap: 500, checkContract: true });
    const res = await fetch(`${capped.url}/v2/userGroup2`, {
      method: 'PUT',
      headers: { authorization: basic, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 51334, maxGroupSize: 501 }),
    });
    expect(((await res.json()) as { errors: Array<{ code: number }> }).errors[0]?.code).toBe(1639);
    expect(capped.contractViolations).toEqual([]);
    await capped.close();
  });

  it.each([
    ['no credentials', {}],
    [
      'a Basic header with the clear password',
      { authorization: `Basic ${Buffer.from(`${C.username}:${C.password}`).toString('base64')}` },
    ],
    ['an unknown token', { 'x-cap-api-oauth-token': 'nope' }],
  ])('answers 401 for %s', async (_t, headers) => {
    const res = await put({ id: 51334, groupName: 'x' }, headers);
    expect(res.status).toBe(401);
    expect(sandbox.store.writes).toBe(0);
  });

  it('issues OAuth tokens accepted until they expire', async () => {
    const token = await call(
      'POST',
      '/v3/oauth/token/generate',
      { key: C.oauthKey, secret: C.oauthSecret },
      {},
    );
    expect(token.body).toMatchObject({ data: { ttlSeconds: 60 }, errors: null });
    const header = { 'x-cap-api-oauth-token': token.body.data.accessToken };
    expect((await put({ id: 51334, groupName: 'a' }, header)).status).toBe(200);
    clock += 61_000;
    expect((await put({ id: 51334, groupName: 'b' }, header)).status).toBe(401);
    expect(sandbox.store.get(51334)?.groupName).toBe('a');
    const fresh = await call(
      'POST',
      '/v3/oauth/token/generate',
      { key: C.oauthKey, secret: C.oauthSecret },
      {},
    );
    sandbox.expireTokens();
    expect(
      (await put({ id: 51334, groupName: 'c' }, { 'x-cap-api-oauth-token': fresh.body.data.accessToken }))
        .status,
    ).toBe(401);
    const log = sandbox.requests.all().map((e) => [e.operationId, e.auth, e.authValid]);
    expect(log).toContainEqual(['updateUserGroup', 'oauth', true]);
    expect(log).toContainEqual(['updateUserGroup', 'oauth', false]);
    expect(JSON.stringify(sandbox.requests.all())).not.toContain(token.body.data.accessToken);
  });

  it('refuses a wrong OAuth secret', async () => {
    const res = await call('POST', '/v3/oauth/token/generate', { key: C.oauthKey, secret: 'wrong' }, {});
    expect(res.status).toBe(401);
    expect(sandbox.store.tokensIssued).toBe(0);
  });

  it('gets by id or externalId and adds groups', async () => {
    expect((await call('GET', '/v2/userGroup2?id=51334')).body).toMatchObject({
      id: 51334,
      groupStatus: 'ACTIVE',
    });
    expect((await call('GET', '/v2/userGroup2?externalId=uat_ug_10_txn')).body.id).toBe(3962909);
    expect((await call('GET', '/v2/userGroup2?id=1')).body.errors[0].code).toBe(1632);
    const added = await call('POST', '/v2/userGroup2', {
      externalId: 'new_one',
      maxGroupSize: 5,
      extendedFields: { platinum: '7' },
    });
    expect(added.body).toEqual({ entity: 3962910, warnings: [] });
    expect(
      (await call('POST', '/v2/userGroup2', { externalId: 'new_one', maxGroupSize: 5 })).body.errors[0].code,
    ).toBe(1633);
    expect((await call('POST', '/v2/userGroup2', { maxGroupSize: 5 })).body.errors[0].code).toBe(1634);
  });
});
