// `pnpm bench --gc` (issue #17): what garbage collection costs the gateway under the main bench's load.
// Each build (this workspace's, and --baseline's) runs as the main bench starts it, plus V8's
// `--trace-gc-nvp` (one line per GC on its stdout, the log file). Round by round and build by build:
// a warm-up, then a timed window of the 50-connection `updateCustomerGroup` load. The GCs of exactly
// that window are the trace lines written to the log between the window's start and end: the bench
// notes the log's size at both (V8 writes each line, unbuffered, as its GC ends), so no clock has to be
// mapped. (The lines' "N ms:" stamps count from isolate start, which comes 70-110 ms after the
// `performance.now()` origin of the ready line's `sinceProcessStartMs`, varying from start to start:
// too loose for the window's edges. They serve as a check that the window's lines span no more than it.)
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewayBody, gatewayLoaded, LOAD_NAME } from './bench-mutation.js';
import { type GcEvent, type GcSummary, parseGcTrace, summariseGc } from './gc-trace.js';
import { runLoad } from './load.js';
import { cpuMicros, pin } from './proc.js';
import { type GatewayProcess, startGateway } from './processes.js';
import { roundOrder } from './round-order.js';
import { median, ratio } from './stats.js';
import type { TimedModeOptions } from './trace-cost.js';

export interface GcBenchOptions extends TimedModeOptions {
  /** The main bench's environment for every gateway (its in-process vendor budget). */
  env: Record<string, string>;
  /** Another build's entry point, measured the same way. */
  baseline?: string;
  nodeArgs?: string[];
  baselineNodeArgs?: string[];
  /** Where `gc-latest.json` goes (bench/results, gitignored). */
  resultsDir: string;
  /** For the header: the commit and the command line. */
  commit: string;
  command: string;
}

/** The main bench's gateway body (bench-mutation.ts). */
const BODY = gatewayBody(LOAD_NAME);
const CONNECTIONS = 50;

interface Build {
  name: string;
  gateway: GatewayProcess;
  logFile: string;
}

/** One timed window of one build. */
interface Window {
  round: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  cpuUsPerRequest: number;
  /** The window's length on the bench's clock, from one log-size reading to the other, ms. */
  windowMs: number;
  gc: GcSummary;
  /** From the first to the last GC stamp inside the window, ms (0 with fewer than two GCs). */
  traceSpanMs: number;
  /** Trace lines in the window the parser could not read (must be 0). */
  unparsed: number;
}

const count = (n: number) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 1 }) : 'n/a';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';

/** Bytes `from`..`to` of a file as text. */
function readRange(file: string, from: number, to: number): string {
  const buffer = Buffer.alloc(Math.max(0, to - from));
  const fd = openSync(file, 'r');
  try {
    let done = 0;
    while (done < buffer.length) {
      const n = readSync(fd, buffer, done, buffer.length - done, from + done);
      if (n === 0) break;
      done += n;
    }
    return buffer.subarray(0, done).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function load(build: Build, durationS: number) {
  return runLoad({
    url: `${build.gateway.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${build.gateway.apiKey}` },
    body: BODY,
    connections: CONNECTIONS,
    durationS,
    verify: gatewayLoaded,
  });
}

async function timedWindow(build: Build, options: GcBenchOptions, round: number): Promise<Window> {
  // As the main bench's measure(): the sandbox on the load core, a moment's rest, then the load.
  pin(options.pinning, options.sandbox.pid, options.pinning.loadCore);
  await sleep(300);
  const startOffset = statSync(build.logFile).size;
  const started = performance.now();
  const cpu0 = cpuMicros(build.gateway.pid);
  const sample = await load(build, options.durationS);
  const cpu1 = cpuMicros(build.gateway.pid);
  const windowMs = performance.now() - started;
  const endOffset = statSync(build.logFile).size;
  const text = readRange(build.logFile, startOffset, endOffset);
  const events: GcEvent[] = parseGcTrace(text);
  // Each GC line is one write, so the range holds whole lines; any the parser skipped is a problem.
  const unparsed = (text.match(/ ms: pause=/g) ?? []).length - events.length;
  const first = events[0];
  const last = events.at(-1);
  return {
    round,
    requests: sample.requests,
    errors: sample.errors,
    rps: sample.rps,
    p50: sample.p50,
    p99: sample.p99,
    cpuUsPerRequest: (cpu1 - cpu0) / Math.max(1, sample.requests),
    windowMs,
    gc: summariseGc(events),
    traceSpanMs: first && last ? last.atMs - first.atMs : 0,
    unparsed,
  };
}

/** The figures of the table, each from one window; the table shows medians over the rounds. */
/** `count`: a whole number per window, whose median of an even number of rounds may end in .5. */
const FIGURES: Array<{ name: string; digits: number; count?: boolean; of: (w: Window) => number }> = [
  { name: 'requests answered in the window', digits: 0, count: true, of: (w) => w.requests },
  { name: 'req/s', digits: 0, of: (w) => w.rps },
  { name: 'p50 ms', digits: 2, of: (w) => w.p50 },
  { name: 'p99 ms', digits: 2, of: (w) => w.p99 },
  { name: 'server CPU µs/req', digits: 0, of: (w) => w.cpuUsPerRequest },
  { name: 'scavenges', digits: 0, count: true, of: (w) => w.gc.scavenges },
  { name: 'scavenges per 1,000 requests', digits: 2, of: (w) => (w.gc.scavenges * 1000) / w.requests },
  { name: 'scavenge pauses, total ms', digits: 1, of: (w) => w.gc.scavengePauseMs },
  { name: 'scavenge pause, max ms', digits: 1, of: (w) => w.gc.scavengeMaxPauseMs },
  { name: 'promoted bytes per request', digits: 0, of: (w) => w.gc.promotedBytes / w.requests },
  { name: 'mark-compacts', digits: 0, count: true, of: (w) => w.gc.markCompacts },
  { name: 'mark-compact pauses, total ms', digits: 1, of: (w) => w.gc.markCompactPauseMs },
  { name: 'mark-compact pause, max ms', digits: 1, of: (w) => w.gc.markCompactMaxPauseMs },
  { name: 'incremental marking steps, total ms', digits: 1, of: (w) => w.gc.incrementalMarkingMs },
  {
    name: 'GC pauses, % of the window',
    digits: 2,
    of: (w) => ((w.gc.scavengePauseMs + w.gc.markCompactPauseMs + w.gc.otherPauseMs) / w.windowMs) * 100,
  },
  {
    name: 'main thread in GC incl. marking steps, %',
    digits: 2,
    of: (w) => (w.gc.mainThreadGcMs / w.windowMs) * 100,
  },
];

function roundLine(name: string, w: Window): string {
  return (
    `round ${w.round} ${name}: ${fmt(w.requests)} req (${fmt(w.rps)}/s), p99 ${fmt(w.p99, 2)} ms, ` +
    `${fmt(w.cpuUsPerRequest)} µs CPU/req; ${w.gc.scavenges} scavenges (${fmt(w.gc.scavengePauseMs, 1)} ms, ` +
    `max ${fmt(w.gc.scavengeMaxPauseMs, 1)}), ${fmt(w.gc.promotedBytes / w.requests)} B promoted/req, ` +
    `${w.gc.markCompacts} mark-compacts (${fmt(w.gc.markCompactPauseMs, 1)} ms)` +
    (w.gc.others > 0 ? `, ${w.gc.others} other GCs (${fmt(w.gc.otherPauseMs, 1)} ms)` : '') +
    `; trace stamps span ${fmt(w.traceSpanMs)} of the window's ${fmt(w.windowMs)} ms`
  );
}

/** Runs the GC bench and prints its table; returns the problems found. */
export async function gcBench(options: GcBenchOptions): Promise<string[]> {
  const common = { pinning: options.pinning, core: options.pinning.serverCore, sandboxes: options.sandbox };
  const specs = [
    { name: 'this build', main: undefined, nodeArgs: options.nodeArgs ?? [] },
    ...(options.baseline
      ? [{ name: 'baseline', main: options.baseline, nodeArgs: options.baselineNodeArgs ?? [] }]
      : []),
  ];
  const builds: Build[] = [];
  const problems: string[] = [];
  try {
    for (const [i, spec] of specs.entries()) {
      const logFile = join(options.logDir, `gateway-gc-${i}.log`);
      const gateway = await startGateway({
        ...common,
        logFile,
        nodeArgs: ['--trace-gc-nvp', ...spec.nodeArgs],
        env: options.env,
        ...(spec.main ? { main: spec.main } : {}),
      });
      builds.push({ name: spec.name, gateway, logFile });
    }
    const windows = new Map<Build, Window[]>(builds.map((b) => [b, []]));
    for (let round = 1; round <= options.rounds; round++) {
      for (const build of roundOrder(builds, round)) {
        // Warmed up right before each of its windows, as in the main bench (an idle heap shrinks back).
        const warm = await load(build, options.warmupS);
        if (warm.errors > 0) problems.push(`${build.name}: ${warm.errors} errors in the warm-up`);
        const w = await timedWindow(build, options, round);
        windows.get(build)?.push(w);
        console.log(roundLine(build.name, w));
        if (w.errors > 0) problems.push(`${build.name} round ${round}: ${w.errors} errors under load`);
        if (w.requests > 1000 && w.gc.scavenges === 0)
          problems.push(`${build.name} round ${round}: no GC trace line in the window (is stdout buffered?)`);
        if (w.unparsed > 0)
          problems.push(
            `${build.name} round ${round}: ${w.unparsed} GC trace lines in the window were unreadable`,
          );
        // Every line in the window was written inside it, so its stamps cannot span more than the
        // window (plus the first GC's own pause, which may have begun before it).
        if (w.traceSpanMs > w.windowMs + w.gc.maxPauseMs + 2)
          problems.push(
            `${build.name} round ${round}: GC stamps span ${fmt(w.traceSpanMs)} ms, more than the window's ${fmt(w.windowMs)} ms`,
          );
      }
    }

    const medians = builds.map((b) => FIGURES.map((f) => median((windows.get(b) ?? []).map(f.of))));
    const names = builds.map((b) =>
      b.name === 'baseline' ? `baseline (${options.baseline})` : `this build (${options.commit})`,
    );
    const withRatio = builds.length > 1;
    const header = ['figure (median of rounds)', ...names, ...(withRatio ? ['baseline / this build'] : [])];
    const rows = FIGURES.map((f, i) => [
      f.name,
      ...medians.map((m) => (f.count ? count(m[i] as number) : fmt(m[i] as number, f.digits))),
      ...(withRatio ? [ratio(medians[1]?.[i] as number, medians[0]?.[i] as number)] : []),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
    const line = (cells: string[]) =>
      `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
    console.log(
      [
        '',
        `pnpm bench --gc — ${new Date().toISOString()} — node ${process.version} — ${options.pinning.note}`,
        `command: ${options.command}`,
        `${options.rounds} round(s), builds alternated; per round and build a ${options.warmupS} s warm-up, then ${options.durationS} s of` +
          ` ${CONNECTIONS} connections of updateCustomerGroup; every gateway with --trace-gc-nvp and the main bench's in-process budget.`,
        'GCs of a window: the trace lines its gateway wrote between the window start and end (log size read at both).',
        '',
        line(header),
        line(header.map((_, i) => (i === 0 ? '-' : ':').padStart(widths[i] as number, '-'))),
        ...rows.map(line),
      ].join('\n'),
    );
    const report = {
      date: new Date().toISOString(),
      command: options.command,
      commit: options.commit,
      node: process.version,
      pinning: options.pinning,
      rounds: options.rounds,
      durationS: options.durationS,
      warmupS: options.warmupS,
      builds: builds.map((b, i) => ({
        name: names[i],
        medians: Object.fromEntries(FIGURES.map((f, k) => [f.name, medians[i]?.[k]])),
        windows: windows.get(b),
      })),
      problems,
    };
    writeFileSync(join(options.resultsDir, 'gc-latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`results: ${join(options.resultsDir, 'gc-latest.json')}`);
    return problems;
  } finally {
    await Promise.all(builds.map((b) => b.gateway.stop()));
  }
}
