// The assertions every case makes: HTTP status and a code from the closed sets, the exact vendor
// calls, vendor state unchanged unless the outcome says applied, no canary anywhere, and a gateway
// that still serves afterwards.
import {
  GRAPHQL_ERROR_CODES,
  type GraphqlErrorCode,
  type Outcome,
  USER_ERROR_CODES,
  type UserErrorCode,
} from '@loyalty-gateway/gateway';
import { expect } from 'vitest';
import { assertNoCanary } from './canaries.js';
import type { Observed, Reply, Stack } from './harness.js';
import { UPDATE_CUSTOMER_GROUP, UPDATE_USER_GROUP } from './harness.js';

const GRAPHQL_CODES = Object.keys(GRAPHQL_ERROR_CODES);
const USER_CODES = Object.keys(USER_ERROR_CODES);
const PUBLIC_EXTENSIONS = ['code', 'kind', 'retryAfterSeconds'];

/** The answer holds no canary in its body or headers. */
export function expectNoCanaryIn(reply: Reply): void {
  assertNoCanary(reply.text, 'the response body');
  assertNoCanary(JSON.stringify([...reply.headers]), 'the response headers');
}

/** Every GraphQL error carries a code from GRAPHQL_ERROR_CODES and only the public extensions. */
export function expectClosedErrors(reply: Reply): void {
  for (const error of reply.body?.errors ?? []) {
    expect(GRAPHQL_CODES, reply.text).toContain(error.extensions?.code);
    const keys = Object.keys(error.extensions ?? {});
    expect(
      keys.every((k) => PUBLIC_EXTENSIONS.includes(k)),
      `extensions: ${keys.join(', ')}`,
    ).toBe(true);
  }
}

/** Input refused at the door: status, closed code, no data, zero vendor calls, no state change, no canary. */
export function expectRefused(observed: Observed, status: number, code: GraphqlErrorCode): void {
  const { reply } = observed;
  expect(reply.status, reply.text).toBe(status);
  expect(reply.body?.errors?.[0]?.extensions?.code, reply.text).toBe(code);
  expect(reply.body?.data ?? null, reply.text).toBeNull();
  expectClosedErrors(reply);
  expect(observed.calls).toEqual({ xtrakit: 0, capillary: 0 });
  expect(observed.changed).toEqual({ xtrakit: false, capillary: false });
  expectNoCanaryIn(reply);
}

export interface PayloadExpectation {
  outcome: Outcome;
  /** The one user error expected, or none. */
  userError?: UserErrorCode | null;
  /** Exact vendor requests, per sandbox. */
  calls: { xtrakit: number; capillary: number };
  /** Whether the vendor's stored state changed; by default: exactly when the outcome says applied. */
  changed?: { xtrakit: boolean; capillary: boolean };
}

/** A mutation payload at `data[field]`: outcome, user error code, exact calls, honest state, no canary. */
// biome-ignore lint/suspicious/noExplicitAny: payloads are read from arbitrary response JSON
export function expectPayload(observed: Observed, field: string, expected: PayloadExpectation): any {
  const { reply } = observed;
  expect(reply.status, reply.text).toBe(200);
  expect(reply.body?.errors, reply.text).toBeUndefined();
  const payload = reply.body?.data?.[field];
  expect(payload?.outcome, reply.text).toBe(expected.outcome);
  const codes = (payload?.userErrors ?? []).map((e: { code: string }) => e.code);
  for (const code of codes) expect(USER_CODES).toContain(code);
  expect(codes, reply.text).toEqual(expected.userError ? [expected.userError] : []);
  expect(observed.calls, 'vendor requests').toEqual(expected.calls);
  const applied = expected.outcome === 'APPLIED' || expected.outcome === 'APPLIED_WITH_WARNINGS';
  const vendor = field === 'updateCustomerGroup' ? 'xtrakit' : 'capillary';
  const changed = expected.changed ?? {
    xtrakit: vendor === 'xtrakit' && applied,
    capillary: vendor === 'capillary' && applied,
  };
  expect(observed.changed, 'vendor state changed').toEqual(changed);
  if (!applied) {
    const group = field === 'updateCustomerGroup' ? payload?.customerGroup : payload?.userGroup;
    expect(group ?? null, 'no invented data').toBeNull();
  }
  expectNoCanaryIn(reply);
  return payload;
}

/** /healthz answers and a good mutation (with `headers`, e.g. forwarded credentials) on each vendor is applied; no canary leaked so far. */
export async function expectHealthy(stack: Stack, headers: Record<string, string> = {}): Promise<void> {
  const health = await stack.http('/healthz');
  expect(health.status).toBe(200);
  const ready = await stack.http('/readyz');
  expect(ready.status).toBe(200);
  const name = `healthy ${Date.now() % 100_000}`;
  const x = await stack.gql(UPDATE_CUSTOMER_GROUP, { input: { id: '2', name } }, headers);
  expect(x.body?.data?.updateCustomerGroup?.outcome, x.text).toBe('APPLIED');
  expect(stack.xtrakit.store.get(2)?.group_name).toBe(name);
  const c = await stack.gql(UPDATE_USER_GROUP, { input: { group: { id: '3962909' }, name } }, headers);
  expect(c.body?.data?.updateUserGroup?.outcome, c.text).toBe('APPLIED');
  expect(stack.capillary.store.get(3962909)?.groupName).toBe(name);
  stack.assertNoLeaks();
}
