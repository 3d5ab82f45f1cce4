// `pnpm bench -- --tracing`: what OpenTelemetry tracing costs per mutation. Two gateway processes
// from the same production bundle, one without OTEL_* (tracing off: the SDK never loads) and one
// exporting every span (OTLP/HTTP protobuf, sampler always on) to a local receiver in this process;
// each measured in turn at 50 connections, `rounds` times, on the server core. Reports requests/s,
// p50/p99 and the gateway's CPU µs per mutation, and the on/off ratios from the same run.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { GATEWAY_MUTATION } from './bench-mutation.js';
import { runLoad } from './load.js';
import { cpuMicros, type Pinning } from './proc.js';
import { type GatewayProcess, type SandboxHost, startGateway } from './processes.js';
import { roundOrder } from './round-order.js';
import { median, ratio } from './stats.js';

/** What every mode that alternates gateways under timed 50-connection load is given (--tracing, --gc). */
export interface TimedModeOptions {
  pinning: Pinning;
  sandbox: SandboxHost;
  logDir: string;
  rounds: number;
  durationS: number;
  warmupS: number;
}

export type TraceCostOptions = TimedModeOptions;

/** Counts the OTLP exports and bytes it receives, and answers 200 like a collector. */
async function startSink() {
  const counts = { exports: 0, bytes: 0 };
  const server = createServer((req, res) => {
    req.on('data', (chunk: Buffer) => {
      counts.bytes += chunk.length;
    });
    req.on('end', () => {
      counts.exports++;
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, counts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function load(gateway: GatewayProcess, durationS: number) {
  const cpu0 = cpuMicros(gateway.pid);
  const sample = await runLoad({
    url: `${gateway.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.apiKey}` },
    body: JSON.stringify({
      query: GATEWAY_MUTATION,
      variables: { input: { id: '1', name: 'Traced group' } },
    }),
    connections: 50,
    durationS,
    verify: (text) => text.includes('"outcome":"APPLIED"'),
  });
  return { ...sample, cpuUs: (cpuMicros(gateway.pid) - cpu0) / Math.max(1, sample.requests) };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/** Runs the comparison, prints the table; returns the problems found (errors under load, no export). */
export async function traceCost(options: TraceCostOptions): Promise<string[]> {
  const sink = await startSink();
  const common = { pinning: options.pinning, core: options.pinning.serverCore, sandboxes: options.sandbox };
  const off = await startGateway({ ...common, logFile: join(options.logDir, 'gateway-untraced.log') });
  const on = await startGateway({
    ...common,
    logFile: join(options.logDir, 'gateway-traced.log'),
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_SERVICE_NAME: 'bench-gateway' },
  });
  const results: Record<'off' | 'on', Array<Awaited<ReturnType<typeof load>>>> = { off: [], on: [] };
  try {
    for (const gateway of [off, on]) await load(gateway, options.warmupS);
    for (let round = 1; round <= options.rounds; round++) {
      for (const gateway of roundOrder([off, on], round))
        results[gateway === off ? 'off' : 'on'].push(await load(gateway, options.durationS));
    }
  } finally {
    await Promise.all([off.stop(), on.stop()]);
    await sink.close();
  }
  const row = (name: string, samples: Array<Awaited<ReturnType<typeof load>>>) => {
    const m = (pick: (s: (typeof samples)[number]) => number) => median(samples.map(pick));
    return { name, rps: m((s) => s.rps), p50: m((s) => s.p50), p99: m((s) => s.p99), cpu: m((s) => s.cpuUs) };
  };
  const rows = [row('tracing off', results.off), row('tracing on (OTLP to a local receiver)', results.on)];
  console.log('\n| gateway `updateCustomerGroup`, 50 conns | req/s | p50 ms | p99 ms | server CPU µs/req |');
  console.log('| --------------------------------------- | ----: | -----: | -----: | ----------------: |');
  for (const r of rows)
    console.log(`| ${r.name} | ${fmt(r.rps)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.cpu)} |`);
  const [o, t] = rows as [(typeof rows)[number], (typeof rows)[number]];
  console.log(
    `\ntracing on/off: requests/s ${ratio(t.rps, o.rps)}, CPU per mutation ${ratio(t.cpu, o.cpu)}, ` +
      `p99 ${ratio(t.p99, o.p99)}; the receiver got ${fmt(sink.counts.exports)} exports, ${fmt(sink.counts.bytes / 1e6, 1)} MB`,
  );
  const problems: string[] = [];
  const errors = [...results.off, ...results.on].reduce((sum, s) => sum + s.errors, 0);
  if (errors > 0) problems.push(`${errors} errors under load`);
  if (sink.counts.exports === 0) problems.push('the traced gateway exported nothing');
  return problems;
}
