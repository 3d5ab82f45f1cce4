// Every Xtrakit answer is checked against specs/xtrakit.yaml before it is believed: a scripted
// vendor (a real HTTP server on 127.0.0.1 answering what each case says) sends each kind of schema
// violation to every operation. A write that gets one is bad_response with outcome unknown (the
// vendor may have applied it), a read bad_response; never ok, never retried.
import { type ScriptedVendor, startScriptedVendor } from '@loyalty-gateway/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createXtrakitClient, type VendorResult, type XtrakitClient } from '../src/index.js';

const KEY = 'scripted-vendor-key';
const GROUP = {
  id: 7,
  group_name: 'Gold',
  group_description: null,
  created_at: '2026-11-30 10:00:00',
  updated_at: '2026-11-30 10:00:01',
  business_code: '12',
};
const envelope = (group: unknown) => ({ status: 200, message: 'ok', data: { group } });
const listEnvelope = (groups: unknown) => ({ status: 200, message: 'Groups found: 1', data: { groups } });
const without = (key: keyof typeof GROUP) =>
  Object.fromEntries(Object.entries(GROUP).filter(([k]) => k !== key));

/** Bodies that break CustomerGroupResponse, each a different kind of violation. */
const BROKEN_GROUP_BODIES: Array<[string, unknown]> = [
  ['a missing group_name', envelope(without('group_name'))],
  ['a number where the spec says string (group_name)', envelope({ ...GROUP, group_name: 42 })],
  ['a timestamp in another format (RFC 3339)', envelope({ ...GROUP, updated_at: '2026-11-30T10:00:01Z' })],
  ['an id as a string', envelope({ ...GROUP, id: '7' })],
  ['an id of 0', envelope({ ...GROUP, id: 0 })],
  ['an object where the spec says string (business_code)', envelope({ ...GROUP, business_code: { x: 1 } })],
  ['the group outside its envelope', GROUP],
  ['no data at all', { status: 200, message: 'ok' }],
  ['an array body', [GROUP]],
  ['an empty body', ''],
  ['a body that is not JSON', '<html>ok</html>'],
];

let vendor: ScriptedVendor;
let client: XtrakitClient;

beforeAll(async () => {
  vendor = await startScriptedVendor();
  client = createXtrakitClient({
    apiKey: KEY,
    baseUrl: vendor.url,
    timeoutMs: 2_000,
    retry: { baseDelayMs: 1, maxDelayMs: 2, retryUnsafe: false },
  });
});
beforeEach(() => vendor.clear());
afterAll(async () => {
  await client.close();
  await vendor.close();
});

const update = () => client.updateCustomerGroup({ id: '7', body: { group_name: 'Gold' } });
const add = () => client.addCustomerGroup({ group_name: 'Gold' });
const get = () => client.getCustomerGroup({ id: '7' });

function error<T>(result: VendorResult<T>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error;
}

describe.each([
  ['updateCustomerGroup', update, 'unknown'],
  ['addCustomerGroup', add, 'unknown'],
  ['getCustomerGroup', get, 'unknown'],
] as const)('%s', (operation, call, outcome) => {
  it('believes an answer that matches the spec', async () => {
    vendor.answer({ status: 200, body: envelope(GROUP) });
    const result = await call();
    expect(result).toMatchObject({ ok: true, data: GROUP, attempts: 1 });
  });

  it.each(BROKEN_GROUP_BODIES)('a 200 with %s is bad_response, sent once', async (_name, body) => {
    vendor.answer({ status: 200, body });
    const e = error(await call());
    expect(e).toMatchObject({ kind: 'bad_response', operation, outcome, status: 200, attempts: 1 });
    expect(e.message).toMatch(/breaks its spec|not valid JSON/);
    expect(vendor.requests).toHaveLength(1);
  });

  it('a refusal whose body is not the documented error shape is bad_response, not believed', async () => {
    vendor.answer({ status: 404, body: { detail: 'no such group' } });
    const e = error(await call());
    expect(e).toMatchObject({ kind: 'bad_response', status: 404, outcome: 'not_applied', vendorCode: null });
    expect(e.message).not.toContain('no such group');
  });

  it('a refusal in the documented shape is believed', async () => {
    vendor.answer({ status: 404, body: { status: 404, error: 'Customer group not found' } });
    expect(error(await call())).toMatchObject({ kind: 'not_found', status: 404 });
  });
});

describe('listCustomerGroups', () => {
  it.each<[string, unknown]>([
    ['groups that is not an array', listEnvelope({ 0: GROUP })],
    ['a group with a missing group_name', listEnvelope([GROUP, without('group_name')])],
    ['a group with a timestamp in another format', listEnvelope([{ ...GROUP, created_at: '30/11/2026' }])],
    ['no groups member', { status: 200, message: 'ok', data: {} }],
  ])('a 200 with %s is bad_response', async (_name, body) => {
    vendor.answer({ status: 200, body });
    expect(error(await client.listCustomerGroups())).toMatchObject({ kind: 'bad_response', status: 200 });
  });

  it('believes a list that matches the spec', async () => {
    vendor.answer({ status: 200, body: listEnvelope([GROUP]) });
    expect(await client.listCustomerGroups()).toMatchObject({ ok: true, data: [GROUP] });
  });
});

describe('unsafeSkipResponseValidation (for pnpm bench only)', () => {
  it('takes the answer as given', async () => {
    const unchecked = createXtrakitClient({
      apiKey: KEY,
      baseUrl: vendor.url,
      unsafeSkipResponseValidation: true,
    });
    vendor.answer({ status: 200, body: envelope({ ...GROUP, updated_at: 'yesterday' }) });
    const result = await unchecked.updateCustomerGroup({ id: '7', body: { group_name: 'Gold' } });
    await unchecked.close();
    expect(result).toMatchObject({ ok: true, data: { updated_at: 'yesterday' } });
  });
});
