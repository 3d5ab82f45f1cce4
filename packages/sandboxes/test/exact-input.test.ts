// The sandboxes read ids exactly and refuse bodies that are not JSON, each in its vendor's error shape.
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exactId } from '../src/ids.js';
import {
  CAPILLARY_SANDBOX_CREDENTIALS as C,
  type CapillaryStore,
  type Sandbox,
  startCapillarySandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '../src/index.js';

let capillary: Sandbox<CapillaryStore>;
let xtrakit: Sandbox<XtrakitStore>;
const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const basic = `Basic ${Buffer.from(`${C.username}:${md5(C.password)}`).toString('base64')}`;
const bearer = `Bearer ${XTRAKIT_SANDBOX_API_KEY}`;

beforeAll(async () => {
  capillary = await startCapillarySandbox({ checkContract: true });
  xtrakit = await startXtrakitSandbox({ checkContract: true });
});
afterEach(() => {
  capillary.store.reset();
  xtrakit.store.reset();
});
afterAll(async () => {
  expect(capillary.contractViolations).toEqual([]);
  expect(xtrakit.contractViolations).toEqual([]);
  await Promise.all([capillary.close(), xtrakit.close()]);
});

async function send(url: string, init: RequestInit & { headers: Record<string, string> }) {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}
const json = { 'content-type': 'application/json' };
const putGroup = (body: unknown) =>
  send(`${capillary.url}/v2/userGroup2`, {
    method: 'PUT',
    headers: { ...json, authorization: basic },
    body: JSON.stringify(body),
  });
const codeOf = (body: unknown) => (body as { errors: Array<{ code: number }> }).errors[0]?.code;

describe('exactId', () => {
  it.each([
    [1, 1],
    ['1', 1],
    ['51334', 51334],
    ['9007199254740991', 9007199254740991],
    ['001', null],
    ['0', null],
    [0, null],
    [1.5, null],
    ['1e3', null],
    [' 1', null],
    ['9007199254740993', null],
    ['9007199254740992', null],
    [9007199254740992, null],
  ])('%j -> %j', (value, id) => {
    expect(exactId(value)).toBe(id);
  });
});

describe('ids are read exactly', () => {
  it('Capillary: "001" is no id (1619) for PUT and GET; an id past 2^53 finds nothing (1632)', async () => {
    expect(codeOf((await putGroup({ id: '051334', groupName: 'x' })).body)).toBe(1619);
    const get = await send(`${capillary.url}/v2/userGroup2?id=051334`, { headers: { authorization: basic } });
    expect(codeOf(get.body)).toBe(1619);
    expect(codeOf((await putGroup({ id: '9007199254740993', groupName: 'x' })).body)).toBe(1632);
    expect(capillary.store.writes).toBe(0);
  });

  it('Xtrakit: /customer-groups/001 and an id past 2^53 are 404, /1 is the group', async () => {
    for (const id of ['001', '0', '9007199254740993']) {
      const res = await send(`${xtrakit.url}/api/v1/customer-groups/${id}`, {
        headers: { authorization: bearer },
      });
      expect(res).toMatchObject({ status: 404, body: { status: 404, error: 'Customer group not found' } });
    }
    const one = await send(`${xtrakit.url}/api/v1/customer-groups/1`, { headers: { authorization: bearer } });
    expect(one.status).toBe(200);
  });
});

describe('a body that is not JSON is refused in the vendor shape, and nothing is written', () => {
  const bodies: Array<[string, Record<string, string>, NonNullable<RequestInit['body']>]> = [
    ['malformed JSON', json, '{"id": 51334, "groupName": '],
    [
      'JSON labelled text/plain',
      { 'content-type': 'text/plain' },
      '{"id":51334,"groupName":"x","group_name":"x"}',
    ],
    ['JSON with no content type', {}, new Blob(['{"id":51334,"groupName":"x","group_name":"x"}'])],
    [
      'a form body',
      { 'content-type': 'application/x-www-form-urlencoded' },
      'id=51334&groupName=x&group_name=x',
    ],
    ['bytes that are not UTF-8', json, new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
  ];

  it.each(bodies)('Capillary: %s -> 400, 1644 in the v2 envelope', async (_t, headers, body) => {
    const res = await send(`${capillary.url}/v2/userGroup2`, {
      method: 'PUT',
      headers: { ...headers, authorization: basic },
      body,
    });
    expect(res).toMatchObject({
      status: 400,
      body: { errors: [{ status: false, code: 1644 }], warnings: [] },
    });
    expect(capillary.store.writes).toBe(0);
  });

  it.each(bodies)('Xtrakit: %s -> 400 {status, error}', async (_t, headers, body) => {
    const res = await send(`${xtrakit.url}/api/v1/customer-groups/1`, {
      method: 'PUT',
      headers: { ...headers, authorization: bearer },
      body,
    });
    expect(res).toEqual({
      status: 400,
      headers: res.headers,
      body: { status: 400, error: 'Malformed JSON body' },
    });
    expect(xtrakit.store.writes).toBe(0);
  });

  it('a body over 1 MiB is a 413 in the vendor shape', async () => {
    const big = JSON.stringify({ id: 51334, groupName: 'x'.repeat(1024 * 1024) });
    const res = await send(`${capillary.url}/v2/userGroup2`, {
      method: 'PUT',
      headers: { ...json, authorization: basic },
      body: big,
    }).catch(() => null);
    // The socket may close before the answer is read; when it is read, it is the envelope.
    if (res) expect(res).toMatchObject({ status: 413, body: { errors: [{ code: 413 }] } });
    expect(capillary.store.writes).toBe(0);
  });
});

describe('Capillary PUT as the spec says', () => {
  it("id with the group's own externalId updates it; with another group's externalId it is 1632 and renames nothing", async () => {
    expect((await putGroup({ id: 3962909, externalId: 'uat_ug_10_txn', groupName: 'same' })).status).toBe(
      200,
    );
    const other = await putGroup({ id: 3962909, externalId: 'renamed', groupName: 'x' });
    expect(other).toMatchObject({ status: 400 });
    expect(codeOf(other.body)).toBe(1632);
    expect(capillary.store.get(3962909)).toMatchObject({ externalId: 'uat_ug_10_txn', groupName: 'same' });
    expect(capillary.store.getByExternalId('renamed')).toBeUndefined();
  });

  it('the legacy sample (an empty externalId beside the id) is 1634', async () => {
    const res = await putGroup({ id: '51334', externalId: '', groupName: 'newName2', maxGroupSize: 1110 });
    expect(codeOf(res.body)).toBe(1634);
    expect(capillary.store.writes).toBe(0);
  });

  it.each([
    ['an id alone', { id: 51334 }],
    ["an id and the group's own externalId", { id: 51334, externalId: 'natwest14' }],
    ['an empty extendedFields', { externalId: 'natwest14', extendedFields: {} }],
  ])('%s is 1643, nothing to update', async (_t, body) => {
    expect(codeOf((await putGroup(body)).body)).toBe(1643);
  });

  it('the cap option works above 30000 too', async () => {
    const big = await startCapillarySandbox({ maxGroupSizeCap: 50_000, checkContract: true });
    try {
      const at = (maxGroupSize: number) =>
        send(`${big.url}/v2/userGroup2`, {
          method: 'PUT',
          headers: { ...json, authorization: basic },
          body: JSON.stringify({ id: 51334, maxGroupSize }),
        });
      expect((await at(40_000)).status).toBe(200);
      expect(big.store.get(51334)?.maxGroupSize).toBe(40_000);
      const over = await at(50_001);
      expect(over.body).toMatchObject({
        errors: [{ code: 1639, message: 'Group max size can not exceed product limit 50000' }],
      });
      expect(big.contractViolations).toEqual([]);
    } finally {
      await big.close();
    }
  });

  it('every answer carries X-Cap-Requestid, as the spec declares', async () => {
    const ok = await putGroup({ id: 51334, groupName: 'x' });
    const refused = await putGroup({ id: 51334 });
    const unauthorized = await send(`${capillary.url}/v2/userGroup2?id=1`, { headers: {} });
    for (const res of [ok, refused, unauthorized])
      expect(res.headers.get('x-cap-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok.headers.get('x-cap-requestid')).not.toBe(refused.headers.get('x-cap-requestid'));
  });
});
