// `pnpm soak --bulk` (issue 15): one bulk job of --items Xtrakit updates (default 5,000) through three
// gateway replicas sharing one real Redis, against a sandbox whose budget is --per-minute (default
// 3,000). Reports the time against what the budget allows, how much of the budget was used, vendor
// 429s, an item-by-item reconciliation with the sandbox, and the latency of interactive mutations
// sent to another replica meanwhile (against --max-wait-ms, the gateway's RATE_LIMIT_MAX_WAIT_MS).
// Flags: --items N, --per-minute N, --max-wait-ms N, --gateway-env K=V (repeatable: the budget's own
// variables), --sandbox-options JSON (the sandbox rate-limit option), --no-pin.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { XTRAKIT_SANDBOX_API_KEY } from '@loyalty-gateway/sandboxes';
import { startTestRedis } from '@loyalty-gateway/test-redis';
import { detectPinning } from './proc.js';
import { type GatewayProcess, type SandboxHost, startGateway, startSandboxHost } from './processes.js';
import { LatencyRecorder } from './stats.js';

const BULK = `mutation($items: [UpdateCustomerGroupInput!]!) {
  bulkUpdateCustomerGroups(input: { items: $items }) { job { id } userErrors { code message } } }`;
const JOB =
  'query($id: ID!) { bulkJob(id: $id) { state processed total counts { applied notApplied unknown } } }';
const SINGLE =
  'mutation($input: UpdateCustomerGroupInput!) { updateCustomerGroup(input: $input) { outcome } }';

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      bulk: { type: 'boolean' },
      items: { type: 'string', default: '5000' },
      'per-minute': { type: 'string', default: '3000' },
      'max-wait-ms': { type: 'string', default: '5000' },
      'gateway-env': { type: 'string', multiple: true, default: [] },
      'sandbox-options': { type: 'string', default: '' },
      'no-pin': { type: 'boolean', default: false },
    },
  });
  const gatewayEnv = Object.fromEntries(
    values['gateway-env'].map((kv) => [kv.split('=')[0] ?? '', kv.slice(kv.indexOf('=') + 1)]),
  );
  return {
    items: Number(values.items),
    perMinute: Number(values['per-minute']),
    maxWaitMs: Number(values['max-wait-ms']),
    gatewayEnv,
    sandboxOptions: values['sandbox-options'],
    noPin: values['no-pin'],
  };
}

// One key for the three replicas: a job belongs to the key that created it.
const KEY = randomBytes(24).toString('hex');

async function gql(gateway: GatewayProcess, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  // biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are read field by field
  return (await response.json()) as any;
}

async function seed(sandbox: SandboxHost, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, async (_, k) => {
        const response = await fetch(`${sandbox.xtrakitUrl}/api/v1/customer-groups/add`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${XTRAKIT_SANDBOX_API_KEY}` },
          body: JSON.stringify({ group_name: `bulk seed ${i + k}` }),
        });
        return String(((await response.json()) as { data: { group: { id: number } } }).data.group.id);
      }),
    );
    ids.push(...batch);
  }
  return ids;
}

/** Interactive mutations on another replica, two a second, while the job runs. */
function interactive(gateway: GatewayProcess, until: () => boolean) {
  const latency = new LatencyRecorder();
  let outcomes: Record<string, number> = {};
  let max = 0;
  const run = (async () => {
    for (let n = 0; !until(); n++) {
      const started = performance.now();
      const body = await gql(gateway, SINGLE, { input: { id: '1', name: `interactive ${n}` } });
      const ms = performance.now() - started;
      latency.record(ms);
      max = Math.max(max, ms);
      const outcome = body.data?.updateCustomerGroup?.outcome ?? 'ERROR';
      outcomes = { ...outcomes, [outcome]: (outcomes[outcome] ?? 0) + 1 };
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  return { done: run, latency, max: () => max, outcomes: () => outcomes };
}

export async function runBulkSoak(argv: string[]): Promise<number> {
  const o = options(argv);
  const pinning = detectPinning(o.noPin);
  const redis = await startTestRedis();
  const sandbox = await startSandboxHost(
    pinning,
    pinning.loadCore,
    o.sandboxOptions ? { BENCH_SANDBOX_OPTIONS: o.sandboxOptions } : {},
  );
  const logDir = mkdtempSync(join(tmpdir(), 'bulk-soak-'));
  const replicas: GatewayProcess[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const env = { REDIS_URL: redis.url, GATEWAY_API_KEYS: KEY, ...o.gatewayEnv };
      replicas.push(
        await startGateway({
          pinning,
          core: pinning.serverCore,
          sandboxes: sandbox,
          logFile: join(logDir, `gateway-${i}.log`),
          env,
        }),
      );
    }
    const [first, second, third] = replicas as [GatewayProcess, GatewayProcess, GatewayProcess];
    // Seeding (and, after the job, the reconciliation's reads) is the soak's own traffic, not the
    // gateway's: the sandbox's rate limit is off for it and on, counting afresh, for the job alone.
    const limit = sandboxRateLimit(o.sandboxOptions);
    if (limit !== null) await sandbox.call('rate-limit', { perMinute: null });
    const ids = await seed(sandbox, o.items);
    if (limit !== null) await sandbox.call('rate-limit', { perMinute: limit });
    await sandbox.call('statuses-start');
    const before = (await sandbox.call('stats')) as { xtrakit: { byOperation: Record<string, number> } };
    const started = performance.now();
    const submitted = await gql(first, BULK, { items: ids.map((id, i) => ({ id, name: `bulk soak ${i}` })) });
    const jobId = submitted.data?.bulkUpdateCustomerGroups?.job?.id as string | undefined;
    if (!jobId) throw new Error(`job refused: ${JSON.stringify(submitted)}`);
    let finished = false;
    const meanwhile = interactive(third, () => finished);
    let job: { state: string; processed: number; counts: Record<string, number> } | null = null;
    while (!finished) {
      job = (await gql(second, JOB, { id: jobId })).data?.bulkJob;
      finished = !!job && job.state !== 'QUEUED' && job.state !== 'RUNNING';
      if (!finished) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const elapsedMs = performance.now() - started;
    await meanwhile.done;
    const statuses = (await sandbox.call('statuses-read')) as Record<string, number>;
    if (limit !== null) await sandbox.call('rate-limit', { perMinute: null });
    return await report({
      statuses,
      o,
      sandbox,
      gateway: second,
      jobId,
      ids,
      job,
      elapsedMs,
      before,
      meanwhile,
    });
  } finally {
    for (const r of replicas) await r.stop().catch(() => undefined);
    await sandbox.stop().catch(() => undefined);
    await redis.close();
    rmSync(logDir, { recursive: true, force: true });
  }
}

/** The sandboxes' `rateLimitPerMinute` from --sandbox-options, or null. */
function sandboxRateLimit(json: string): number | null {
  if (!json) return null;
  const value = (JSON.parse(json) as { rateLimitPerMinute?: unknown }).rateLimitPerMinute;
  return typeof value === 'number' ? value : null;
}

interface ReportInput {
  o: ReturnType<typeof options>;
  /** Vendor answers by `vendor:method:status` while the job ran. */
  statuses: Record<string, number>;
  sandbox: SandboxHost;
  gateway: GatewayProcess;
  jobId: string;
  ids: string[];
  job: { state: string; processed: number; counts: Record<string, number> } | null;
  elapsedMs: number;
  before: { xtrakit: { byOperation: Record<string, number> } };
  meanwhile: ReturnType<typeof interactive>;
}

/** Item-by-item: each result line against the group the sandbox holds now. */
async function reconcileJob(r: ReportInput) {
  const response = await fetch(`${r.gateway.url}/bulk-jobs/${r.jobId}/results.jsonl`, {
    headers: { authorization: `Bearer ${KEY}` },
  });
  const lines = (await response.text())
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { index: number; outcome: string });
  const problems: string[] = [];
  if (lines.length !== r.ids.length || lines.some((l, i) => l.index !== i))
    problems.push(`results: ${lines.length} lines for ${r.ids.length} items`);
  let appliedAtVendor = 0;
  for (const line of lines) {
    const id = r.ids[line.index] as string;
    const got = await fetch(`${r.sandbox.xtrakitUrl}/api/v1/customer-groups/${id}`, {
      headers: { authorization: `Bearer ${XTRAKIT_SANDBOX_API_KEY}` },
    });
    const name = ((await got.json()) as { data?: { group?: { group_name?: string } } }).data?.group
      ?.group_name;
    const applied = name === `bulk soak ${line.index}`;
    if (applied) appliedAtVendor++;
    if (line.outcome.startsWith('APPLIED') && !applied)
      problems.push(`item ${line.index} ${line.outcome} but not at the vendor`);
    if (line.outcome === 'NOT_APPLIED' && applied)
      problems.push(`item ${line.index} NOT_APPLIED but applied`);
  }
  return { lines: lines.length, appliedAtVendor, problems };
}

async function report(r: ReportInput): Promise<number> {
  const { o } = r;
  const after = (await r.sandbox.call('stats')) as ReportInput['before'];
  const { statuses } = r;
  const interactiveApplied = r.meanwhile.outcomes().APPLIED ?? 0;
  const writes =
    (after.xtrakit.byOperation.updateCustomerGroup ?? 0) -
    (r.before.xtrakit.byOperation.updateCustomerGroup ?? 0) -
    interactiveApplied;
  const rec = await reconcileJob(r);
  if (writes !== rec.appliedAtVendor)
    rec.problems.push(
      `${writes} bulk writes for ${rec.appliedAtVendor} groups applied (a group written twice or a write lost)`,
    );
  const vendorPuts = Object.entries(statuses)
    .filter(([k]) => k.startsWith('xtrakit:PUT:'))
    .reduce((n, [, v]) => n + v, 0);
  const limited = Object.entries(statuses)
    .filter(([k]) => k.endsWith(':429'))
    .reduce((n, [, v]) => n + v, 0);
  const allowedMs = (o.items / o.perMinute) * 60_000;
  const minutes = r.elapsedMs / 60_000;
  const lat = r.meanwhile.latency.summary();
  const count = r.meanwhile.latency.count;
  const max = r.meanwhile.max();
  const rows: Array<[string, string]> = [
    ['items / replicas / sandbox budget', `${o.items} / 3 / ${o.perMinute} a minute`],
    [
      'job',
      `${r.job?.state} in ${(r.elapsedMs / 1000).toFixed(1)} s; the budget allows ${(allowedMs / 1000).toFixed(1)} s: ${(r.elapsedMs / allowedMs).toFixed(2)}x (target <= 1.1x)`,
    ],
    [
      'budget used',
      `${vendorPuts} vendor PUTs, ${(vendorPuts / minutes).toFixed(0)} a minute = ${((vendorPuts / minutes / o.perMinute) * 100).toFixed(1)} % (target >= 95 %)`,
    ],
    ['vendor 429s', String(limited)],
    ['outcomes', JSON.stringify(r.job?.counts)],
    [
      'reconciliation',
      rec.problems.length === 0
        ? `exact (${rec.lines} items, ${rec.appliedAtVendor} applied at the vendor, one write each)`
        : rec.problems.slice(0, 5).join('; '),
    ],
    [
      'interactive mutations meanwhile',
      `${count} (${JSON.stringify(r.meanwhile.outcomes())}), p50 ${lat.p50.toFixed(1)} ms, p99 ${lat.p99.toFixed(1)} ms, max ${max.toFixed(1)} ms (bound ${o.maxWaitMs} ms)`,
    ],
  ];
  for (const [k, v] of rows) console.log(`${k.padEnd(34)} ${v}`);
  const failed = rec.problems.length > 0 || limited > 0 || r.job?.state !== 'COMPLETED' || max > o.maxWaitMs;
  return failed ? 1 : 0;
}
