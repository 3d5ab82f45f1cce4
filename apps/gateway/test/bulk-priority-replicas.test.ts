// Bulk priority across replicas (issues 13 and 15): a bulk job runs on replica A while interactive
// mutations arrive on replica B, both on one tight vendor budget shared through one Redis. While B's
// callers wait, A's bulk calls take at most BULK_BUDGET_SHARE of the slots; B's get the rest and answer
// within RATE_LIMIT_MAX_WAIT_MS. Real processes (the bundle), a real redis-server, real HTTP; the
// sandbox's request log is the witness of who got the slots.
import {
  type Sandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { startTestRedis, type TestRedis } from '@loyalty-gateway/test-redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BULK_CUSTOMER, JOB, seedXtrakit } from './bulk-helpers.js';
import { buildBundle, type GqlAnswer, type Replica, startReplica, stopReplica } from './replicas.js';

const BUDGET = 60; // per minute: one slot a second for both replicas together
const SHARE = 0.1; // bulk: one slot in ten while interactive callers wait
const MAX_WAIT_MS = 1_500;
const ITEMS = 40;
const PHASE_MS = 20_000;
const KEY = 'bulk-priority-key-0123456789';
const auth = { authorization: `Bearer ${KEY}` };

let bundle: string;
let redis: TestRedis;
let xtrakit: Sandbox<XtrakitStore>;
const started: Replica[] = [];

beforeAll(async () => {
  [bundle, redis, xtrakit] = await Promise.all([
    buildBundle('bulk-priority-replicas'),
    startTestRedis(),
    // The vendor allows twice the gateway's budget (the seeding below goes through it too).
    startXtrakitSandbox({ rateLimitPerMinute: 2 * BUDGET }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all(started.map(stopReplica));
  await Promise.all([redis?.close(), xtrakit?.close()]);
});

const env = () => ({
  XTRAKIT_BASE_URL: xtrakit.url,
  XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY,
  GATEWAY_API_KEYS: KEY,
  REDIS_URL: redis.url,
  XTRAKIT_RATE_LIMIT_PER_MINUTE: String(BUDGET),
  RATE_LIMIT_MAX_WAIT_MS: String(MAX_WAIT_MS),
  BULK_BUDGET_SHARE: String(SHARE),
  // One chunk: the replica that takes it runs every item.
  BULK_CHUNK_SIZE: String(ITEMS),
  BULK_CONCURRENCY: '4',
});

async function start(): Promise<Replica> {
  const replica = await startReplica(bundle, env());
  started.push(replica);
  return replica;
}

/** POST /graphql with variables (Replica.gql sends none). */
async function gqlVars(replica: Replica, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${replica.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response JSON
  return (await response.json()) as any;
}

/** The updateCustomerGroup calls the sandbox received in [from, to), by who sent them. */
function calls(from: number, to: number) {
  const all = xtrakit.requests
    .all()
    .filter((r) => r.operationId === 'updateCustomerGroup' && r.at >= from && r.at < to)
    .map((r) => ({ status: r.status, name: (r.body as { group_name: string }).group_name }));
  return {
    all,
    bulk: all.filter((c) => c.name.startsWith('bulk ')),
    interactive: all.filter((c) => c.name.startsWith('interactive ')),
  };
}

describe('bulk priority across two replicas with one Redis', () => {
  it('a bulk job on A takes at most its share while interactive callers wait on B, which get the rest within the bound', async () => {
    const ids = await seedXtrakit(xtrakit.url, ITEMS);
    const a = await start();
    const items = ids.map((id, i) => ({ id, name: `bulk ${i}` }));
    const submitted = await gqlVars(a, BULK_CUSTOMER, { items });
    const jobId = submitted.data.bulkUpdateCustomerGroups.job.id as string;
    // B starts once A holds the job's one chunk, so every bulk call comes from A.
    for (let tries = 0; ; tries++) {
      const job = (await gqlVars(a, JOB, { id: jobId })).data.bulkJob;
      if (job.processed >= 1) break;
      if (tries > 200) throw new Error(`the job did not start: ${JSON.stringify(job)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const b = await start();
    const alone = calls(0, Date.now());
    expect(alone.interactive).toEqual([]);

    // Interactive callers on B at twice the whole budget: they wait for slots the whole time.
    const phaseStart = Date.now();
    const sends: Promise<{ name: string; answer: GqlAnswer }>[] = [];
    for (let i = 0; Date.now() - phaseStart < PHASE_MS; i++) {
      const name = `interactive ${i}`;
      const query = `mutation { updateCustomerGroup(input: {id: "${ids[i % 2]}", name: "${name}"}) { outcome userErrors { code retryAfterSeconds } } }`;
      sends.push(b.gql(query, auth).then((answer) => ({ name, answer })));
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, phaseStart + (i + 1) * 500 - Date.now())),
      );
    }
    const sent = await Promise.all(sends);
    const phase = calls(phaseStart, phaseStart + PHASE_MS);
    await gqlVars(a, 'mutation($id: ID!) { cancelBulkJob(id: $id) { id } }', { id: jobId });

    // The budget held for both replicas together, and the vendor never refused.
    expect(phase.all.length).toBeLessThanOrEqual(PHASE_MS / 1000 + 2);
    expect(phase.all.length).toBeGreaterThanOrEqual(PHASE_MS / 1000 - 4); // used, not wasted
    expect(xtrakit.requests.all().filter((r) => r.status === 429)).toEqual([]);
    // Bulk kept to its share (one slot of slack at each edge of the phase), interactive got the rest.
    expect(phase.bulk.length).toBeLessThanOrEqual(Math.ceil((SHARE * PHASE_MS) / 1000) + 2);
    expect(phase.interactive.length).toBeGreaterThanOrEqual(Math.floor((1 - SHARE) * phase.all.length) - 2);
    // Every interactive answer came within the wait bound (plus the call itself): applied, or refused
    // with RATE_LIMITED and nothing sent.
    for (const { answer } of sent) {
      expect(answer.status).toBe(200);
      expect(answer.ms).toBeLessThan(MAX_WAIT_MS + 1_500);
      const payload = answer.body.data.updateCustomerGroup;
      if (payload.outcome !== 'APPLIED') {
        expect(payload).toMatchObject({ outcome: 'NOT_APPLIED', userErrors: [{ code: 'RATE_LIMITED' }] });
      }
    }
    const applied = sent.filter((s) => s.answer.body.data.updateCustomerGroup.outcome === 'APPLIED');
    const received = calls(phaseStart, Number.POSITIVE_INFINITY).interactive;
    expect(new Set(received.map((c) => c.name))).toEqual(new Set(applied.map((s) => s.name)));
    expect(received.length).toBe(applied.length);
  }, 90_000);
});
