// Three gateway processes sharing one Redis (issue 13): the vendor budget holds for all of them
// together, survives Redis going away and coming back, a vendor 429 pauses every replica, and the
// client rate limit is per key across replicas. Real processes, a real redis-server, real HTTP; the
// sandbox's request log is the witness of what the vendor saw.
import {
  CAPILLARY_SANDBOX_CREDENTIALS,
  type CapillaryStore,
  type Sandbox,
  startCapillarySandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { startTestRedis, type TestRedis } from '@loyalty-gateway/test-redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildBundle,
  eventually,
  type GqlAnswer,
  maxInWindow,
  type Replica,
  startReplica,
  stopReplica,
} from './replicas.js';

const BUDGET = 60; // per minute: one slot a second
const MAX_WAIT_MS = 1_500;
const KEY = 'replica-test-key-0123456789';
const OTHER_KEY = 'replica-test-key-abcdefghij';

let bundle: string;
let redis: TestRedis;
let xtrakit: Sandbox<XtrakitStore>;
let capillary: Sandbox<CapillaryStore>;
const started: Replica[] = [];

beforeAll(async () => {
  [bundle, redis, xtrakit, capillary] = await Promise.all([
    buildBundle('replicas'),
    startTestRedis(),
    startXtrakitSandbox({ rateLimitPerMinute: BUDGET }),
    startCapillarySandbox({ rateLimitPerMinute: BUDGET }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all(started.map(stopReplica));
  await Promise.all([redis?.close(), xtrakit?.close(), capillary?.close()]);
});

function vendorEnv(extra: Record<string, string>): Record<string, string> {
  const { username, password } = CAPILLARY_SANDBOX_CREDENTIALS;
  return {
    XTRAKIT_BASE_URL: xtrakit.url,
    XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY,
    CAPILLARY_BASE_URL: capillary.url,
    CAPILLARY_USERNAME: username,
    CAPILLARY_PASSWORD: password,
    GATEWAY_API_KEYS: `${KEY},${OTHER_KEY}`,
    REDIS_URL: redis.url,
    ...extra,
  };
}

async function startThree(extra: Record<string, string>): Promise<Replica[]> {
  const replicas = await Promise.all([0, 1, 2].map(() => startReplica(bundle, vendorEnv(extra))));
  started.push(...replicas);
  return replicas;
}

const auth = (key = KEY) => ({ authorization: `Bearer ${key}` });
const mutation = (name: string, id = '1') =>
  `mutation { updateCustomerGroup(input: {id: "${id}", name: "${name}"}) { outcome customerGroup { name } userErrors { code retryAfterSeconds } } }`;

interface Sent {
  name: string;
  answer: GqlAnswer;
}

/** Fires `perSecond` mutations a second round-robin over `replicas` for `ms`, without waiting for answers. */
async function drive(
  replicas: Replica[],
  perSecond: number,
  ms: number,
  tag: string,
  during?: (t: number) => Promise<void>,
) {
  const sends: Promise<Sent>[] = [];
  const started = Date.now();
  for (let i = 0; Date.now() - started < ms; i++) {
    const name = `${tag}-${i}`;
    const replica = replicas[i % replicas.length] as Replica;
    sends.push(replica.gql(mutation(name, String(1 + (i % 2))), auth()).then((answer) => ({ name, answer })));
    await during?.(Date.now() - started);
    const next = started + ((i + 1) * 1000) / perSecond;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
  }
  return Promise.all(sends);
}

/** What the sandbox received for updateCustomerGroup since `since`. */
function puts(since: number) {
  return xtrakit.requests
    .all()
    .filter((r) => r.operationId === 'updateCustomerGroup' && r.at >= since)
    .map((r) => ({ at: r.at, status: r.status, name: (r.body as { group_name: string }).group_name }));
}

/** Every answer is a documented one: APPLIED, or RATE_LIMITED / NOT_APPLIED; never an HTTP error. */
function expectDocumented(sent: Sent[]) {
  for (const { answer } of sent) {
    expect(answer.status).toBe(200);
    const payload = answer.body.data.updateCustomerGroup;
    if (payload.outcome !== 'APPLIED') {
      expect(payload).toMatchObject({ outcome: 'NOT_APPLIED', userErrors: [{ code: 'RATE_LIMITED' }] });
      expect(payload.userErrors[0].retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
  }
}

describe('three replicas, one Redis, one vendor budget', () => {
  let replicas: Replica[];
  beforeAll(async () => {
    replicas = await startThree({
      XTRAKIT_RATE_LIMIT_PER_MINUTE: String(BUDGET),
      RATE_LIMIT_MAX_WAIT_MS: String(MAX_WAIT_MS),
      RATE_LIMIT_FALLBACK_SHARE: '0.34',
    });
  }, 60_000);

  it('at three times the budget for 20 s: the vendor gets the budget spread out, no 429, every answer accounted for', async () => {
    for (const replica of replicas) expect((await replica.readyz()).rateLimits).toBe('shared');
    const since = Date.now();
    const sent = await drive(replicas, (3 * BUDGET) / 60, 20_000, 'load');
    const received = puts(since);
    const times = received.map((r) => r.at);
    // One slot a second for all three replicas together: never two in the same 1 s (plus one slot
    // of slack for the window's edge), never more than 5 (+1) in 5 s, 20 (+2) in the run.
    expect(maxInWindow(times, 1_000)).toBeLessThanOrEqual(2);
    expect(maxInWindow(times, 5_000)).toBeLessThanOrEqual(6);
    expect(received.length).toBeLessThanOrEqual(22);
    expect(received.length).toBeGreaterThanOrEqual(15); // the budget is used, not wasted
    expect(received.filter((r) => r.status === 429)).toEqual([]);
    expectDocumented(sent);
    // The ledger: what the vendor applied is exactly what was answered APPLIED; refused ones never left.
    const applied = sent.filter((s) => s.answer.body.data.updateCustomerGroup.outcome === 'APPLIED');
    expect(new Set(received.map((r) => r.name))).toEqual(new Set(applied.map((s) => s.name)));
    expect(received.length).toBe(applied.length);
    expect(sent.length - applied.length).toBeGreaterThanOrEqual(30);
    for (const s of sent) expect(s.answer.ms).toBeLessThan(MAX_WAIT_MS + 2_000);
  }, 60_000);

  it('Redis stopped mid-run: each replica keeps its fallback share, nothing hangs, no 500, shared mode comes back', async () => {
    await fetch(`${xtrakit.url}/__sandbox/reset`, { method: 'POST' });
    const since = Date.now();
    let stoppedAt = 0;
    let restartedAt = 0;
    const modes: string[] = [];
    const sent = await drive(replicas, 3, 12_000, 'outage', async (t) => {
      if (t > 2_000 && !stoppedAt) {
        stoppedAt = Date.now();
        await redis.stop();
      }
      if (t > 4_500 && modes.length === 0) {
        for (const replica of replicas) modes.push((await replica.readyz()).rateLimits);
      }
      if (t > 7_000 && !restartedAt) {
        await redis.start();
        restartedAt = Date.now();
      }
    });
    expect(modes).toEqual(['fallback', 'fallback', 'fallback']);
    expectDocumented(sent);
    for (const s of sent) expect(s.answer.ms).toBeLessThan(MAX_WAIT_MS + 2_000);
    // Alone, each replica allows itself 0.34 of the budget (one call every 3 s): three replicas
    // together at most about the budget, one slot each of slack.
    const outage = puts(stoppedAt).filter((r) => r.at < restartedAt);
    const outageSeconds = (restartedAt - stoppedAt) / 1000;
    expect(outage.length).toBeLessThanOrEqual(3 * (Math.ceil(outageSeconds / 3) + 1));
    expect(outage.length).toBeGreaterThan(0); // the fallback serves
    const shared = await eventually(
      async () =>
        (await Promise.all(replicas.map((r) => r.readyz()))).every((r) => r.rateLimits === 'shared'),
      15_000,
    );
    expect(shared).toBe(true);
    const applied = sent.filter((s) => s.answer.body.data.updateCustomerGroup.outcome === 'APPLIED');
    expect(
      new Set(
        puts(since)
          .filter((r) => r.status === 200)
          .map((r) => r.name),
      ),
    ).toEqual(new Set(applied.map((s) => s.name)));
  }, 60_000);

  it('a vendor 429 with Retry-After: 2 stops every replica calling that vendor for 2 s', async () => {
    await fetch(`${xtrakit.url}/__sandbox/reset`, { method: 'POST' });
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // a fresh slot
    xtrakit.faults.add({
      fault: { kind: 'status', status: 429, retryAfter: '2' },
      times: 1,
      match: { operationId: 'updateCustomerGroup' },
    });
    const since = Date.now();
    const first = (replicas[0] as Replica).gql(mutation('pause-first'), auth());
    await new Promise((resolve) => setTimeout(resolve, 150));
    const rest = await drive(replicas.slice(1).concat(replicas[0] as Replica), 5, 3_500, 'pause');
    await first;
    const received = puts(since);
    expect(received[0]).toMatchObject({ status: 429, name: 'pause-first' });
    const after = received.slice(1);
    expect(after.length).toBeGreaterThan(0);
    for (const r of after) expect(r.at - (received[0]?.at ?? 0)).toBeGreaterThanOrEqual(1_900);
    expectDocumented(rest);
  }, 30_000);
});

describe('client rate limits across replicas', () => {
  it('counts each API key across all replicas; over it: 429 RATE_LIMITED with Retry-After, no vendor call; health not limited', async () => {
    const replicas = await startThree({ CLIENT_RATE_LIMIT_PER_MINUTE: '4' });
    await fetch(`${xtrakit.url}/__sandbox/reset`, { method: 'POST' });
    const since = Date.now();
    for (let i = 0; i < 4; i++) {
      const answer = await (replicas[i % 3] as Replica).gql(mutation(`client-${i}`, '2'), auth());
      expect(answer.body.data.updateCustomerGroup.outcome).toBe('APPLIED');
    }
    const over = await (replicas[1] as Replica).gql(mutation('client-over', '2'), auth());
    expect(over.status).toBe(429);
    expect(Number(over.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(over.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED' });
    const other = await (replicas[2] as Replica).gql(mutation('client-other', '2'), auth(OTHER_KEY));
    expect(other.body.data.updateCustomerGroup.outcome).toBe('APPLIED');
    expect(puts(since).map((r) => r.name)).toEqual([
      'client-0',
      'client-1',
      'client-2',
      'client-3',
      'client-other',
    ]);
    for (const path of ['/healthz', '/readyz', '/metrics']) {
      const res = await fetch(`${(replicas[0] as Replica).url}${path}`, { headers: auth() });
      expect(res.status).toBe(200);
    }
    expect((await (replicas[0] as Replica).readyz()).rateLimits).toBe('shared');
  }, 30_000);
});
