// The gateway as a real child process (`node src/main.ts` through tsx, from the TypeScript sources),
// for what only a process shows: start-up refusals, stdout/stderr, signals and exit codes.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const gatewayDir = fileURLToPath(new URL('../../../apps/gateway/', import.meta.url));
// tsx is a root devDependency; resolved from here so it works from any working directory.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** A running (or exited) gateway process. */
export interface GatewayProcess {
  child: ChildProcess;
  /** Resolves to the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
  /** Resolves to the gateway URL from its "gateway ready" log line. */
  ready(timeoutMs?: number): Promise<string>;
  /** SIGKILL if still running. */
  kill(): void;
}

/**
 * Spawns `apps/gateway/src/main.ts` with exactly `env` (plus PATH and HOME), through tsx and the
 * `@loyalty-gateway/source` condition, so it runs the current sources without a build.
 */
export function spawnGateway(env: Record<string, string>): GatewayProcess {
  const main = `${gatewayDir}src/main.ts`;
  if (!existsSync(main)) throw new Error(`no gateway entry point at ${main}`);
  const child = spawn(
    process.execPath,
    ['--import', tsxLoader, '--conditions=@loyalty-gateway/source', main],
    {
      cwd: gatewayDir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    async ready(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const line = stdout.split('\n').find((l) => l.includes('"gateway ready"'));
        if (line) return (JSON.parse(line) as { url: string }).url;
        if (child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`the gateway did not start (exit ${child.exitCode}):\n${stdout}\n${stderr}`);
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Waits for `exited` at most `timeoutMs`; kills the process and throws when it takes longer. */
export async function exitCode(gateway: GatewayProcess, timeoutMs = 20_000): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      gateway.kill();
      reject(
        new Error(
          `the gateway did not exit within ${timeoutMs} ms:\n${gateway.stdout()}\n${gateway.stderr()}`,
        ),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([gateway.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
