// Stopping what the README's own commands start: `npx -y pnpm@10 start` and `npx -y pnpm@10 sandbox`,
// each in its own process group as a terminal runs a job. SIGTERM to the npx process (what `kill <pid>`
// does) and SIGINT to the group (what Ctrl+C does) both drain, free the ports, leave no process behind
// and print no pnpm error box. npx itself ends by that signal (a shell shows 143 or 130) or exits 0.
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const started: ChildProcess[] = [];

function launch(script: 'start' | 'sandbox') {
  const child = spawn('npx', ['-y', 'pnpm@10', script], {
    cwd: repoRoot,
    detached: true, // its own process group, as a shell runs a job
    env: { ...process.env, PORT: '0', XTRAKIT_PORT: '0', CAPILLARY_PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = async (pattern: RegExp, ms: number): Promise<RegExpExecArray> => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const match = pattern.exec(stdout);
      if (match) return match;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no ${pattern} within ${ms} ms:\n${stdout}\n${stderr}`);
  };
  return { child, exited, waitFor, output: () => ({ stdout, stderr }) };
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

/** True once no process of the group is left (kill(-pgid, 0) fails). */
async function groupGone(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function send(child: ChildProcess, how: 'SIGTERM to npx' | 'Ctrl+C (SIGINT to the group)') {
  const pid = child.pid as number;
  if (how === 'SIGTERM to npx') process.kill(pid, 'SIGTERM');
  else process.kill(-pid, 'SIGINT');
}

const expectCleanStop = async (
  run: ReturnType<typeof launch>,
  signal: 'SIGTERM' | 'SIGINT',
  ports: number[],
) => {
  // npm re-raises the signal on itself once its child is done (a shell shows 143 or 130), or exits 0.
  const exit = await run.exited;
  expect(exit.code === 0 || exit.signal === signal, JSON.stringify(exit)).toBe(true);
  expect(await groupGone(run.child.pid as number, 15_000)).toBe(true);
  for (const port of ports) expect(await refused(port)).toBe(true);
  const { stdout, stderr } = run.output();
  expect(stdout + stderr).not.toMatch(/ERR_PNPM|ELIFECYCLE|Command failed/);
  return { stdout, stderr };
};

afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

describe.each(['SIGTERM to npx', 'Ctrl+C (SIGINT to the group)'] as const)('%s', (how) => {
  const signal = how === 'SIGTERM to npx' ? 'SIGTERM' : 'SIGINT';

  it('stops `npx -y pnpm@10 start`: the gateway drains and frees its port', async () => {
    const run = launch('start');
    const [, url] = await run.waitFor(/GraphQL:\s+(http:\/\/127\.0\.0\.1:\d+)\/graphql/, 240_000);
    await run.waitFor(/"gateway ready"/, 10_000);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    send(run.child, how);
    const { stdout } = await expectCleanStop(run, signal, [Number(new URL(url as string).port)]);
    expect(stdout).toContain(`"signal":"${signal}","msg":"draining"`);
    expect(stdout).toMatch(/"msg":"stopped"/);
  }, 300_000);

  it('stops `npx -y pnpm@10 sandbox`: both sandboxes free their ports', async () => {
    const run = launch('sandbox');
    const [, xtrakit] = await run.waitFor(/Xtrakit sandbox\s+(http:\/\/127\.0\.0\.1:\d+)/, 240_000);
    const [, capillary] = await run.waitFor(/Capillary sandbox\s+(http:\/\/127\.0\.0\.1:\d+)/, 10_000);
    expect((await fetch(`${xtrakit}/__sandbox/requests`)).status).toBe(200);
    send(run.child, how);
    const ports = [xtrakit, capillary].map((u) => Number(new URL(u as string).port));
    await expectCleanStop(run, signal, ports);
  }, 300_000);
});
