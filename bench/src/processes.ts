// Starting the processes of a benchmark: vendor sandboxes, the gateway (its built entry point, with
// production settings) and client loops, each a separate `node` process from built JavaScript.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CAPILLARY_SANDBOX_CREDENTIALS, XTRAKIT_SANDBOX_API_KEY } from '@loyalty-gateway/sandboxes';
import type { ClientLoopConfig } from './client-loop.js';
import type { FloorProxyReady } from './floor-proxy.js';
import { firstMessage, ipcClient } from './ipc.js';
import { type Pinning, pinnedCommand } from './proc.js';
import type { SandboxHostReady } from './sandbox-host.js';

const here = dirname(fileURLToPath(import.meta.url));

function script(name: string): string {
  if (import.meta.url.endsWith('.ts')) {
    throw new Error(
      'run the built benchmark (`pnpm bench` builds it): child processes start from bench/dist',
    );
  }
  return join(here, `${name}.js`);
}

/** The gateway's production bundle (what `pnpm start` runs), found through the workspace dependency. */
export function gatewayMainPath(): string {
  const index = createRequire(import.meta.url).resolve('@loyalty-gateway/gateway');
  return join(dirname(index), 'gateway.mjs');
}

/** Stops a child: SIGTERM, then SIGKILL after `graceMs`. */
async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

function spawnNode(
  pinning: Pinning,
  core: number | null,
  args: string[],
  env: Record<string, string>,
  stdio: 'inherit' | number,
  wrapper: string[] = [],
): ChildProcess {
  const [first, ...rest] = [...wrapper, process.execPath, ...args] as [string, ...string[]];
  const [command, argv] = pinnedCommand(pinning, core, first, rest);
  return spawn(command, argv, {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', stdio, stdio, 'ipc'],
  });
}

/** The sandbox process: both vendors, write counters and fault injection over IPC. */
export async function startSandboxHost(
  pinning: Pinning,
  core: number | null,
  env: Record<string, string> = {},
) {
  const child = spawnNode(pinning, core, [script('sandbox-host')], env, 'inherit');
  const ready = await firstMessage(
    child,
    (m): m is SandboxHostReady => (m as SandboxHostReady | undefined)?.type === 'ready',
  );
  const ipc = ipcClient(child);
  return {
    pid: child.pid as number,
    xtrakitUrl: ready.xtrakit,
    capillaryUrl: ready.capillary,
    call: ipc.call,
    stop: () => stopChild(child),
  };
}
export type SandboxHost = Awaited<ReturnType<typeof startSandboxHost>>;

/** A client-loop process (see client-loop.ts). */
export async function startClientLoop(pinning: Pinning, core: number | null, config: ClientLoopConfig) {
  const child = spawnNode(
    pinning,
    core,
    [script('client-loop')],
    { BENCH_CLIENT: JSON.stringify(config) },
    'inherit',
  );
  await firstMessage(child, (m): m is { type: 'ready' } => (m as { type?: string })?.type === 'ready');
  const ipc = ipcClient(child);
  return { pid: child.pid as number, call: ipc.call, stop: () => stopChild(child) };
}
export type ClientLoop = Awaited<ReturnType<typeof startClientLoop>>;

/**
 * The `floor` contestant's server (floor-proxy.ts): a minimal Node proxy to the Xtrakit sandbox, no
 * GraphQL. `entry` overrides how node starts it (a test runs the TypeScript source through tsx).
 */
export async function startFloorProxy(
  pinning: Pinning,
  core: number | null,
  xtrakitUrl: string,
  entry: string[] = [script('floor-proxy')],
) {
  const child = spawnNode(
    pinning,
    core,
    entry,
    { FLOOR_XTRAKIT_URL: xtrakitUrl, FLOOR_XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY },
    'inherit',
  );
  const ready = await firstMessage(
    child,
    (m): m is FloorProxyReady => (m as FloorProxyReady | undefined)?.type === 'ready',
  );
  return { pid: child.pid as number, url: ready.url, stop: () => stopChild(child) };
}
export type FloorProxy = Awaited<ReturnType<typeof startFloorProxy>>;

/** The gateway's "gateway ready" log line. */
interface ReadyLine {
  url: string;
  readyMs: number;
  sinceProcessStartMs: number;
}

export interface GatewayOptions {
  pinning: Pinning;
  core: number | null;
  sandboxes: { xtrakitUrl: string; capillaryUrl: string };
  /** The gateway's stdout and stderr (its JSON log) go to this file. */
  logFile: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Run through gateway-host.js for heap figures over IPC (the soak). */
  withHost?: boolean;
  /** Extra environment, e.g. LOG_LEVEL. */
  env?: Record<string, string>;
  /** Another build's entry point (default: this workspace's apps/gateway/dist/gateway.mjs). */
  main?: string;
  /** A command node runs under (e.g. valgrind and its flags); the process's pid stays node's. */
  wrapper?: string[];
  /** How long the gateway may take to log its ready line (default 20 s). */
  readyTimeoutMs?: number;
}

/** A running gateway process. */
export interface GatewayProcess {
  pid: number;
  url: string;
  apiKey: string;
  /** The gateway's own figure: process start to listening (performance.now() at the ready line). */
  sinceProcessStartMs: number;
  /** From spawn() to the ready line appearing in the log, as seen from outside. */
  spawnToReadyMs: number;
  call: ReturnType<typeof ipcClient>['call'] | null;
  stop(): Promise<void>;
}

/**
 * The gateway as production runs it: NODE_ENV=production, API-key auth (GATEWAY_API_KEYS), default
 * limits, metrics, JSON logs at info, both vendors configured as real ones pointing at the sandboxes.
 */
export async function startGateway(options: GatewayOptions): Promise<GatewayProcess> {
  const apiKey = randomBytes(24).toString('hex');
  const main = options.main ? resolve(options.main) : gatewayMainPath();
  const entry = options.withHost
    ? [...(options.nodeArgs ?? []), '--expose-gc', script('gateway-host')]
    : [...(options.nodeArgs ?? []), main];
  const log = openSync(options.logFile, 'w');
  const spawnedAt = performance.now();
  const child = spawnNode(
    options.pinning,
    options.core,
    entry,
    {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      GATEWAY_API_KEYS: apiKey,
      XTRAKIT_BASE_URL: options.sandboxes.xtrakitUrl,
      XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY,
      CAPILLARY_BASE_URL: options.sandboxes.capillaryUrl,
      CAPILLARY_USERNAME: CAPILLARY_SANDBOX_CREDENTIALS.username,
      CAPILLARY_PASSWORD: CAPILLARY_SANDBOX_CREDENTIALS.password,
      ...(options.withHost ? { BENCH_GATEWAY_MAIN: main } : {}),
      ...options.env,
    },
    log,
    options.wrapper,
  );
  closeSync(log);
  const ipc = options.withHost ? ipcClient(child) : null;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 20_000);
  let ready: ReadyLine | undefined;
  while (!ready) {
    const text = readFileSync(options.logFile, 'utf8');
    const line = text.split('\n').find((l) => l.includes('"gateway ready"'));
    if (line) ready = JSON.parse(line) as ReadyLine;
    else if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the gateway did not start (exit ${child.exitCode}):\n${text.slice(-2000)}`);
    } else await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const spawnToReadyMs = performance.now() - spawnedAt;
  return {
    pid: child.pid as number,
    url: ready.url,
    apiKey,
    sinceProcessStartMs: ready.sinceProcessStartMs,
    spawnToReadyMs,
    call: ipc?.call ?? null,
    stop: () => stopChild(child, 10_000),
  };
}

/** Gateway counters by `operation:outcome` and upstream attempts by `operation:status`. */
export interface GatewayCounters {
  outcomes: Record<string, number>;
  attempts: Record<string, number>;
}

/** Reads the gateway's Prometheus counters the benchmark reconciles with the sandbox. */
export async function gatewayCounters(url: string): Promise<GatewayCounters> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const counters: GatewayCounters = { outcomes: {}, attempts: {} };
  for (const line of text.split('\n')) {
    const sample = /^(\w+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!sample) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (sample[2] as string).matchAll(/(\w+)="([^"]*)"/g))
      labels[key as string] = value as string;
    if (sample[1] === 'gateway_operations_total')
      counters.outcomes[`${labels.operation}:${labels.outcome}`] = Number(sample[3]);
    else if (sample[1] === 'gateway_upstream_duration_seconds_count')
      counters.attempts[`${labels.operation}:${labels.status}`] = Number(sample[3]);
  }
  return counters;
}

/** The change of every counter between two readings (missing = 0). */
export function counterDelta(before: Record<string, number>, after: Record<string, number>) {
  const out: Record<string, number> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
    out[key] = (after[key] ?? 0) - (before[key] ?? 0);
  return out;
}
