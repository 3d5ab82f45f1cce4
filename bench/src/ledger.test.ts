import type { LoggedRequest } from '@loyalty-gateway/sandboxes';
import { describe, expect, it } from 'vitest';
import {
  appliedWrite,
  MUST_BE_ZERO,
  OUTCOME,
  outcomeCode,
  reconcile,
  SeqBytes,
  seqOfName,
  soakName,
  WriteLedger,
} from './ledger.js';

let nextSeq = 0;
function logged(
  operationId: string,
  body: Record<string, unknown>,
  status: number | null,
  fault: string | null = null,
): LoggedRequest {
  return {
    seq: ++nextSeq,
    operationId,
    method: 'PUT',
    path: '/',
    query: {},
    body,
    auth: 'bearer',
    authValid: true,
    status,
    fault,
    rateLimited: false,
    at: 0,
  };
}

describe('appliedWrite', () => {
  it.each([
    { status: 200, fault: null, applied: true },
    { status: 404, fault: null, applied: false },
    { status: 200, fault: 'truncated', applied: true },
    { status: 422, fault: 'truncated', applied: false },
    { status: 502, fault: 'status', applied: true },
    { status: 500, fault: 'status', applied: false },
    { status: 503, fault: 'status', applied: false },
    { status: 429, fault: 'status', applied: false },
    { status: null, fault: 'reset', applied: false },
  ])('status $status with fault $fault: applied $applied', ({ status, fault, applied }) => {
    expect(appliedWrite({ status, fault })).toBe(applied);
  });
});

describe('names and outcomes', () => {
  it('round-trips a sequence number through the written name', () => {
    expect(seqOfName(soakName(1234))).toBe(1234);
    expect(seqOfName('Benchmark group')).toBeNull();
    expect(seqOfName(42)).toBeNull();
  });

  it('maps payload outcomes to codes, anything else to ERROR', () => {
    expect(outcomeCode('APPLIED')).toBe(OUTCOME.APPLIED);
    expect(outcomeCode('UNKNOWN')).toBe(OUTCOME.UNKNOWN);
    expect(outcomeCode(undefined)).toBe(OUTCOME.ERROR);
    expect(outcomeCode('toString')).toBe(OUTCOME.ERROR);
  });
});

describe('SeqBytes', () => {
  it('grows on demand and survives a base64 round trip', () => {
    const map = new SeqBytes();
    map.set(3, 1);
    map.set(200_000, 2);
    const copy = SeqBytes.fromBase64(map.toBase64());
    expect(copy.get(3)).toBe(1);
    expect(copy.get(200_000)).toBe(2);
    expect(copy.get(200_001)).toBe(0);
    expect([...copy.entries()]).toEqual([
      [3, 1],
      [200_000, 2],
    ]);
  });
});

describe('WriteLedger', () => {
  it('reads only new entries, counts applied writes by name, and notices entries it missed', () => {
    const ledger = new WriteLedger();
    const old = logged('updateCustomerGroup', { group_name: soakName(0) }, 200);
    ledger.skip('xtrakit', [old]);
    const a = logged('updateCustomerGroup', { group_name: soakName(1) }, 200);
    const b = logged('updateCustomerGroup', { group_name: soakName(2) }, 500, 'status');
    const c = logged('updateCustomerGroup', { group_name: 'warm-up' }, 200);
    ledger.ingest('xtrakit', [old, a, b, c]);
    ledger.ingest('xtrakit', [old, a, b, c]); // nothing new
    expect(ledger.writes.get(0)).toBe(0);
    expect(ledger.writes.get(1)).toBe(1);
    expect(ledger.writes.get(2)).toBe(0);
    expect(ledger.applied).toEqual({ updateCustomerGroup: 2 });
    expect(ledger.unnamed).toEqual({ updateCustomerGroup: 1 });

    nextSeq += 5; // five entries rotated out of the ring unseen
    const d = logged('updateUserGroup', { groupName: soakName(1) }, 200);
    ledger.ingest('xtrakit', [d]);
    expect(ledger.missed).toBe(5);
    expect(ledger.writes.get(1)).toBe(2);
  });
});

describe('reconcile', () => {
  it('is clean when every APPLIED was written and every write was APPLIED or UNKNOWN', () => {
    const outcomes = new SeqBytes();
    const writes = new SeqBytes();
    outcomes.set(0, OUTCOME.APPLIED);
    writes.set(0, 1);
    outcomes.set(1, OUTCOME.UNKNOWN);
    writes.set(1, 1);
    outcomes.set(2, OUTCOME.UNKNOWN);
    outcomes.set(3, OUTCOME.NOT_APPLIED);
    outcomes.set(4, OUTCOME.APPLIED_WITH_WARNINGS);
    writes.set(4, 1);
    const r = reconcile(outcomes, writes, 5);
    for (const key of MUST_BE_ZERO) expect(r[key]).toBe(0);
    expect(r).toMatchObject({ appliedReported: 2, writesSeen: 3, unknownApplied: 1, unknownNotApplied: 1 });
  });

  it('finds every kind of mismatch', () => {
    const outcomes = new SeqBytes();
    const writes = new SeqBytes();
    outcomes.set(0, OUTCOME.APPLIED); // never written
    outcomes.set(1, OUTCOME.NOT_APPLIED); // but written
    writes.set(1, 1);
    outcomes.set(2, OUTCOME.ERROR); // written, caller got no payload
    writes.set(2, 1);
    outcomes.set(3, OUTCOME.APPLIED); // written twice
    writes.set(3, 2);
    writes.set(9, 1); // never sent
    const r = reconcile(outcomes, writes, 4);
    expect(r).toMatchObject({
      appliedWithoutWrite: 1,
      writtenButNotApplied: 1,
      writtenWithoutOutcome: 1,
      doubleWrites: 1,
      writesForUnsentSeq: 1,
    });
  });
});
