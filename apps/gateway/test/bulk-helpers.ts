// Helpers of the bulk job tests: seeding groups over the sandboxes' own HTTP API, running a job to its
// end through GraphQL, and reconciling every item's outcome with what the sandbox actually did.
import { createHash } from 'node:crypto';
import {
  CAPILLARY_SANDBOX_CREDENTIALS,
  type CapillaryStore,
  type Sandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { expect } from 'vitest';

// Faults on every vendor write: retried ones (503), refusals before acting (500), writes whose answer is
// lost (502 after the write, reset, truncated body), and a little latency.
export function addFaults(sandbox: Sandbox<unknown>) {
  {
    const match = { method: 'PUT' };
    sandbox.faults.add({ fault: { kind: 'latency', ms: 1 }, rate: 0.5, match });
    sandbox.faults.add({ fault: { kind: 'status', status: 503, retryAfter: '0' }, rate: 0.03, match });
    sandbox.faults.add({ fault: { kind: 'status', status: 500 }, rate: 0.01, match });
    sandbox.faults.add({ fault: { kind: 'status', status: 502, applyWrite: true }, rate: 0.01, match });
    sandbox.faults.add({ fault: { kind: 'reset' }, rate: 0.005, match });
    sandbox.faults.add({ fault: { kind: 'truncated' }, rate: 0.005, match });
  }
}

export const BULK_CUSTOMER = /* GraphQL */ `
  mutation Bulk($items: [UpdateCustomerGroupInput!]!) {
    bulkUpdateCustomerGroups(input: { items: $items }) {
      job { id state total processed vendor durable }
      userErrors { code field message }
    }
  }
`;

export const BULK_USER = /* GraphQL */ `
  mutation Bulk($items: [UpdateUserGroupInput!]!) {
    bulkUpdateUserGroups(input: { items: $items }) {
      job { id state total processed vendor durable }
      userErrors { code field message }
    }
  }
`;

export const JOB = /* GraphQL */ `
  query Job($id: ID!) {
    bulkJob(id: $id) {
      id state total processed finishedAt
      counts { applied appliedWithWarnings notApplied unknown }
    }
  }
`;

async function inBatches(n: number, run: (i: number) => Promise<void>, width = 20): Promise<void> {
  for (let start = 0; start < n; start += width) {
    await Promise.all(Array.from({ length: Math.min(width, n - start) }, (_, k) => run(start + k)));
  }
}

/** Creates `n` Xtrakit groups through POST /api/v1/customer-groups/add; returns their ids. */
export async function seedXtrakit(url: string, n: number): Promise<string[]> {
  const ids: string[] = new Array(n);
  await inBatches(n, async (i) => {
    const response = await fetch(`${url}/api/v1/customer-groups/add`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${XTRAKIT_SANDBOX_API_KEY}` },
      body: JSON.stringify({ group_name: `seed ${i}` }),
    });
    const body = (await response.json()) as { data: { group: { id: number } } };
    ids[i] = String(body.data.group.id);
  });
  return ids;
}

/** Creates `n` Capillary groups (externalId `<prefix>-<i>`) through POST /v2/userGroup2. */
export async function seedCapillary(url: string, n: number, prefix: string): Promise<string[]> {
  const { username, password } = CAPILLARY_SANDBOX_CREDENTIALS;
  const md5 = createHash('md5').update(password).digest('hex');
  const auth = `Basic ${Buffer.from(`${username}:${md5}`).toString('base64')}`;
  const externalIds = Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  await inBatches(n, async (i) => {
    const response = await fetch(`${url}/v2/userGroup2`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({ externalId: externalIds[i], groupName: `seed ${i}`, maxGroupSize: 100 }),
    });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  });
  return externalIds;
}

export interface ResultLine {
  index: number;
  groupId: string | null;
  externalId: string | null;
  outcome: 'APPLIED' | 'APPLIED_WITH_WARNINGS' | 'NOT_APPLIED' | 'UNKNOWN';
  settledBy: string | null;
  userErrors: Array<{ code: string; field: string[] | null }>;
  warnings: unknown[];
}

export type Gql = (
  query: string,
  variables?: Record<string, unknown>,
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response JSON
) => Promise<{ status: number; body: any }>;

/** Polls bulkJob until it is finished (or the time is up). */
export async function waitFinished(gql: Gql, id: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await gql(JOB, { id });
    const job = body.data?.bulkJob;
    if (job?.finishedAt) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} not finished: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** GET /bulk-jobs/{id}/results.jsonl, parsed. */
export async function resultLines(baseUrl: string, id: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/bulk-jobs/${id}/results.jsonl`, { headers });
  const text = await response.text();
  const lines =
    text === ''
      ? []
      : text
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l) as ResultLine);
  return { status: response.status, contentType: response.headers.get('content-type'), lines };
}

/**
 * Every item has exactly one final outcome, and it agrees with the sandbox: APPLIED ones show the new
 * name, NOT_APPLIED ones do not, and the sandbox made exactly one write per group that shows it.
 */
export function reconcile(args: {
  lines: ResultLine[];
  total: number;
  applied: (index: number) => boolean;
  writes: number;
}) {
  const { lines, total } = args;
  expect(lines.map((l) => l.index)).toEqual(Array.from({ length: total }, (_, i) => i));
  let appliedAtVendor = 0;
  let unknown = 0;
  for (const line of lines) {
    const atVendor = args.applied(line.index);
    if (atVendor) appliedAtVendor++;
    if (line.outcome === 'APPLIED' || line.outcome === 'APPLIED_WITH_WARNINGS')
      expect(atVendor, `item ${line.index}`).toBe(true);
    else if (line.outcome === 'NOT_APPLIED')
      expect(atVendor, `item ${line.index} NOT_APPLIED but applied`).toBe(false);
    else unknown++;
  }
  // One write per applied group: none applied twice, none lost.
  expect(args.writes).toBe(appliedAtVendor);
  return { appliedAtVendor, unknown };
}

export function xtrakitApplied(store: XtrakitStore, ids: string[], name: (i: number) => string) {
  return (i: number) => store.get(Number(ids[i]))?.group_name === name(i);
}

export function capillaryApplied(store: CapillaryStore, externalIds: string[], name: (i: number) => string) {
  return (i: number) => store.getByExternalId(externalIds[i] as string)?.groupName === name(i);
}

export function status429(sandbox: Sandbox<unknown>): number {
  return sandbox.requests.all().filter((r) => r.status === 429).length;
}
