import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type Sandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '../src/index.js';

let sandbox: Sandbox<XtrakitStore>;
const auth = { authorization: `Bearer ${XTRAKIT_SANDBOX_API_KEY}`, 'content-type': 'application/json' };
const at = new Date('2026-11-23T10:20:30Z');

beforeAll(async () => {
  sandbox = await startXtrakitSandbox({ checkContract: true, now: () => at });
});
afterEach(() => {
  sandbox.store.reset();
  sandbox.requests.clear();
  sandbox.faults.clear();
});
afterAll(async () => {
  // The contract test: every response any test in this file produced matched the spec.
  expect(sandbox.contractViolations).toEqual([]);
  await sandbox.close();
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = auth) {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

describe('Xtrakit sandbox', () => {
  it('is seeded with group 1 "Premium Customers"', async () => {
    const res = await call('GET', '/api/v1/customer-groups/1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 200,
      message: 'Group found',
      data: { group: { id: 1, group_name: 'Premium Customers' } },
    });
  });

  it('updates a group and sets updated_at in the vendor format', async () => {
    const res = await call('PUT', '/api/v1/customer-groups/1', { group_name: 'VIP' });
    expect(res.status).toBe(200);
    expect(res.body.message).toBe('Group updated successfully');
    expect(res.body.data.group).toMatchObject({
      id: 1,
      group_name: 'VIP',
      updated_at: '2026-11-23 10:20:30',
    });
    // An omitted description is left as it was.
    expect(res.body.data.group.group_description).toContain('$1000');
    expect(sandbox.store.get(1)?.group_name).toBe('VIP');
    expect(sandbox.store.writes).toBe(1);
    expect(sandbox.store.writesByOperation).toEqual({ updateCustomerGroup: 1 });
  });

  it.each([
    ['no Authorization header', {}, 'Unauthorized: Missing Bearer Token'],
    ['a Basic header', { authorization: 'Basic abc' }, 'Unauthorized: Missing Bearer Token'],
    ['a wrong key', { authorization: 'Bearer wrong-key' }, 'Unauthorized: Invalid API Key'],
  ])('answers 401 for %s with the documented body', async (_t, headers, error) => {
    const res = await call(
      'PUT',
      '/api/v1/customer-groups/1',
      { group_name: 'x' },
      { ...headers, 'content-type': 'application/json' },
    );
    expect(res).toEqual({ status: 401, body: { status: 401, error } });
    expect(sandbox.store.writes).toBe(0);
  });

  it('records requests without the credential', async () => {
    await call('PUT', '/api/v1/customer-groups/1?x=1', { group_name: 'VIP' });
    const [entry] = sandbox.requests.all();
    expect(entry).toMatchObject({
      operationId: 'updateCustomerGroup',
      method: 'PUT',
      path: '/api/v1/customer-groups/1',
      query: { x: '1' },
      body: { group_name: 'VIP' },
      auth: 'bearer',
      authValid: true,
      status: 200,
    });
    expect(JSON.stringify(sandbox.requests.all())).not.toContain(XTRAKIT_SANDBOX_API_KEY);
  });

  it.each([
    ['unknown id', '/api/v1/customer-groups/999', { group_name: 'x' }, 404],
    ['non-numeric id', '/api/v1/customer-groups/abc', { group_name: 'x' }, 404],
    ['missing group_name', '/api/v1/customer-groups/1', { group_description: 'x' }, 422],
    ['empty group_name', '/api/v1/customer-groups/1', { group_name: '' }, 422],
    ['malformed JSON', '/api/v1/customer-groups/1', '{"group_name":', 400],
  ])('answers an error in the vendor shape for %s', async (_t, path, body, status) => {
    const res = await call('PUT', path, body);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ status, error: expect.any(String) });
    expect(sandbox.store.writes).toBe(0);
  });

  it('adds, lists (with filters) and fetches groups', async () => {
    const added = await call('POST', '/api/v1/customer-groups/add', { group_name: 'Lapsed' });
    expect(added.status).toBe(200);
    expect(added.body.data.group).toMatchObject({ id: 3, group_name: 'Lapsed', group_description: null });
    const list = await call('GET', '/api/v1/customer-groups?business_code=15848484');
    expect(list.body.message).toBe('Groups found: 3');
    const none = await call('GET', '/api/v1/customer-groups?updated_at=2024-08-04');
    expect(none.body.data.groups.map((g: { id: number }) => g.id)).toEqual([1]);
    expect((await call('GET', '/api/v1/customer-groups/3')).body.data.group.group_name).toBe('Lapsed');
  });

  it('answers 404 for routes it does not have', async () => {
    expect((await call('DELETE', '/api/v1/customer-groups/1')).status).toBe(404);
  });

  it('resets to the seed', async () => {
    await call('PUT', '/api/v1/customer-groups/1', { group_name: 'VIP' });
    sandbox.store.reset();
    expect(sandbox.store.get(1)?.group_name).toBe('Premium Customers');
    expect(sandbox.store.writes).toBe(0);
  });
});
