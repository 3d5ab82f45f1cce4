// `pnpm bench --budget instructions` (issue 13): what taking a vendor budget slot costs per mutation,
// counted in instructions rather than seconds. Each gateway variant of `--budget cost` (no budget, in
// the process, in Redis, REDIS_URL alone, and --baseline builds with their budget in Redis) runs under
// `valgrind --tool=callgrind`, which counts the instructions the process executes: whatever else the
// machine is doing, where CPU time on these shared cores moves by 10-15 % from round to round. A
// JIT-compiled process with timers and GC is not exactly repeatable, and --quick's 200 mutations are
// too few to repeat (two quick runs differed by 20-50 points); the full mode's 1,000 are the figure. After a warm-up, the counters are zeroed
// (`callgrind_control --zero`), a fixed number of mutations is sent, and the counters are dumped: the
// instructions of exactly those mutations, divided by their number.
//
// Under valgrind the gateway runs ~50x slower, so in wall-clock time it sees ~50x fewer mutations a
// second: leases sized for the recent rate (apps/gateway/src/budgets/lease.ts) come out smaller and
// the Redis variant counts more often per mutation than at full speed. The figure is therefore an
// upper bound of the Redis cost at the main bench's load; the Redis commands per mutation are printed
// beside it (redis-server's INFO commandstats).
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestRedis } from '@loyalty-gateway/test-redis';
import type { BudgetBenchOptions } from './budget-bench.js';
import { BUDGET_MUTATION, redisCommandsDuring, type Variant } from './budget-variants.js';
import { type GatewayProcess, startGateway } from './processes.js';

const run = promisify(execFile);

/**
 * callgrind_control finds the process through vgdb's FIFOs in /tmp, named after the USER and HOST
 * variables of the process: the gateway runs with a clean environment (processes.ts) and HOST is its
 * listen address, so the control command must see exactly those.
 */
async function control(command: '--zero' | '--dump', pid: number): Promise<string> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1' };
  const { stdout, stderr } = await run('callgrind_control', [command, String(pid)], { env, timeout: 60_000 });
  if (!/OK/.test(stdout)) throw new Error(`callgrind_control ${command} ${pid}: ${stdout} ${stderr}`.trim());
  return stdout;
}

interface Count {
  name: string;
  instructions: number;
  mutations: number;
  redisCommands: number | null;
}

/** Sends `total` mutations, `concurrency` at a time; every answer must be APPLIED. */
async function send(gateway: GatewayProcess, total: number, concurrency: number): Promise<void> {
  let next = 0;
  const one = async (): Promise<void> => {
    while (next < total) {
      const i = next++;
      const res = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.apiKey}` },
        body: JSON.stringify({
          query: BUDGET_MUTATION,
          variables: { input: { id: '1', name: `count-${i}` } },
        }),
        signal: AbortSignal.timeout(60_000),
      });
      const body = (await res.json()) as { data?: { updateCustomerGroup?: { outcome?: string } } };
      const outcome = body.data?.updateCustomerGroup?.outcome;
      if (res.status !== 200 || outcome !== 'APPLIED')
        throw new Error(`mutation ${i}: HTTP ${res.status}, outcome ${outcome ?? 'none'}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, one));
}

/** The instructions (Ir) of the callgrind dump of `pid` under `dir` (written shortly after the request). */
async function dumpedInstructions(dir: string, pid: number, said: string): Promise<number> {
  const until = Date.now() + 30_000;
  for (;;) {
    const dump = readdirSync(dir).find((f) => f === `callgrind.${pid}.1`);
    const text = dump ? readFileSync(join(dir, dump), 'utf8') : '';
    const summary = /^summary:\s+(\d+)/m.exec(text);
    // Complete once its totals line (the file's last) is written.
    if (summary && /^totals:/m.test(text)) return Number(summary[1]);
    if (Date.now() > until)
      throw new Error(
        `no callgrind dump of process ${pid} in ${dir} (callgrind_control said: ${said.trim()})`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** What countInstructions needs of the bench's options (the budget modes' and `--instructions`'). */
export type InstructionOptions = Pick<BudgetBenchOptions, 'pinning' | 'sandbox' | 'logDir' | 'quick'> & {
  /** node/V8 flags for every variant (`--node-args`). */
  nodeArgs?: string[];
};

async function countOne(o: InstructionOptions, redis: TestRedis | null, variant: Variant): Promise<Count> {
  const mutations = o.quick ? 200 : 1_000;
  const dir = o.logDir;
  const gateway = await startGateway({
    pinning: o.pinning,
    core: o.pinning.serverCore,
    sandboxes: o.sandbox,
    logFile: join(dir, `gateway-callgrind-${variant.name.replace(/\W+/g, '-')}.log`),
    env: variant.env,
    wrapper: [
      'valgrind',
      '--tool=callgrind',
      '--quiet',
      `--callgrind-out-file=${join(dir, 'callgrind.%p')}`,
      // One total for the whole process (all threads), and no per-function cost lines to write.
      '--separate-threads=no',
    ],
    readyTimeoutMs: 180_000,
    ...(o.nodeArgs ? { nodeArgs: o.nodeArgs } : {}),
    ...(variant.main ? { main: variant.main } : {}),
  });
  try {
    await send(gateway, o.quick ? 100 : 500, 10); // warm-up: the JIT, the pools, the leases
    await control('--zero', gateway.pid);
    const { commands } = await redisCommandsDuring(variant.env.REDIS_URL && redis ? redis : null, () =>
      send(gateway, mutations, 10),
    );
    const dumped = await control('--dump', gateway.pid);
    return {
      name: variant.name,
      instructions: await dumpedInstructions(dir, gateway.pid, dumped),
      mutations,
      redisCommands: commands,
    };
  } finally {
    await gateway.stop();
  }
}

/** How the table is headed: the first variant is the base of every ratio. */
export interface InstructionTable {
  title: string;
  versus: string;
  note: string[];
}

const BUDGET_TABLE: InstructionTable = {
  title: 'vendor budget cost in instructions: gateway updateCustomerGroup, 10 at a time, under callgrind',
  versus: 'vs no budget',
  note: [
    '(instructions the gateway process executed for exactly those mutations, all threads, from callgrind;',
    ' at valgrind speed leases are smaller than at full load, so the Redis rows are an upper bound)',
  ],
};

/** Counts every variant once (instruction counts repeat: no rounds needed); returns the problems. */
export async function countInstructions(
  o: InstructionOptions,
  redis: TestRedis | null,
  variants: Variant[],
  table: InstructionTable = BUDGET_TABLE,
): Promise<string[]> {
  try {
    await run('valgrind', ['--version'], { timeout: 10_000 });
  } catch {
    return ['valgrind is not installed (Debian: apt-get install valgrind)'];
  }
  const counts: Count[] = [];
  for (const variant of variants) counts.push(await countOne(o, redis, variant));
  const base = counts[0] as Count;
  const perMutation = (c: Count) => c.instructions / c.mutations;
  console.log(`\n${table.title}\n`);
  console.log(
    `| gateway | mutations | instructions per mutation | ${table.versus} | Redis commands per mutation |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const c of counts) {
    const ratio = perMutation(c) / perMutation(base);
    const redisPer = c.redisCommands === null ? '-' : (c.redisCommands / c.mutations).toFixed(3);
    console.log(
      `| ${c.name} | ${c.mutations} | ${(perMutation(c) / 1e6).toFixed(3)} M | ${((ratio - 1) * 100).toFixed(1)} % | ${redisPer} |`,
    );
  }
  console.log('');
  for (const line of table.note) console.log(line);
  return [];
}
