// The peer of issue #17 as its users run it: `mesh-compose` builds a supergraph from specs/*.yaml
// (at bench time, into the gitignored bench/.peer/), and the `hive-gateway supergraph` CLI serves it
// as its own node process with production settings (src/peer/gateway.config.ts).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CAPILLARY_SANDBOX_CREDENTIALS, XTRAKIT_SANDBOX_API_KEY } from '@loyalty-gateway/sandboxes';
import { type Pinning, pinnedCommand } from './proc.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The file a package declares as its `bin` (the one named `name`). */
function binOf(pkg: string, name: string): string {
  // The nearest package.json may be a nested `{"type": "commonjs"}` marker: walk up to the package's own.
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    if (!readdirSync(dir).includes('package.json')) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name?: string;
      bin?: Record<string, string>;
    };
    const bin = manifest.name === pkg ? manifest.bin?.[name] : undefined;
    if (bin) return join(dir, bin);
  }
  throw new Error(`${pkg} declares no bin ${name}`);
}

/** Composes the peer's supergraph from the specs with `mesh-compose`; returns the file's path. */
export function composePeerSupergraph(outDir = join(here, '..', '.peer')): string {
  mkdirSync(outDir, { recursive: true });
  const output = join(outDir, 'supergraph.graphql');
  execFileSync(
    process.execPath,
    [
      binOf('@graphql-mesh/compose-cli', 'mesh-compose'),
      '-c',
      join(here, 'peer', 'mesh.config.js'),
      '-o',
      output,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production' } },
  );
  return output;
}

/**
 * The TCP port a process listens on, from /proc: Hive Gateway's CLI takes `--port 0` but logs the
 * port it was given, not the one the kernel chose.
 */
export function listeningPort(pid: number): number | null {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(match[1] as string);
    } catch {
      // the descriptor closed meanwhile
    }
  }
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = readFileSync(table, 'utf8').split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const f = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT, st 0A is LISTEN, inode is the tenth field.
      if (f[3] === '0A' && inodes.has(f[9] as string)) return Number.parseInt(f[1]?.split(':')[1] ?? '', 16);
    }
  }
  return null;
}

/** A running Hive Gateway process. */
export interface PeerProcess {
  pid: number;
  url: string;
  /** From spawn() to its "Listening on" log line, as seen from outside (the gateway's spawnToReadyMs). */
  spawnToReadyMs: number;
  stop(): Promise<void>;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export interface PeerOptions {
  pinning: Pinning;
  core: number | null;
  supergraph: string;
  sandboxes: { xtrakitUrl: string; capillaryUrl: string };
  /** Its stdout and stderr (JSON log lines) go to this file. */
  logFile: string;
  nodeArgs?: string[];
}

/** Starts `hive-gateway supergraph` on 127.0.0.1 and a kernel-chosen port, pinned like the gateway. */
export async function startPeer(options: PeerOptions): Promise<PeerProcess> {
  const { username, password } = CAPILLARY_SANDBOX_CREDENTIALS;
  const args = [
    ...(options.nodeArgs ?? []),
    binOf('@graphql-hive/gateway', 'hive-gateway'),
    'supergraph',
    options.supergraph,
    '--config-path',
    join(here, 'peer', 'gateway.config.js'),
    '--host',
    '127.0.0.1',
    '--port',
    '0',
  ];
  const [command, argv] = pinnedCommand(options.pinning, options.core, process.execPath, args);
  const log = openSync(options.logFile, 'w');
  const spawnedAt = performance.now();
  const child = spawn(command, argv, {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      LOG_JSON: '1',
      XTRAKIT_BASE_URL: options.sandboxes.xtrakitUrl,
      XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY,
      CAPILLARY_BASE_URL: options.sandboxes.capillaryUrl,
      CAPILLARY_BASIC_AUTH: Buffer.from(`${username}:${password}`).toString('base64'),
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const deadline = Date.now() + 30_000;
  while (!readFileSync(options.logFile, 'utf8').includes('Listening on')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      const text = readFileSync(options.logFile, 'utf8');
      throw new Error(`Hive Gateway did not start (exit ${child.exitCode}):\n${text.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const spawnToReadyMs = performance.now() - spawnedAt;
  const port = listeningPort(child.pid as number);
  if (!port) {
    child.kill('SIGKILL');
    throw new Error('Hive Gateway logged "Listening on" but listens on no TCP port');
  }
  return {
    pid: child.pid as number,
    url: `http://127.0.0.1:${port}`,
    spawnToReadyMs,
    stop: () => stopChild(child),
  };
}

/** Starts the peer `starts` times cold (the readiness figure); the last one stays up. */
export async function coldStartPeer(
  options: PeerOptions,
  starts = 3,
): Promise<{ peer: PeerProcess; spawnToReadyMs: number[] }> {
  const spawnToReadyMs: number[] = [];
  let peer: PeerProcess | null = null;
  for (let i = 0; i < starts; i++) {
    if (peer) await peer.stop();
    peer = await startPeer(options);
    spawnToReadyMs.push(peer.spawnToReadyMs);
  }
  if (!peer) throw new Error('coldStartPeer needs at least one start');
  return { peer, spawnToReadyMs };
}
