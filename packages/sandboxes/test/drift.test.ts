import { afterEach, describe, expect, it } from 'vitest';
import { type DriftRule, type Sandbox, startXtrakitSandbox, XTRAKIT_SANDBOX_API_KEY } from '../src/index.js';

const auth = { authorization: `Bearer ${XTRAKIT_SANDBOX_API_KEY}` };
let sandbox: Sandbox<unknown> | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function readGroup(drift: DriftRule[], path = '/api/v1/customer-groups/1') {
  sandbox = await startXtrakitSandbox({ drift });
  const res = await fetch(`${sandbox.url}${path}`, { headers: auth });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body: JSON.parse(text) };
}

describe('sandbox drift option', () => {
  it.each<[string, DriftRule, (r: Awaited<ReturnType<typeof readGroup>>) => void]>([
    [
      'renames a field',
      { drift: { kind: 'rename', field: '/data/group/group_name', to: 'name' } },
      (r) => {
        expect(r.body.data.group.name).toBe('Premium Customers');
        expect(r.body.data.group).not.toHaveProperty('group_name');
      },
    ],
    [
      'changes a type',
      { drift: { kind: 'retype', field: '/data/group/id' } },
      (r) => {
        expect(r.body.data.group.id).toBe('1');
      },
    ],
    [
      'adds a field',
      { drift: { kind: 'extra', field: '/data/group/colour', value: 'blue' } },
      (r) => {
        expect(r.body.data.group.colour).toBe('blue');
      },
    ],
    [
      'answers another status',
      { drift: { kind: 'status', status: 202 } },
      (r) => {
        expect(r.status).toBe(202);
        expect(r.body.data.group.id).toBe(1);
      },
    ],
    [
      'sets a header',
      { drift: { kind: 'header', name: 'Content-Type', value: 'text/plain' } },
      (r) => {
        expect(r.type).toBe('text/plain');
      },
    ],
  ])('%s', async (_title, rule, check) => {
    check(await readGroup([rule]));
  });

  it('replaces the body of matching replies only', async () => {
    const rule: DriftRule = { drift: { kind: 'body', body: { code: 'NOT_FOUND' } }, match: { status: 404 } };
    expect((await readGroup([rule], '/api/v1/customer-groups/999')).body).toEqual({ code: 'NOT_FOUND' });
    await sandbox?.close();
    expect((await readGroup([rule])).body.data.group.id).toBe(1);
  });

  it('leaves the stored group alone', async () => {
    sandbox = await startXtrakitSandbox({
      drift: [{ drift: { kind: 'rename', field: '/data/group/group_name', to: 'name' } }],
    });
    const store = (sandbox as Sandbox<{ get(id: number): unknown }>).store;
    await (await fetch(`${sandbox.url}/api/v1/customer-groups/1`, { headers: auth })).text();
    expect(store.get(1)).toMatchObject({ group_name: 'Premium Customers' });
  });
});
