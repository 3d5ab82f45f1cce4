// `pnpm soak` (issue #8): both mutations at 50 connections for N minutes (default 5, at most 30)
// against the sandboxes with about 1% injected vendor faults. Reports requests, outcomes by kind,
// unexpected errors (must be 0), the gateway's heap (after a full GC) and RSS from warm-up to the
// end (must stay flat), and a one-by-one reconciliation of reported outcomes with sandbox writes,
// before and after settlement (issue 14: unclear answers are read back and settled by the gateway).
// Flags: --minutes N (or --seconds N for a smoke run), --shared-groups, --no-pin.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCapillaryClient } from '@loyalty-gateway/capillary-client';
import type { FaultRule } from '@loyalty-gateway/sandboxes';
import { CAPILLARY_SANDBOX_CREDENTIALS, XTRAKIT_SANDBOX_API_KEY } from '@loyalty-gateway/sandboxes';
import { createXtrakitClient } from '@loyalty-gateway/xtrakit-client';
import {
  MUST_BE_ZERO,
  OUTCOME,
  outcomeCode,
  type Reconciliation,
  reconcile,
  SeqBytes,
  settledCode,
  soakName,
} from './ledger.js';
import { detectPinning, memory, pin } from './proc.js';
import { counterDelta, gatewayCounters, startGateway, startSandboxHost } from './processes.js';
import type { LedgerSnapshot } from './sandbox-host.js';
import { LatencyRecorder } from './stats.js';

// `pnpm soak --bulk`: the bulk job mode (issue 15) lives in its own file.
if (process.argv.includes('--bulk')) {
  const { runBulkSoak } = await import('./bulk-soak.js');
  process.exit(await runBulkSoak(process.argv.slice(2)));
}

const { values: flags } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    seconds: { type: 'string' },
    'shared-groups': { type: 'boolean', default: false },
    'no-pin': { type: 'boolean', default: false },
  },
});
const minutes = flags.seconds === undefined ? Number(flags.minutes) : Number(flags.seconds) / 60;
if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 30) {
  console.error('--minutes must be more than 0 and at most 30 (--seconds: at most 1800)');
  process.exit(64);
}
const durationMs = minutes * 60_000;
/**
 * By default each connection writes groups of its own, one mutation at a time: a read-back then sees
 * either this mutation's write or none. With --shared-groups all connections write the same four
 * groups, as before settlement: a read-back may see another connection's later write, and a complete
 * 5xx followed by a different read is then NOT_APPLIED and sent again although it may have landed.
 */
const sharedGroups = flags['shared-groups'];
const WARMUP_MS = Math.min(30_000, durationMs / 5);
const SAMPLE_EVERY_MS = Math.min(30_000, Math.max(5_000, durationMs / 10));
const CONNECTIONS = 50;
const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

/**
 * About 1% of vendor writes misbehave. Retryable refusals (429/503 with Retry-After: 0) must end
 * APPLIED after a retry; 500 and reset strike before the vendor acts, 502 and truncated after it.
 * The gateway reads the group back after each of those four: 502 and truncated settle APPLIED, a 500
 * settles NOT_APPLIED and is sent once more, a reset before the write stays UNKNOWN (it may be in flight).
 */
const RULES: Array<{ fault: FaultRule['fault']; rate: number }> = [
  { fault: { kind: 'status', status: 503, retryAfter: '0' }, rate: 0.002 },
  { fault: { kind: 'status', status: 429, retryAfter: '0' }, rate: 0.001 },
  { fault: { kind: 'status', status: 500 }, rate: 0.002 },
  { fault: { kind: 'status', status: 502, applyWrite: true }, rate: 0.002 },
  { fault: { kind: 'reset' }, rate: 0.0015 },
  { fault: { kind: 'truncated' }, rate: 0.0015 },
];

const XTRAKIT_MUTATION =
  'mutation Soak($input: UpdateCustomerGroupInput!) { updateCustomerGroup(input: $input) ' +
  '{ outcome settledBy attempts customerGroup { id name } userErrors { code message } } }';
const CAPILLARY_MUTATION =
  'mutation Soak($input: UpdateUserGroupInput!) { updateUserGroup(input: $input) ' +
  '{ outcome settledBy attempts userGroup { id name } userErrors { code message } warnings { code } } }';

/** The groups a connection writes: its own (default), or the four shared seeded ones. */
interface Groups {
  xtrakit: string;
  capillary: string;
}

/** The mutation for a sequence number: even ones rename an Xtrakit group, odd ones a Capillary group. */
function bodyFor(seq: number, groups: Groups | null): string {
  const name = soakName(seq);
  const xtrakit = groups?.xtrakit ?? (seq % 4 === 0 ? '1' : '2');
  const capillary = groups?.capillary ?? (seq % 4 === 1 ? '51334' : '3962909');
  return seq % 2 === 0
    ? JSON.stringify({ query: XTRAKIT_MUTATION, variables: { input: { id: xtrakit, name } } })
    : JSON.stringify({ query: CAPILLARY_MUTATION, variables: { input: { group: { id: capillary }, name } } });
}

/** One Xtrakit and one Capillary group per connection, created in the sandboxes before the ledger starts. */
async function createGroups(xtrakitUrl: string, capillaryUrl: string): Promise<Groups[]> {
  const { username, password } = CAPILLARY_SANDBOX_CREDENTIALS;
  const x = createXtrakitClient({ apiKey: XTRAKIT_SANDBOX_API_KEY, baseUrl: xtrakitUrl });
  const c = createCapillaryClient({ baseUrl: capillaryUrl, auth: { type: 'basic', username, password } });
  try {
    const groups: Groups[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const made = await x.addCustomerGroup({ group_name: `soak-group-${i}` });
      const cap = await c.addUserGroup({ externalId: `soak-group-${i}`, maxGroupSize: 10 });
      if (!made.ok || !cap.ok) throw new Error('could not create the soak groups in the sandboxes');
      groups.push({ xtrakit: String(made.data.id), capillary: String(cap.data.entity) });
    }
    return groups;
  } finally {
    await Promise.all([x.close(), c.close()]);
  }
}

interface Payload {
  outcome?: string;
  customerGroup?: { name?: string } | null;
  userGroup?: { name?: string } | null;
  userErrors?: Array<{ code?: string }>;
  settledBy?: string;
  attempts?: number;
}

function post(agent: Agent, url: URL, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}

const pct = (n: number, of: number) => `${of === 0 ? 0 : ((n / of) * 100).toFixed(3)} %`;
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

async function main(): Promise<number> {
  const started = performance.now();
  const pinning = detectPinning(flags['no-pin']);
  pin(pinning, process.pid, pinning.loadCore);
  console.log(`pinning: ${pinning.note}`);
  const logDir = join(tmpdir(), `loyalty-soak-${process.pid}`);
  mkdirSync(logDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  const sandbox = await startSandboxHost(pinning, pinning.loadCore);
  const stops: Array<() => Promise<void>> = [sandbox.stop];
  try {
    const gateway = await startGateway({
      pinning,
      core: pinning.serverCore,
      sandboxes: sandbox,
      logFile: join(logDir, 'gateway.log'),
      withHost: true,
    });
    stops.push(gateway.stop);
    const memoryOf = async () => {
      const heap = await (gateway.call as NonNullable<typeof gateway.call>)<{
        heapUsed: number;
        rss: number;
      }>('memory');
      const proc = memory(gateway.pid);
      return { heapUsedMb: mb(heap.heapUsed), rssMb: mb(proc.rss), peakRssMb: mb(proc.peakRss) };
    };

    for (const vendor of ['xtrakit', 'capillary'] as const) {
      const operationId = vendor === 'xtrakit' ? 'updateCustomerGroup' : 'updateUserGroup';
      await sandbox.call('add-faults', {
        vendor,
        rules: RULES.map((r) => ({ ...r, match: { operationId } })),
      });
    }
    const ownGroups = sharedGroups ? null : await createGroups(sandbox.xtrakitUrl, sandbox.capillaryUrl);
    await sandbox.call('ledger-start');
    const countersBefore = await gatewayCounters(gateway.url);
    const memoryAtStart = await memoryOf();
    console.log(
      `soak: ${minutes} min at ${CONNECTIONS} connections, ~1% vendor faults; gateway heap ${memoryAtStart.heapUsedMb} MB, RSS ${memoryAtStart.rssMb} MB`,
    );

    const url = new URL('/graphql', gateway.url);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${gateway.apiKey}` };
    const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const outcomes = new SeqBytes();
    /** How each mutation's outcome was reached (SETTLED codes: by the vendor's answer or a read-back). */
    const settlement = new SeqBytes();
    const byKind: Record<string, number> = {};
    const unexpected: Record<string, number> = {};
    const examples: string[] = [];
    const latencies = new LatencyRecorder();
    const count = (map: Record<string, number>, key: string) => {
      map[key] = (map[key] ?? 0) + 1;
    };
    const flag = (kind: string, detail: string) => {
      count(unexpected, kind);
      if (examples.length < 10) examples.push(`${kind}: ${detail.slice(0, 300)}`);
    };

    let nextSeq = 0;
    const loadStart = performance.now();
    const deadline = loadStart + durationMs;
    const worker = async (_: unknown, index: number) => {
      const groups = ownGroups?.[index] ?? null;
      while (performance.now() < deadline) {
        const seq = nextSeq++;
        const t0 = performance.now();
        try {
          const { status, text } = await post(agent, url, headers, bodyFor(seq, groups));
          latencies.record(performance.now() - t0);
          const json = JSON.parse(text) as { data?: Record<string, Payload | null>; errors?: unknown[] };
          const payload = json.data?.updateCustomerGroup ?? json.data?.updateUserGroup;
          if (status !== 200 || json.errors || !payload) {
            outcomes.set(seq, OUTCOME.ERROR);
            flag(`HTTP ${status}${json.errors ? ' with GraphQL errors' : ''}`, text);
            continue;
          }
          const code = outcomeCode(payload.outcome);
          outcomes.set(seq, code);
          settlement.set(seq, settledCode(payload));
          const userError = payload.userErrors?.[0]?.code;
          count(byKind, userError ? `${payload.outcome} (${userError})` : String(payload.outcome));
          if (code === OUTCOME.ERROR) flag('unknown outcome', text);
          const group = payload.customerGroup ?? payload.userGroup;
          const applied = code === OUTCOME.APPLIED || code === OUTCOME.APPLIED_WITH_WARNINGS;
          if (applied && group?.name !== soakName(seq)) flag('APPLIED with another name', text);
          if (!applied && group) flag('a group without APPLIED', text);
        } catch (error) {
          outcomes.set(seq, OUTCOME.ERROR);
          flag('no answer', String(error));
        }
      }
    };

    const samples: Array<{ atS: number; heapUsedMb: number; rssMb: number; peakRssMb: number }> = [];
    let sampling = true;
    const sampler = (async () => {
      let next = loadStart + WARMUP_MS;
      while (sampling) {
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, Math.min(1000, next - performance.now()))),
        );
        if (!sampling || performance.now() < next) continue;
        const sample = { atS: Math.round((performance.now() - loadStart) / 1000), ...(await memoryOf()) };
        samples.push(sample);
        console.log(
          `  ${sample.atS} s: ${nextSeq} mutations, heap ${sample.heapUsedMb} MB, RSS ${sample.rssMb} MB` +
            (Object.keys(unexpected).length ? `, unexpected ${JSON.stringify(unexpected)}` : ''),
        );
        next += SAMPLE_EVERY_MS;
      }
    })();
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, index) => worker(_, index)));
    const loadMs = performance.now() - loadStart;
    sampling = false;
    await sampler;
    agent.destroy();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const memoryAtEnd = await memoryOf();

    const sent = nextSeq;
    const ledger = await sandbox.call<LedgerSnapshot>('ledger-read');
    const writes = SeqBytes.fromBase64(ledger.writes);
    const reconciliation: Reconciliation = reconcile(outcomes, writes, sent, settlement);
    const countersAfter = await gatewayCounters(gateway.url);
    const gatewayOutcomes = Object.fromEntries(
      Object.entries(counterDelta(countersBefore.outcomes, countersAfter.outcomes)).filter(([, v]) => v),
    );

    const problems: string[] = [];
    for (const [kind, n] of Object.entries(unexpected)) problems.push(`${n} unexpected: ${kind}`);
    for (const key of MUST_BE_ZERO)
      if (reconciliation[key] > 0) problems.push(`reconciliation: ${key} = ${reconciliation[key]}`);
    if (ledger.missed > 0)
      problems.push(`${ledger.missed} sandbox log entries rotated out before they were read`);
    for (const op of ['updateCustomerGroup', 'updateUserGroup']) {
      if ((ledger.applied[op] ?? 0) !== (ledger.storeWrites[op] ?? 0))
        problems.push(
          `${op}: the logs show ${ledger.applied[op] ?? 0} applied writes, the store counted ${ledger.storeWrites[op] ?? 0}`,
        );
    }
    // Memory after warm-up must stay flat: the heap after a full GC, and the resident set.
    const baseline = samples[0] ?? memoryAtStart;
    const heapGrowth = memoryAtEnd.heapUsedMb - baseline.heapUsedMb;
    const heapFlat = heapGrowth <= Math.max(2, baseline.heapUsedMb * 0.1);
    // RSS is a sawtooth between collections (±10 MB from one sample to the next), and with the gateway's
    // gentler old-space growth it reaches its plateau only after the warm-up: two instantaneous
    // readings cannot tell a leak. A leak raises the peaks, so compare the highest RSS of the second
    // half of the samples with the highest of the first half.
    const half = Math.ceil(samples.length / 2);
    const peakOf = (list: typeof samples) => Math.max(...list.map((m) => m.rssMb));
    const rssFirst = samples.length >= 2 ? peakOf(samples.slice(0, half)) : baseline.rssMb;
    const rssSecond = samples.length >= 2 ? peakOf(samples.slice(half)) : memoryAtEnd.rssMb;
    const rssGrowth = rssSecond - rssFirst;
    const rssFlat = rssGrowth <= Math.max(10, rssFirst * 0.1);
    if (!heapFlat) problems.push(`heap grew ${heapGrowth.toFixed(1)} MB after warm-up`);
    if (!rssFlat)
      problems.push(`RSS peaks grew ${rssGrowth.toFixed(1)} MB from the first half to the second`);

    const { p50, p99 } = latencies.summary();
    const lines = [
      '',
      `soak — ${new Date().toISOString()} — ${minutes} min, ${CONNECTIONS} connections (${sharedGroups ? 'four shared groups' : 'a group of its own each'}), ${pinning.note}`,
      `requests: ${sent} mutations (${Math.round(sent / (loadMs / 1000))}/s), p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`,
      `faults injected by the sandboxes: ${JSON.stringify(ledger.faults)}`,
      'outcomes by kind:',
      ...Object.entries(byKind)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, n]) => `  ${String(n).padStart(8)}  ${kind}`),
      `gateway's own counters (gateway_operations_total): ${JSON.stringify(gatewayOutcomes)}`,
      `unexpected errors: ${Object.values(unexpected).reduce((a, b) => a + b, 0)}${examples.length ? `\n  ${examples.join('\n  ')}` : ''}`,
      `memory (heap after a full GC / RSS): start ${memoryAtStart.heapUsedMb} / ${memoryAtStart.rssMb} MB; after ${Math.round(WARMUP_MS / 1000)} s warm-up ${baseline.heapUsedMb} / ${baseline.rssMb} MB; end ${memoryAtEnd.heapUsedMb} / ${memoryAtEnd.rssMb} MB; peak RSS ${memoryAtEnd.peakRssMb} MB`,
      `  samples: ${samples.map((s) => `${s.atS}s ${s.heapUsedMb}/${s.rssMb}`).join(', ')}`,
      `  heap ${heapFlat ? 'flat' : 'GREW'} (${heapGrowth >= 0 ? '+' : ''}${heapGrowth.toFixed(1)} MB), RSS peaks ${rssFlat ? 'flat' : 'GREW'} (first half ${rssFirst} MB, second half ${rssSecond} MB) after warm-up`,
      'reconciliation (gateway outcome per mutation vs the sandboxes\u2019 applied writes):',
      `  ${reconciliation.appliedReported} reported APPLIED, ${reconciliation.writesSeen} writes made; of the UNKNOWN: ${reconciliation.unknownApplied} were applied, ${reconciliation.unknownNotApplied} were not`,
      `  settlement: ${reconciliation.unclear} unclear answers (UNKNOWN before settlement, ${pct(reconciliation.unclear, sent)}): ${reconciliation.settledApplied} settled APPLIED by read-back, ${reconciliation.settledNotApplied} NOT_APPLIED (${reconciliation.settledRetried} of them sent again: ${reconciliation.retriedApplied} then APPLIED), ${reconciliation.stillUnknown} still UNKNOWN (${pct(reconciliation.stillUnknown, sent)} of all mutations)`,
      `  settled outcomes that contradict the store ${reconciliation.settledContradicting}`,
      `  APPLIED without a write ${reconciliation.appliedWithoutWrite}, written but NOT_APPLIED ${reconciliation.writtenButNotApplied}, written without an answer ${reconciliation.writtenWithoutOutcome}, written twice ${reconciliation.doubleWrites}`,
      `  log reading checked against the store counters: ${JSON.stringify(ledger.applied)} vs ${JSON.stringify(ledger.storeWrites)}`,
      problems.length === 0
        ? 'verdict: clean'
        : `verdict: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`,
      `finished in ${Math.round((performance.now() - started) / 1000)} s`,
    ];
    console.log(lines.join('\n'));
    writeFileSync(
      join(resultsDir, 'soak-latest.json'),
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          minutes,
          connections: CONNECTIONS,
          groups: sharedGroups ? 'shared' : 'per-connection',
          pinning,
          faults: RULES,
          sent,
          ratePerSecond: sent / (loadMs / 1000),
          latency: { p50, p99 },
          injected: ledger.faults,
          outcomes: byKind,
          gatewayOutcomes,
          unexpected,
          examples,
          memory: {
            start: memoryAtStart,
            afterWarmup: baseline,
            end: memoryAtEnd,
            samples,
            heapFlat,
            rssFlat,
            rssPeaks: { firstHalf: rssFirst, secondHalf: rssSecond },
          },
          reconciliation,
          ledger: { applied: ledger.applied, storeWrites: ledger.storeWrites, missed: ledger.missed },
          problems,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`results: ${join(resultsDir, 'soak-latest.json')}`);
    return problems.length > 0 ? 1 : 0;
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    rmSync(logDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
