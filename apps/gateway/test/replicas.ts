// N gateway processes as `pnpm start` runs them (the one-file bundle, built once per test file into
// its own folder), on given vendors and one Redis: the multi-replica deployment the README describes.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain ES module script without type declarations
import { bundleGateway } from '../scripts/bundle.mjs';

const gatewayDir = fileURLToPath(new URL('..', import.meta.url));

/** Builds the bundle into test-output/<name>/gateway.mjs (one folder per test file: files run in parallel). */
export async function buildBundle(name: string): Promise<string> {
  const outfile = fileURLToPath(new URL(`../test-output/${name}/gateway.mjs`, import.meta.url));
  await (bundleGateway as (outfile: string) => Promise<string>)(outfile);
  return outfile;
}

export interface Replica {
  url: string;
  child: ChildProcess;
  output(): string;
  /** `POST /graphql` with a deadline, so a hung request fails the test instead of the test hanging. */
  gql(query: string, headers?: Record<string, string>, timeoutMs?: number): Promise<GqlAnswer>;
  readyz(): Promise<{ status: string; rateLimits: string }>;
}

export interface GqlAnswer {
  status: number;
  retryAfter: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response JSON
  body: any;
  ms: number;
}

/** Starts one gateway process with `env` (plus PATH/HOME) and resolves once it logged "gateway ready". */
export async function startReplica(bundle: string, env: Record<string, string>): Promise<Replica> {
  const child = spawn(process.execPath, [bundle], {
    cwd: gatewayDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const deadline = Date.now() + 20_000;
  let url: string | null = null;
  while (!url && Date.now() < deadline && child.exitCode === null) {
    const line = out.split('\n').find((l) => l.includes('"gateway ready"'));
    if (line) url = (JSON.parse(line) as { url: string }).url;
    else await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!url) {
    child.kill('SIGKILL');
    throw new Error(`gateway did not start:\n${out}`);
  }
  const base = url;
  return {
    url: base,
    child,
    output: () => out,
    async gql(query, headers = {}, timeoutMs = 10_000) {
      const started = performance.now();
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      return {
        status: res.status,
        retryAfter: res.headers.get('retry-after'),
        body: JSON.parse(text),
        ms: performance.now() - started,
      };
    },
    async readyz() {
      const res = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5_000) });
      return (await res.json()) as { status: string; rateLimits: string };
    },
  };
}

/** SIGTERM, then SIGKILL after 5 s. */
export async function stopReplica(replica: Replica): Promise<void> {
  const { child } = replica;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Polls `check` every 100 ms until it holds or `timeoutMs` passed; returns whether it held. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** The most events in any window of `windowMs` (times in ms, any order). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}
