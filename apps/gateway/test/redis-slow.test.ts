// Redis slow, not down (issue 13): the server keeps the connection open but answers nothing for
// seconds (`CLIENT PAUSE 4000 ALL`, sent on a connection of the test's own). Three gateway processes
// with one budget keep answering within their bound from the local fallback share, never a 500 or an
// undocumented code, say `fallback` on /readyz and /metrics, and go back to `shared` by themselves.
// Real processes, a real redis-server, real HTTP; the sandbox's request log is the witness.
import {
  type Sandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { startTestRedis, type TestRedis } from '@loyalty-gateway/test-redis';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildBundle,
  eventually,
  type GqlAnswer,
  type Replica,
  startReplica,
  stopReplica,
} from './replicas.js';

const BUDGET = 60; // per minute: one slot a second for all replicas together
const MAX_WAIT_MS = 1_500;
const REDIS_TIMEOUT_MS = 250;
const PAUSE_MS = 4_000;
const KEY = 'redis-slow-test-key-0123456789';

let bundle: string;
let redis: TestRedis;
let xtrakit: Sandbox<XtrakitStore>;
let replicas: Replica[] = [];

beforeAll(async () => {
  [bundle, redis, xtrakit] = await Promise.all([
    buildBundle('redis-slow'),
    startTestRedis(),
    startXtrakitSandbox({ rateLimitPerMinute: BUDGET }),
  ]);
  const env = {
    XTRAKIT_BASE_URL: xtrakit.url,
    XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY,
    GATEWAY_API_KEYS: KEY,
    REDIS_URL: redis.url,
    REDIS_TIMEOUT_MS: String(REDIS_TIMEOUT_MS),
    XTRAKIT_RATE_LIMIT_PER_MINUTE: String(BUDGET),
    RATE_LIMIT_MAX_WAIT_MS: String(MAX_WAIT_MS),
    RATE_LIMIT_FALLBACK_SHARE: '0.34',
    // The client limit goes through the same slow Redis on every request, before the budget.
    CLIENT_RATE_LIMIT_PER_MINUTE: '100000',
  };
  replicas = await Promise.all([0, 1, 2].map(() => startReplica(bundle, env)));
}, 60_000);

afterAll(async () => {
  await Promise.all(replicas.map(stopReplica));
  await Promise.all([redis?.close(), xtrakit?.close()]);
});

const mutation = (name: string) =>
  `mutation { updateCustomerGroup(input: {id: "1", name: "${name}"}) { outcome userErrors { code retryAfterSeconds } } }`;

/** The mode gauge of one replica's /metrics: the label whose value is 1. */
async function metricsMode(replica: Replica): Promise<string | undefined> {
  const text = await (await fetch(`${replica.url}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
  return /^gateway_rate_limit_mode\{mode="(\w+)"\} 1$/m.exec(text)?.[1];
}

/** What the sandbox received for updateCustomerGroup in [from, to). */
function puts(from: number, to = Number.POSITIVE_INFINITY) {
  return xtrakit.requests
    .all()
    .filter((r) => r.operationId === 'updateCustomerGroup' && r.at >= from && r.at < to)
    .map((r) => ({ at: r.at, status: r.status, name: (r.body as { group_name: string }).group_name }));
}

interface Sent {
  name: string;
  answer: GqlAnswer;
}

describe('Redis slow (paused), not down', () => {
  it('every answer within its bound from the fallback share, no 500, /readyz and /metrics say fallback, shared comes back', async () => {
    for (const replica of replicas) expect((await replica.readyz()).rateLimits).toBe('shared');
    const pauser = new Redis(redis.url, { lazyConnect: true });
    await pauser.connect();
    const sends: Promise<Sent>[] = [];
    const send = (i: number) => {
      const name = `slow-${i}`;
      const replica = replicas[i % replicas.length] as Replica;
      sends.push(
        replica.gql(mutation(name), { authorization: `Bearer ${KEY}` }).then((answer) => ({ name, answer })),
      );
    };
    // 3 a second (three times the budget) round-robin; Redis answers nothing from 2 s to 6 s.
    const since = Date.now();
    let pausedAt = 0;
    let during: { readyz: string[]; metrics: (string | undefined)[] } | null = null;
    for (let i = 0; Date.now() - since < 11_000; i++) {
      send(i);
      const t = Date.now() - since;
      if (t >= 2_000 && !pausedAt) {
        pausedAt = Date.now();
        expect(await pauser.call('CLIENT', 'PAUSE', String(PAUSE_MS), 'ALL')).toBe('OK');
      }
      if (pausedAt && !during && Date.now() - pausedAt >= 2_500) {
        during = {
          readyz: await Promise.all(replicas.map(async (r) => (await r.readyz()).rateLimits)),
          metrics: await Promise.all(replicas.map(metricsMode)),
        };
      }
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, since + ((i + 1) * 1000) / 3 - Date.now())),
      );
    }
    const sent = await Promise.all(sends);
    const resumedAt = pausedAt + PAUSE_MS;
    await pauser.quit();

    // While Redis hung, each replica said so, on /readyz and in the metrics.
    expect(during).toEqual({
      readyz: ['fallback', 'fallback', 'fallback'],
      metrics: ['fallback', 'fallback', 'fallback'],
    });
    // Nothing waited for Redis past its bound; every answer is a documented one.
    for (const { answer } of sent) {
      expect(answer.status).toBe(200);
      expect(answer.ms).toBeLessThan(MAX_WAIT_MS + 2 * REDIS_TIMEOUT_MS + 1_500);
      const payload = answer.body.data.updateCustomerGroup;
      if (payload.outcome !== 'APPLIED') {
        expect(payload).toMatchObject({ outcome: 'NOT_APPLIED', userErrors: [{ code: 'RATE_LIMITED' }] });
        expect(payload.userErrors[0].retryAfterSeconds).toBeGreaterThanOrEqual(1);
      }
    }
    // The fallback held: alone, each replica allows itself 0.34 of the budget (one call every 3 s),
    // so the three together send about the budget, one slot each of slack at the edges.
    const paused = puts(pausedAt, resumedAt);
    expect(paused.length).toBeGreaterThan(0); // the fallback serves
    expect(paused.length).toBeLessThanOrEqual(3 * (Math.ceil(PAUSE_MS / 3_000) + 1));
    expect(puts(since).filter((r) => r.status === 429)).toEqual([]);
    // Shared mode came back by itself once Redis answered again.
    const back = async () =>
      (await Promise.all(replicas.map(async (r) => (await r.readyz()).rateLimits))).every(
        (m) => m === 'shared',
      );
    expect(await eventually(back, 10_000)).toBe(true);
    expect(await Promise.all(replicas.map(metricsMode))).toEqual(['shared', 'shared', 'shared']);
    // The ledger: the vendor applied exactly what was answered APPLIED, and nothing else.
    const applied = sent.filter((s) => s.answer.body.data.updateCustomerGroup.outcome === 'APPLIED');
    const received = puts(since).filter((r) => r.status === 200);
    expect(new Set(received.map((r) => r.name))).toEqual(new Set(applied.map((s) => s.name)));
    expect(received.length).toBe(applied.length);
  }, 60_000);
});
