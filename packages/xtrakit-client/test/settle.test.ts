// Settling an unclear answer without the gateway: the pure comparison, and settleCustomerGroupUpdate
// reading the group back from a real sandbox (one GET) after the faults that leave an answer unclear.
import {
  type Sandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type CustomerGroup,
  compareCustomerGroupUpdate,
  createXtrakitClient,
  senderGone,
  settleCustomerGroupUpdate,
  unclearAnswer,
  type XtrakitClient,
} from '../src/index.js';

const group = (name: string, description?: string): CustomerGroup => ({
  id: 1,
  group_name: name,
  ...(description === undefined ? {} : { group_description: description }),
  created_at: '2025-01-01 00:00:00',
  updated_at: '2025-01-01 00:00:00',
});

describe('compareCustomerGroupUpdate', () => {
  it('compares every field the body sets, and only those', () => {
    expect(compareCustomerGroupUpdate({ group_name: 'A' }, group('A', 'anything'))).toEqual({
      matches: true,
      fields: [{ field: 'group_name', state: 'equal', asked: 'A', found: 'A' }],
    });
    const both = compareCustomerGroupUpdate({ group_name: 'A', group_description: 'd' }, group('A', 'e'));
    expect(both.matches).toBe(false);
    expect(both.fields.map((f) => [f.field, f.state])).toEqual([
      ['group_name', 'equal'],
      ['group_description', 'different'],
    ]);
    expect(compareCustomerGroupUpdate({ group_name: 'A' }, group('a')).matches).toBe(false);
  });
});

describe('settleCustomerGroupUpdate against the sandbox', () => {
  let sandbox: Sandbox<XtrakitStore>;
  let client: XtrakitClient;
  beforeAll(async () => {
    sandbox = await startXtrakitSandbox({ checkContract: true });
    client = createXtrakitClient({ apiKey: XTRAKIT_SANDBOX_API_KEY, baseUrl: sandbox.url, timeoutMs: 2000 });
    // Warm the connection, so a slow first request on a loaded machine is not taken for a timeout.
    await client.getCustomerGroup({ id: '1' });
    sandbox.requests.clear();
  });
  afterEach(() => {
    sandbox.faults.clear();
    sandbox.store.reset();
    sandbox.requests.clear();
  });
  afterAll(async () => {
    await client.close();
    await sandbox.close();
  });

  const update = { id: '1', body: { group_name: 'Settled' } };
  const unclearWrite = async () => {
    const result = await client.updateCustomerGroup(update);
    if (result.ok) throw new Error('expected an unclear answer');
    const unclear = unclearAnswer(result.error);
    if (!unclear) throw new Error('expected an unclear answer');
    return unclear;
  };
  const onPut = (fault: Parameters<typeof sandbox.faults.add>[0]['fault']) =>
    sandbox.faults.add({ fault, times: 1, match: { operationId: 'updateCustomerGroup' } });

  it.each([
    ['a 502 after applying', { kind: 'status', status: 502, applyWrite: true }, true, 'applied'],
    ['a 500 before applying', { kind: 'status', status: 500 }, true, 'not_applied'],
    ['a reset after applying', { kind: 'reset', applyWrite: true }, false, 'applied'],
    ['a reset before applying', { kind: 'reset' }, false, 'unknown'],
    ['a truncated body', { kind: 'truncated' }, false, 'applied'],
  ] as const)('%s: the verdict after one GET', async (_n, fault, complete, verdict) => {
    onPut(fault);
    const unclear = await unclearWrite();
    expect(unclear).toEqual({ complete });
    const settled = await settleCustomerGroupUpdate(client, update, unclear, { deadlineMs: 5000 });
    expect(settled.verdict).toBe(verdict);
    expect(sandbox.requests.all().map((r) => r.method)).toEqual(['PUT', 'GET']);
    expect(sandbox.store.get(1)?.group_name === 'Settled').toBe(verdict === 'applied');
  });

  it('a reset before applying whose sender is gone for good is not_applied; before its bound it is not gone', async () => {
    onPut({ kind: 'reset' });
    const startedAt = Date.now();
    await unclearWrite();
    expect(senderGone(startedAt, 60_000)).toBeNull();
    const gone = senderGone(startedAt, 60_000, startedAt + 60_000);
    expect(gone).toEqual({ complete: false, ended: 'sender_gone' });
    const settled = await settleCustomerGroupUpdate(client, update, gone as NonNullable<typeof gone>);
    expect(settled.verdict).toBe('not_applied');
    expect(sandbox.requests.all().map((r) => r.method)).toEqual(['PUT', 'GET']);
    expect(sandbox.store.get(1)?.group_name).not.toBe('Settled');
  });

  it('a sender gone for good whose write was applied is applied', async () => {
    onPut({ kind: 'reset', applyWrite: true });
    await unclearWrite();
    const settled = await settleCustomerGroupUpdate(client, update, {
      complete: false,
      ended: 'sender_gone',
    });
    expect(settled.verdict).toBe('applied');
  });

  it('a read that fails too is unknown (read_failed), never a guess', async () => {
    onPut({ kind: 'status', status: 500 });
    sandbox.faults.add({ fault: { kind: 'hang' }, times: 1, match: { operationId: 'getCustomerGroup' } });
    const settled = await settleCustomerGroupUpdate(client, update, await unclearWrite());
    expect(settled).toMatchObject({ verdict: 'unknown', reason: 'read_failed' });
  });

  it('a clear failure leaves nothing to settle', async () => {
    const result = await client.updateCustomerGroup({ id: '999', body: { group_name: 'x' } });
    expect(result.ok || unclearAnswer(result.error)).toBeNull();
  });
});
