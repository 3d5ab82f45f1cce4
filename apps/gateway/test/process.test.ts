// The gateway as `pnpm start` runs it: a real process on its embedded default, stopped by SIGTERM
// with a mutation in flight (it finishes, exit 0); a bad configuration exits 78 without the secret.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const gatewayDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const children: ChildProcess[] = [];

function startMain(env: Record<string, string>) {
  const child = spawn(tsx, ['--conditions=@loyalty-gateway/source', 'src/main.ts'], {
    cwd: gatewayDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const output = () => ({ stdout, stderr });
  const ready = async (): Promise<string> => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const line = stdout.split('\n').find((l) => l.includes('"gateway ready"'));
      if (line) return (JSON.parse(line) as { url: string }).url;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`gateway did not start:\n${stdout}\n${stderr}`);
  };
  return { child, exited, output, ready };
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('the gateway process', () => {
  it('starts on the embedded sandboxes with no configuration and drains on SIGTERM (exit 0)', async () => {
    const gateway = startMain({ PORT: '0' });
    const url = await gateway.ready();
    const banner = gateway.output().stdout;
    const xtrakitSandbox = /Xtrakit sandbox:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
    expect(xtrakitSandbox).toBeDefined();

    // Slow the vendor down so the mutation is still in flight when SIGTERM arrives.
    const fault = await fetch(`${xtrakitSandbox}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fault: { kind: 'latency', ms: 500 }, times: 1 }),
    });
    expect(fault.ok).toBe(true);
    const mutation = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { updateCustomerGroup(input: {id: "1", name: "drained"}) { outcome customerGroup { name } } }',
      }),
    }).then(
      (r) =>
        r.json() as Promise<{
          data: { updateCustomerGroup: { outcome: string; customerGroup: { name: string } } };
        }>,
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    gateway.child.kill('SIGTERM');
    const result = await mutation;
    expect(result.data.updateCustomerGroup).toEqual({
      outcome: 'APPLIED',
      customerGroup: { name: 'drained' },
    });
    expect(await gateway.exited).toBe(0);
    expect(gateway.output().stdout).toContain('"msg":"stopped"');
  });

  it('exits 78 on a bad configuration, naming the variable and not printing the value', async () => {
    const secret = 'canary-secret-value-0123456789';
    const gateway = startMain({
      XTRAKIT_BASE_URL: `https://user:${secret}@api.xtrakit.com`,
      XTRAKIT_API_KEY: secret,
    });
    expect(await gateway.exited).toBe(78);
    const { stdout, stderr } = gateway.output();
    expect(stderr).toContain('XTRAKIT_BASE_URL');
    expect(stdout + stderr).not.toContain(secret);
  });
});
