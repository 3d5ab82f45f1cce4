// `pnpm contract` as a real process: what it announces and prints, the JSON report, the exit codes,
// the "to fix this" lines, and that no form of any secret (canaries) reaches either output.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assertNoCanary, CANARIES, closedPortUrl } from '@loyalty-gateway/reliability';
import { startXtrakitSandbox } from '@loyalty-gateway/sandboxes';
import { describe, expect, it } from 'vitest';
import type { ContractReport } from '../src/index.js';
import { capillaryEnv, capillarySandbox, xtrakitEnv, xtrakitSandbox } from './helpers.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const dir = mkdtempSync(join(tmpdir(), 'contract-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  report: ContractReport | null;
}

/** Runs the CLI from its sources with exactly `env` (plus PATH), and reads its --json report. */
function cli(vendor: string, env: Record<string, string>, extra: string[] = []): Promise<Run> {
  const json = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const child = spawn(
    process.execPath,
    [
      '--import',
      tsx,
      '--conditions=@loyalty-gateway/source',
      'src/cli.ts',
      '--',
      '--vendor',
      vendor,
      '--json',
      json,
      ...extra,
    ],
    { cwd: packageDir, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return exited.then((code) => {
    let raw = '';
    try {
      raw = readFileSync(json, 'utf8');
    } catch {}
    for (const [text, where] of [
      [stdout, 'stdout'],
      [stderr, 'stderr'],
      [raw, 'the JSON report'],
    ] as const)
      assertNoCanary(text, where);
    return { code, stdout, stderr, report: raw ? (JSON.parse(raw) as ContractReport) : null };
  });
}

describe('pnpm contract (the CLI)', () => {
  it('announces its requests up front, prints the table, writes the JSON report, exits 0', async () => {
    const sandbox = await capillarySandbox();
    try {
      const run = await cli('capillary', capillaryEnv(sandbox.url, 'oauth'));
      expect(run.code).toBe(0);
      const announced = run.stdout.indexOf('at most 7 requests');
      expect(announced).toBeGreaterThan(-1);
      expect(run.stdout.indexOf('probe ')).toBeGreaterThan(announced);
      expect(run.stdout).toMatch(
        /oauth token +POST \/v3\/oauth\/token\/generate +200 +200 application\/json .* ok/,
      );
      expect(run.stdout).toContain('sent 7 of the 7 announced requests');
      expect(run.stdout).toContain('result: no drift (exit 0)');
      expect(run.report).toMatchObject({
        vendor: 'capillary',
        outcome: 'no-drift',
        exitCode: 0,
        sent: 7,
        fix: null,
      });
      expect(sandbox.requests.count()).toBe(7);
    } finally {
      await sandbox.close();
    }
  });

  it('exits 1 on drift with a fix line, and prints no secret a drifted vendor echoes', async () => {
    const sandbox = await xtrakitSandbox([
      {
        drift: { kind: 'extra', field: '/data/group/echo', value: `Bearer ${CANARIES.xtrakitApiKey}` },
        match: { operationId: 'getCustomerGroup', status: 200 },
      },
      {
        drift: { kind: 'body', body: { status: 404, detail: `no group for ${CANARIES.xtrakitApiKey}` } },
        match: { status: 404 },
      },
    ]);
    try {
      const run = await cli('xtrakit', xtrakitEnv(sandbox.url));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/unknown id: drift schema \//);
      expect(run.stdout).toContain('read: notice unknown-field /data/group/echo');
      expect(run.stdout).toContain('[REDACTED]');
      expect(run.stdout).toContain('to fix this, compare each finding');
      expect(run.stdout).toContain('then run `pnpm contract -- --vendor xtrakit`');
      expect(run.report?.probes.find((p) => p.probe === 'unknown id')?.verdict).toBe('drift');
    } finally {
      await sandbox.close();
    }
  });

  it('never prints an access token, even one that arrives under another name', async () => {
    const sandbox = await capillarySandbox([
      {
        drift: { kind: 'rename', field: '/data/accessToken', to: 'token' },
        match: { operationId: 'generateOAuthToken' },
      },
    ]);
    try {
      const run = await cli('capillary', capillaryEnv(sandbox.url, 'oauth'));
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('oauth token: notice unknown-field /data/token');
      expect(run.stdout).toContain('no access token was obtained');
    } finally {
      await sandbox.close();
    }
  });

  it('exits 2 when the vendor is unreachable, and sends nothing more', async () => {
    const run = await cli('xtrakit', xtrakitEnv(await closedPortUrl()));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('could not run');
    expect(run.stdout).toContain('to fix this, check XTRAKIT_BASE_URL');
    expect(run.report?.sent).toBe(1);
  });

  it('exits 2 when the credentials are refused, naming the variable to fix', async () => {
    const sandbox = await startXtrakitSandbox();
    try {
      const run = await cli('xtrakit', xtrakitEnv(sandbox.url));
      expect(run.code).toBe(2);
      expect(run.stdout).toContain('to fix this, set XTRAKIT_API_KEY to a valid key');
      expect(sandbox.requests.count()).toBe(1);
    } finally {
      await sandbox.close();
    }
  });

  it('exits 2 when the group does not exist', async () => {
    const sandbox = await xtrakitSandbox();
    try {
      const run = await cli('xtrakit', { ...xtrakitEnv(sandbox.url), CONTRACT_XTRAKIT_GROUP_ID: '424242' });
      expect(run.code).toBe(2);
      expect(run.stdout).toContain('to fix this, set CONTRACT_XTRAKIT_GROUP_ID');
    } finally {
      await sandbox.close();
    }
  });

  it('exits 2 on a configuration error before any request, naming the variable, not its value', async () => {
    const run = await cli('capillary', {
      CAPILLARY_BASE_URL: 'http://127.0.0.1:9',
      CAPILLARY_USERNAME: 'till',
      CAPILLARY_PASSWORD: CANARIES.capillaryPassword,
      CAPILLARY_OAUTH_KEY: CANARIES.oauthKey,
      CAPILLARY_OAUTH_SECRET: CANARIES.oauthSecret,
      CONTRACT_CAPILLARY_GROUP_ID: '1',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('set Basic or OAuth Capillary credentials, not both');
    expect(run.stderr).toContain('to fix this, set CAPILLARY_USERNAME + CAPILLARY_PASSWORD or');
    expect(run.report).toMatchObject({ outcome: 'could-not-run', exitCode: 2, sent: 0 });
  });
});
