// The deployable artifact: `pnpm run package` (scripts/package.mjs) builds the production folder; a
// copy of that folder alone, in an empty directory with no node_modules anywhere above it, starts with
// production settings against configured vendors (sandboxes started here) and serves both mutations;
// the Dockerfile's HEALTHCHECK command passes against it, SIGTERM drains it (exit 0); and the
// Dockerfile copies exactly that folder into a Node 20 slim stage run by a non-root user, node as PID 1.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  CAPILLARY_SANDBOX_CREDENTIALS,
  startCapillarySandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
} from '@loyalty-gateway/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { DEPLOY_DIR, packageGateway } from '../scripts/package.mjs';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const built = fileURLToPath(new URL('../test-output/deploy/', import.meta.url));
let copy: string;

beforeAll(async () => {
  await (packageGateway as (outdir: string) => Promise<string[]>)(built);
  // /tmp has no node_modules above it: nothing can be resolved from the workspace.
  copy = mkdtempSync(join(tmpdir(), 'gateway-deploy-'));
  cpSync(built, copy, { recursive: true });
}, 120_000);
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** The Dockerfile as instructions: continuation lines joined, comments dropped, split into stages. */
function dockerStages() {
  const text = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
  const stages: Array<{ from: string; name: string | null; lines: string[] }> = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?$/i.exec(line);
    if (from) stages.push({ from: from[1] as string, name: from[2] ?? null, lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

const healthcheckCommand = (): string[] => {
  const final = dockerStages().at(-1);
  const line = final?.lines.find((l) => l.startsWith('HEALTHCHECK')) ?? '';
  return JSON.parse(line.slice(line.indexOf('CMD') + 3).trim()) as string[];
};

it('the production folder is the bundle and a package.json with no dependencies, nothing else', () => {
  expect(readdirSync(built).sort()).toEqual([
    'gateway.mjs',
    'gateway.mjs.LEGAL.txt',
    'gateway.mjs.map',
    'package.json',
  ]);
  const manifest = JSON.parse(readFileSync(join(built, 'package.json'), 'utf8'));
  expect(manifest).toMatchObject({
    type: 'module',
    dependencies: {},
    scripts: { start: 'node gateway.mjs' },
  });
});

describe('a copy of the folder alone, with production settings', () => {
  let child: ChildProcess;
  let stdout = '';
  let stderr = '';
  let exited: Promise<number | null>;

  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
  });

  it('starts, serves both mutations, passes the HEALTHCHECK and drains on SIGTERM', async () => {
    const xtrakit = await startXtrakitSandbox({ port: 0 });
    const capillary = await startCapillarySandbox({ port: 0 });
    const apiKey = 'deploy-test-gateway-key-0123456789abcdef';
    try {
      child = spawn(process.execPath, ['gateway.mjs'], {
        cwd: copy,
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: '0',
          GATEWAY_API_KEYS: apiKey,
          XTRAKIT_BASE_URL: xtrakit.url,
          XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY,
          CAPILLARY_BASE_URL: capillary.url,
          CAPILLARY_USERNAME: CAPILLARY_SANDBOX_CREDENTIALS.username,
          CAPILLARY_PASSWORD: CAPILLARY_SANDBOX_CREDENTIALS.password,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
      const deadline = Date.now() + 20_000;
      let ready: { url: string; docs: string | null } | undefined;
      while (!ready && Date.now() < deadline && child.exitCode === null) {
        const line = stdout.split('\n').find((l) => l.includes('"gateway ready"'));
        if (line) ready = JSON.parse(line);
        else await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (!ready) throw new Error(`the copied folder did not start:\n${stdout}\n${stderr}`);
      expect(ready.docs).toBeNull(); // no docs site inside the folder

      const res = await fetch(`${ready.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({
          query:
            'mutation { updateCustomerGroup(input: {id: "1", name: "Deployed"}) { outcome customerGroup { name } } ' +
            'updateUserGroup(input: {group: {id: "51334"}, name: "deployed"}) { outcome userGroup { name } } }',
        }),
      });
      expect(await res.json()).toEqual({
        data: {
          updateCustomerGroup: { outcome: 'APPLIED', customerGroup: { name: 'Deployed' } },
          updateUserGroup: { outcome: 'APPLIED', userGroup: { name: 'deployed' } },
        },
      });
      expect(xtrakit.store.get(1)?.group_name).toBe('Deployed');
      expect(capillary.store.get(51334)?.groupName).toBe('deployed');

      // The image's HEALTHCHECK, run as Docker would (PORT is the container's; here the free one).
      const [command, ...args] = healthcheckCommand();
      expect(command).toBe('node');
      const port = new URL(ready.url).port;
      await expect(
        run(process.execPath, args, { env: { PORT: port }, timeout: 10_000 }),
      ).resolves.toBeDefined();

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stdout).toContain('"msg":"stopped"');
      await expect(run(process.execPath, args, { env: { PORT: port }, timeout: 10_000 })).rejects.toThrow();
    } finally {
      await xtrakit.close();
      await capillary.close();
    }
  }, 60_000);
});

describe('the Dockerfile', () => {
  const stages = dockerStages();
  const final = stages.at(-1);
  const lines = final?.lines ?? [];

  it('is multi-stage on Node 20 slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toMatch(/^node:20(\.[\d.]+)?-(\w+-)?slim$/);
  });

  it('builds the production folder with the package script and copies exactly that folder, nothing else', () => {
    const build = stages.find((s) => s.lines.some((l) => /pnpm@10 run package\b/.test(l)));
    expect(build?.name).toBeTruthy();
    const copies = lines.filter((l) => /^(COPY|ADD)\s/i.test(l));
    expect(copies).toHaveLength(1);
    const parts = (copies[0] as string).split(/\s+/).filter((p) => !p.startsWith('--chown'));
    expect(parts).toEqual(['COPY', `--from=${build?.name}`, `/repo/${DEPLOY_DIR}/`, '/app/']);
    const workdir = (stages.find((s) => s === build)?.lines ?? []).find((l) => l.startsWith('WORKDIR'));
    expect(workdir).toBe('WORKDIR /repo');
    expect(lines).toContain('WORKDIR /app');
  });

  it('runs node as PID 1 on the bundle, in exec form, as a non-root user, with production settings', () => {
    const cmd = lines.find((l) => l.startsWith('CMD'));
    expect(JSON.parse((cmd as string).slice(3))).toEqual(['node', 'gateway.mjs']);
    expect(lines.some((l) => l.startsWith('ENTRYPOINT'))).toBe(false);
    const user = lines.filter((l) => l.startsWith('USER')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER\s+(root|0)(:|$)/);
    expect(lines.indexOf(user as string)).toBeLessThan(lines.indexOf(cmd as string));
    expect(lines.find((l) => l.startsWith('ENV'))).toMatch(/NODE_ENV=production/);
  });

  it('checks health on /healthz', () => {
    expect(healthcheckCommand().join(' ')).toContain('/healthz');
  });
});
