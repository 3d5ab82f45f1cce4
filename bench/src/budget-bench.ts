// `pnpm bench -- --budget cost|use|instructions` (issue 13), kept apart from bench.ts's contestants.
//   instructions: the same gateways as cost, each under callgrind: instructions per mutation
//         (budget-instructions.ts).
//   cost: what taking a vendor budget slot costs per mutation: the gateway with no budget, with an
//         in-process budget and with a budget in Redis (and --baseline builds with theirs in Redis),
//         side by side in interleaved rounds (a budget far above the load, so no call is refused: the
//         figure is the slot itself). Same load, flags and pinning as the main bench (50 connections);
//         ratios to no budget per round (paired) and of medians, and from /metrics the share of
//         admissions that waited for the counter instead of taking a slot at hand.
//   use:  three replicas on one Redis, driven round-robin at three times the budget for a minute
//         (--budget-seconds), against a sandbox that limits like the vendor: vendor calls per window
//         against the budget, vendor 429s, and the answers by outcome.
import { join } from 'node:path';
import { startXtrakitSandbox, XTRAKIT_SANDBOX_API_KEY } from '@loyalty-gateway/sandboxes';
import { startTestRedis, type TestRedis } from '@loyalty-gateway/test-redis';
import { countInstructions } from './budget-instructions.js';
import { BUDGET_MUTATION, budgetVariants, redisCommandsDuring } from './budget-variants.js';
import { type LoadSample, runLoad } from './load.js';
import { cpuMicros, type Pinning, pin } from './proc.js';
import { type GatewayProcess, type SandboxHost, startGateway } from './processes.js';
import { median } from './stats.js';

export interface BudgetBenchOptions {
  mode: 'cost' | 'use' | 'instructions';
  pinning: Pinning;
  sandbox: SandboxHost;
  logDir: string;
  quick: boolean;
  rounds: number;
  /** For `use`: the budget per minute (default 100, Capillary's demo clusters) and how long to drive. */
  perMinute: number;
  seconds: number;
  /** For `cost`: other gateway builds (comma-separated gateway.mjs paths, e.g. main's) measured with their budget in Redis in the same rounds. */
  baseline?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one mode; returns the problems found (an empty list is a clean run). */
export async function runBudgetBench(options: BudgetBenchOptions): Promise<string[]> {
  const redis = await startTestRedis();
  try {
    if (options.mode === 'instructions')
      return await countInstructions(options, redis, budgetVariants(options.baseline, redis));
    return options.mode === 'cost' ? await cost(options, redis) : await use(options, redis);
  } finally {
    await redis.close();
  }
}

interface CostRow {
  name: string;
  /** Median over rounds of this variant's CPU per request / the same round's no-budget CPU per request. */
  pairedRatio: number;
  pairedRatios: number[];
  /** Budget admissions during the measured loads: through the fast path, and after a wait. */
  fast: number;
  waited: number;
  /** Redis commands per mutation during the measured loads (INFO stats), for variants with REDIS_URL. */
  redisPerMutation: number | null;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuUsPerRequest: number;
}

type CostSample = LoadSample & { cpu: number; fast: number; waited: number; redisCount: number | null };

async function loadOnce(
  gateway: GatewayProcess,
  o: BudgetBenchOptions,
  durationS: number,
  redis: TestRedis | null = null,
): Promise<CostSample> {
  pin(o.pinning, o.sandbox.pid, o.pinning.loadCore);
  const before = await admissions(gateway);
  const body = JSON.stringify({
    query: BUDGET_MUTATION,
    variables: { input: { id: '1', name: 'Budget bench' } },
  });
  const cpu0 = cpuMicros(gateway.pid);
  const { result: sample, commands: redisCount } = await redisCommandsDuring(redis, () =>
    runLoad({
      url: `${gateway.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.apiKey}` },
      body,
      connections: 50,
      durationS,
      verify: (text) => text.includes('"outcome":"APPLIED"'),
    }),
  );
  const cpu = (cpuMicros(gateway.pid) - cpu0) / sample.requests;
  const after = await admissions(gateway);
  return { ...sample, cpu, fast: after.fast - before.fast, waited: after.waited - before.waited, redisCount };
}

/** The gateway's budget admissions so far (its /metrics): at once from a slot at hand, or after a wait. */
async function admissions(gateway: GatewayProcess): Promise<{ fast: number; waited: number }> {
  const res = await fetch(`${gateway.url}/metrics`, {
    headers: { authorization: `Bearer ${gateway.apiKey}` },
  });
  const text = await res.text();
  const read = (decision: string) => {
    const line = new RegExp(
      `^gateway_budget_admissions_total\\{vendor="xtrakit",priority="interactive",decision="${decision}"\\} (\\d+)`,
      'm',
    ).exec(text);
    return Number(line?.[1] ?? 0);
  };
  return { fast: read('admitted'), waited: read('waited') };
}

async function cost(o: BudgetBenchOptions, redis: TestRedis): Promise<string[]> {
  // On the load generator's core, so that Redis's work does not land on the measured gateway's core.
  if (redis.pid !== null) pin(o.pinning, redis.pid, o.pinning.loadCore);
  const variants = budgetVariants(o.baseline, redis);
  const durationS = o.quick ? 2 : 10;
  const samples = new Map<string, CostSample[]>();
  /** Per round, each variant's CPU per request over the no-budget gateway's in that round. */
  const paired = new Map<string, number[]>();
  const problems: string[] = [];
  for (let round = 0; round < o.rounds; round++) {
    // Interleaved rounds, each gateway warmed up first, in an order that rotates every round (round r
    // starts with variant r), so that drift on a shared machine (and the sandbox's growing request
    // log) does not always land on the same variant.
    const order = variants.map(
      (_, i) => variants[(i + round) % variants.length] as (typeof variants)[number],
    );
    for (const variant of order) {
      const gateway = await startGateway({
        pinning: o.pinning,
        core: o.pinning.serverCore,
        sandboxes: o.sandbox,
        logFile: join(o.logDir, `gateway-budget-${round}.log`),
        env: variant.env,
        ...(variant.main ? { main: variant.main } : {}),
      });
      try {
        await loadOnce(gateway, o, o.quick ? 1 : 3);
        await sleep(300);
        const sample = await loadOnce(gateway, o, durationS, variant.env.REDIS_URL ? redis : null);
        if (sample.errors > 0)
          problems.push(
            `${variant.name}: ${sample.errors} errors under load (${sample.non2xx} non-2xx, ${sample.mismatches} not APPLIED, the rest timeouts)`,
          );
        samples.set(variant.name, [...(samples.get(variant.name) ?? []), sample]);
      } finally {
        await gateway.stop();
      }
    }
    const base = samples.get('no budget')?.[round]?.cpu;
    for (const { name } of variants) {
      const own = samples.get(name)?.[round]?.cpu;
      if (base && own !== undefined) paired.set(name, [...(paired.get(name) ?? []), own / base]);
    }
  }
  const rows: CostRow[] = variants.map(({ name }) => {
    const own = samples.get(name) ?? [];
    const ratios = paired.get(name) ?? [];
    return {
      name,
      pairedRatio: median(ratios),
      pairedRatios: ratios,
      fast: own.reduce((sum, s) => sum + s.fast, 0),
      redisPerMutation: own.every((s) => s.redisCount !== null)
        ? own.reduce((sum, s) => sum + (s.redisCount ?? 0), 0) /
          Math.max(
            1,
            own.reduce((sum, s) => sum + s.requests, 0),
          )
        : null,
      waited: own.reduce((sum, s) => sum + s.waited, 0),
      rps: median(own.map((s) => s.rps)),
      p50: median(own.map((s) => s.p50)),
      p99: median(own.map((s) => s.p99)),
      errors: own.reduce((sum, s) => sum + s.errors, 0),
      cpuUsPerRequest: median(own.map((s) => s.cpu)),
    };
  });
  printCost(rows);
  return problems;
}

function printCost(rows: CostRow[]): void {
  const base = rows[0] as CostRow;
  const pct = (ratio: number) => `${((ratio - 1) * 100).toFixed(1)} %`;
  console.log('\nvendor budget cost: gateway updateCustomerGroup at 50 connections (median of rounds)\n');
  console.log(
    '| gateway | req/s | p50 ms | p99 ms | errors | CPU µs/req | CPU vs no budget (ratio of medians) | paired per round (median) | admissions that waited | Redis commands per mutation |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |');
  for (const r of rows) {
    const perRound = r.pairedRatios.map(pct).join(', ');
    const admitted = r.fast + r.waited;
    const waited = admitted > 0 ? `${((r.waited / admitted) * 100).toFixed(1)} % of ${admitted}` : '-';
    console.log(
      `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} | ${r.cpuUsPerRequest.toFixed(0)} | ${pct(r.cpuUsPerRequest / base.cpuUsPerRequest)} | ${perRound} (${pct(r.pairedRatio)}) | ${waited} | ${r.redisPerMutation === null ? '-' : r.redisPerMutation.toFixed(3)} |`,
    );
  }
  console.log(
    "\n(server CPU is the gateway process only; redis-server is pinned to the load generator's core and not counted;",
  );
  console.log(
    ' "paired": each round\'s CPU per request over the no-budget gateway\'s in the same round, so drift between rounds cancels;',
  );
  console.log(
    ' admissions from the gateway\'s /metrics during the measured loads: "waited" = not from a slot at hand)',
  );
}

/** What one mutation of the `use` run ended as. */
type Ending = 'APPLIED' | 'RATE_LIMITED' | string;

async function use(o: BudgetBenchOptions, redis: TestRedis): Promise<string[]> {
  const vendor = await startXtrakitSandbox({ rateLimitPerMinute: o.perMinute });
  const replicas: GatewayProcess[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      replicas.push(
        await startGateway({
          pinning: o.pinning,
          core: null,
          sandboxes: { xtrakitUrl: vendor.url, capillaryUrl: o.sandbox.capillaryUrl },
          logFile: join(o.logDir, `gateway-replica-${i}.log`),
          env: {
            XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY,
            XTRAKIT_RATE_LIMIT_PER_MINUTE: String(o.perMinute),
            REDIS_URL: redis.url,
            RATE_LIMIT_FALLBACK_SHARE: '0.33',
          },
        }),
      );
    }
    const span = { start: Date.now(), end: Date.now() + o.seconds * 1000 };
    const endings = await drive(replicas, (3 * o.perMinute) / 60, o.seconds * 1000);
    return report(vendor.requests.all(), endings, o, span);
  } finally {
    await Promise.all(replicas.map((r) => r.stop()));
    await vendor.close();
  }
}

/** Round-robin, open loop: one mutation every 1/rate s whatever the answers do. */
async function drive(replicas: GatewayProcess[], perSecond: number, ms: number): Promise<Ending[]> {
  const started = Date.now();
  const sends: Promise<Ending>[] = [];
  for (let i = 0; Date.now() - started < ms; i++) {
    const replica = replicas[i % replicas.length] as GatewayProcess;
    const body = JSON.stringify({
      query: BUDGET_MUTATION,
      variables: { input: { id: '1', name: `use-${i}` } },
    });
    sends.push(
      fetch(`${replica.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${replica.apiKey}` },
        body,
        signal: AbortSignal.timeout(20_000),
      })
        .then(async (res) => {
          const json = (await res.json()) as {
            data?: { updateCustomerGroup?: { outcome: string; userErrors: Array<{ code: string }> } };
          };
          const payload = json.data?.updateCustomerGroup;
          if (res.status !== 200 || !payload) return `HTTP ${res.status}`;
          return payload.outcome === 'APPLIED' ? 'APPLIED' : (payload.userErrors[0]?.code ?? payload.outcome);
        })
        .catch((error: Error) => `error ${error.name}`),
    );
    await sleep(Math.max(0, started + ((i + 1) * 1000) / perSecond - Date.now()));
  }
  return Promise.all(sends);
}

function report(
  log: Array<{ operationId: string | null; at: number; status: number | null }>,
  endings: Ending[],
  o: BudgetBenchOptions,
  span: { start: number; end: number },
): string[] {
  const all = log.filter((r) => r.operationId === 'updateCustomerGroup');
  // Callers still waiting when the load stops get slots after it: counted apart.
  const calls = all.filter((r) => r.at < span.end);
  const first = span.start;
  const window = 10;
  const perWindow: number[] = [];
  for (const c of calls) {
    const index = Math.floor((c.at - first) / (window * 1000));
    perWindow[index] = (perWindow[index] ?? 0) + 1;
  }
  const allowedPerWindow = Number(((o.perMinute * window) / 60).toFixed(1));
  const byOutcome: Record<string, number> = {};
  for (const e of endings) byOutcome[e] = (byOutcome[e] ?? 0) + 1;
  const vendor429 = all.filter((c) => c.status === 429).length;
  const budget = (o.perMinute * o.seconds) / 60;
  const used = calls.length / budget;
  const offset = (at: number) => `+${((at - first) / 1000).toFixed(2)} s`;
  const at429 = all.filter((c) => c.status === 429).map((c) => offset(c.at));
  const sliding = maxIn60s(all.map((c) => c.at));
  const rows: Array<[string, string, string]> = [
    [
      `vendor calls per ${window} s window`,
      perWindow.map((n) => n ?? 0).join(', '),
      `${allowedPerWindow.toFixed(1)} each`,
    ],
    [
      'vendor calls during the load',
      `${calls.length} of ${budget} (${(used * 100).toFixed(1)} % used)`,
      '>= 95 %',
    ],
    [
      'most calls sent in any 60 s (the vendor counts so)',
      `${sliding.count} (to ${offset(sliding.at)})`,
      `<= ${o.perMinute}`,
    ],
    ['first vendor call', all[0] ? offset(all[0].at) : 'none', ''],
    ['calls to callers still waiting after the load', String(all.length - calls.length), ''],
    ['vendor 429s', vendor429 > 0 ? `${vendor429} (at ${at429.join(', ')})` : '0', '0'],
    [
      'answers by outcome',
      Object.entries(byOutcome)
        .map(([k, n]) => `${k} ${n}`)
        .join(', '),
      'APPLIED or RATE_LIMITED',
    ],
  ];
  console.log(
    `\nbudget use: 3 replicas, one Redis, ${o.perMinute}/min budget, driven at ${3 * o.perMinute}/min for ${o.seconds} s\n`,
  );
  console.log('| figure | measured | target |');
  console.log('| ------ | -------- | ------ |');
  for (const [figure, measured, target] of rows) console.log(`| ${figure} | ${measured} | ${target} |`);
  const problems: string[] = [];
  if (vendor429 > 0) problems.push(`${vendor429} vendor 429s`);
  const unexpected = Object.keys(byOutcome).filter((k) => k !== 'APPLIED' && k !== 'RATE_LIMITED');
  if (unexpected.length > 0) problems.push(`unexpected answers: ${unexpected.join(', ')}`);
  const written = all.filter((c) => c.status === 200).length;
  if ((byOutcome.APPLIED ?? 0) !== written)
    problems.push(`${byOutcome.APPLIED ?? 0} APPLIED but the vendor applied ${written} calls`);
  if (used < 0.95) problems.push(`${(used * 100).toFixed(1)} % of the budget used (target: at least 95 %)`);
  return problems;
}

/** The most events in any 60 s (the sandbox's window: an event 60 s old no longer counts), and when. */
function maxIn60s(times: readonly number[]): { count: number; at: number } {
  const sorted = [...times].sort((a, b) => a - b);
  let best = { count: 0, at: 0 };
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= 60_000) start++;
    if (end - start + 1 > best.count) best = { count: end - start + 1, at: sorted[end] as number };
  }
  return best;
}
