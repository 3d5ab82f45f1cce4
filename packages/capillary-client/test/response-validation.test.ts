// Every Capillary answer is checked against specs/capillary.yaml before it is believed: a scripted
// vendor (a real HTTP server on 127.0.0.1 answering what each case says) sends each kind of schema
// violation to every operation, the OAuth token call included. A write that gets one is
// bad_response with outcome unknown (the vendor may have applied it), a read bad_response.
import { type ScriptedVendor, startScriptedVendor } from '@loyalty-gateway/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CapillaryClient, createCapillaryClient, type VendorResult } from '../src/index.js';

const GROUP = {
  id: 51334,
  externalId: 'natwest14',
  groupName: 'natwest14',
  maxGroupSize: 110,
  extendedFields: { platinum: 35 },
  warnings: [],
};
const CREATED = { entity: 3962909, warnings: [] };

/** Bodies that break UserGroup / UserGroupDetails, each a different kind of violation. */
const BROKEN_GROUP_BODIES: Array<[string, unknown]> = [
  ['a missing id', { ...GROUP, id: undefined }],
  ['a number where the spec says string (groupName)', { ...GROUP, groupName: 14 }],
  ['a string where the spec says integer (maxGroupSize)', { ...GROUP, maxGroupSize: '110' }],
  ['an array-shaped extendedFields', { ...GROUP, extendedFields: [{ name: 'platinum', value: 35 }] }],
  ['an object as an extended field value', { ...GROUP, extendedFields: { platinum: { v: 35 } } }],
  ['a warning without its code', { ...GROUP, warnings: [{ message: 'Extended field name x is invalid.' }] }],
  ['warnings that are not a list', { ...GROUP, warnings: { code: 91016 } }],
  ['the error envelope with a 200', { errors: [{ code: 1632, message: 'Group id 1 passed is not valid.' }] }],
  ['an empty body', ''],
  ['a body that is not JSON', 'OK'],
];

let vendor: ScriptedVendor;
let client: CapillaryClient;

beforeAll(async () => {
  vendor = await startScriptedVendor();
  client = createCapillaryClient({
    baseUrl: vendor.url,
    auth: { type: 'basic', username: 'till', password: 'password' },
    timeoutMs: 2_000,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
  });
});
beforeEach(() => vendor.clear());
afterAll(async () => {
  await client.close();
  await vendor.close();
});

function error<T>(result: VendorResult<T>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error;
}

const update = () => client.updateUserGroup({ id: 51334, groupName: 'natwest14' });
const get = () => client.getUserGroup({ id: 51334 });

describe.each([
  ['updateUserGroup', update, 'unknown'],
  ['getUserGroup', get, 'unknown'],
] as const)('%s', (operation, call, outcome) => {
  it('believes an answer that matches the spec', async () => {
    vendor.answer({ status: 200, body: GROUP });
    expect(await call()).toMatchObject({ ok: true, data: GROUP, attempts: 1 });
  });

  it.each(BROKEN_GROUP_BODIES)('a 200 with %s is bad_response, sent once', async (_name, body) => {
    vendor.answer({ status: 200, body });
    const e = error(await call());
    expect(e).toMatchObject({ kind: 'bad_response', operation, outcome, status: 200, attempts: 1 });
    expect(vendor.requests).toHaveLength(1);
  });

  it('a refusal whose body is not the error envelope is bad_response, its code not believed', async () => {
    vendor.answer({ status: 400, body: { error: { code: 1632 } } });
    const e = error(await call());
    expect(e).toMatchObject({ kind: 'bad_response', status: 400, outcome: 'not_applied', vendorCode: null });
  });

  it('a refusal in the documented envelope is believed', async () => {
    vendor.answer({
      status: 400,
      body: {
        errors: [
          { status: false, code: 1632, message: 'Group id/externalId/primary userId 1 passed is not valid.' },
        ],
      },
    });
    expect(error(await call())).toMatchObject({ kind: 'not_found', vendorCode: 1632, status: 400 });
  });
});

describe('addUserGroup', () => {
  const add = () => client.addUserGroup({ externalId: 'natwest15', maxGroupSize: 10 });

  it('believes an answer that matches the spec', async () => {
    vendor.answer({ status: 200, body: CREATED });
    expect(await add()).toMatchObject({ ok: true, data: { entity: 3962909 } });
  });

  it.each<[string, unknown]>([
    ['no entity', { warnings: [] }],
    ['an entity as text', { entity: 'abc' }],
    ['a warning code as text', { entity: 1, warnings: [{ code: '91016', message: 'x' }] }],
    ['an empty body', ''],
  ])('a 200 with %s is bad_response with outcome unknown', async (_name, body) => {
    vendor.answer({ status: 200, body });
    expect(error(await add())).toMatchObject({ kind: 'bad_response', outcome: 'unknown', status: 200 });
  });
});

describe('generateOAuthToken', () => {
  it.each<[string, unknown]>([
    ['no ttlSeconds', { data: { accessToken: 'eyJ.a.b' } }],
    ['an empty token', { data: { accessToken: '', ttlSeconds: 300 } }],
    ['ttlSeconds as text', { data: { accessToken: 'eyJ.a.b', ttlSeconds: '300' } }],
    ['the token outside data', { accessToken: 'eyJ.a.b', ttlSeconds: 300 }],
  ])('a token answer with %s is bad_response and the update is never sent', async (_name, body) => {
    const oauth = createCapillaryClient({
      baseUrl: vendor.url,
      auth: { type: 'oauth', key: 'k', secret: 's' },
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    vendor.answer((request) =>
      request.url.startsWith('/v3/oauth') ? { status: 200, body } : { status: 200, body: GROUP },
    );
    const e = error(await oauth.updateUserGroup({ id: 51334, groupName: 'x' }));
    await oauth.close();
    expect(e).toMatchObject({
      kind: 'bad_response',
      operation: 'generateOAuthToken',
      outcome: 'not_applied',
    });
    expect(vendor.requests.map((r) => r.url)).toEqual(['/v3/oauth/token/generate']);
  });
});
