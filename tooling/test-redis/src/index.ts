/**
 * Real `redis-server` processes for tests: each on a free 127.0.0.1 port, owned by the test that
 * started it, so the test can stop, kill and restart it. Never a mock, never a server someone else
 * runs (the machine's own Redis on 6379 is left alone).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRedisOptions {
  /** Keep data across `stop()`/`start()` (append-only file in a temp folder). Default: nothing on disk. */
  persist?: boolean;
  /** Path of the server binary. Default: `REDIS_SERVER_BIN` or `redis-server` on the PATH. */
  binary?: string;
  /** How long to wait for the server to answer PING after a start. Default 10 s. */
  readyTimeoutMs?: number;
}

export interface TestRedis {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  readonly running: boolean;
  /** The running server's process id (for pinning it to a core), or null while it is stopped. */
  readonly pid: number | null;
  /** Starts the server again on the same port (after `stop()` or `kill()`). */
  start(): Promise<void>;
  /** SIGTERM and wait for the process to exit. */
  stop(): Promise<void>;
  /** SIGKILL and wait for the process to exit: a crash, as the clients see it. */
  kill(): Promise<void>;
  /** Stops the server and removes its data folder. */
  close(): Promise<void>;
}

/** Starts a fresh `redis-server` on a free port and resolves once it answers PING. */
export async function startTestRedis(options: TestRedisOptions = {}): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'test-redis-'));
  const binary = options.binary ?? process.env.REDIS_SERVER_BIN ?? 'redis-server';
  const readyTimeoutMs = options.readyTimeoutMs ?? 10_000;
  let child: ChildProcess | undefined;

  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    options.persist ? 'yes' : 'no',
    '--daemonize',
    'no',
    '--loglevel',
    'warning',
  ];

  async function start(): Promise<void> {
    if (child) return;
    const proc = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const exited = new Promise<never>((_, reject) => {
      proc.once('error', reject);
      proc.once('exit', (code) =>
        reject(new Error(`redis-server exited (${code}) before it was ready: ${stderr}`)),
      );
    });
    exited.catch(() => {});
    child = proc;
    proc.once('exit', () => {
      if (child === proc) child = undefined;
    });
    await Promise.race([waitForPing(port, readyTimeoutMs), exited]);
  }

  async function signal(name: NodeJS.Signals): Promise<void> {
    const proc = child;
    if (!proc) return;
    const gone = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill(name);
    await gone;
  }

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    get running() {
      return child !== undefined;
    },
    get pid() {
      return child?.pid ?? null;
    },
    start,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    async close() {
      await signal('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A port nothing listens on right now (bound once on 127.0.0.1:0, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `PING` on 127.0.0.1:port answers `+PONG`; rejects after `timeoutMs`. */
export async function waitForPing(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ping(port)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`redis on 127.0.0.1:${port} did not answer PING within ${timeoutMs} ms`);
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}
