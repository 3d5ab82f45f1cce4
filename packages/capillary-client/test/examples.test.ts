// The README's example runs as pasted: its block is copied into a fresh `npm init -y` project
// (CommonJS by default) in a temporary directory, saved as example.mjs as the README says, with the
// built package installed from this folder, and run by plain node against a sandbox. The same text is
// examples/update-user-group.mjs.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startCapillarySandbox } from '@loyalty-gateway/sandboxes';
import { afterAll, beforeAll, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const block = /^## Example\n\n```js\n([\s\S]*?)^```$/m.exec(readme)?.[1] ?? '';
let project: string;

beforeAll(async () => {
  if (!existsSync(join(packageDir, 'dist', 'index.js'))) throw new Error('dist/ missing: run pnpm build');
  project = mkdtempSync(join(tmpdir(), 'capillary-readme-'));
  await run('npm', ['init', '-y'], { cwd: project, timeout: 30_000 });
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', packageDir], {
    cwd: project,
    timeout: 60_000,
  });
  writeFileSync(join(project, 'example.mjs'), block);
}, 90_000);
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const runExample = (baseUrl: string) =>
  run(process.execPath, ['example.mjs'], {
    cwd: project,
    env: { PATH: process.env.PATH ?? '', CAPILLARY_BASE_URL: baseUrl },
    timeout: 20_000,
  });

it('the README block is the example file, verbatim', () => {
  expect(block).toContain("from '@loyalty-gateway/capillary-client'");
  expect(block).toBe(readFileSync(new URL('../examples/update-user-group.mjs', import.meta.url), 'utf8'));
});

it('pasted into a fresh npm init -y project, it updates the group: one token, applied with a warning', async () => {
  expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).type ?? 'commonjs').toBe('commonjs');
  const sandbox = await startCapillarySandbox({ port: 0 });
  try {
    const { stdout } = await runExample(sandbox.url);
    expect(stdout).toContain('updated 51334: maxGroupSize 200');
    expect(stdout).toMatch(/^warning 91016: /m);
    expect(sandbox.store.get(51334)).toMatchObject({ maxGroupSize: 200, extendedFields: { platinum: 40 } });
    expect(sandbox.store.tokensIssued).toBe(1);
  } finally {
    await sandbox.close();
  }
}, 40_000);

it('a failure prints the outcome and the safe message, with the vendor code only when there is one', async () => {
  const sandbox = await startCapillarySandbox({ port: 0, maxGroupSizeCap: 100 }); // the example asks for 200
  try {
    const rejected = await runExample(sandbox.url);
    expect(rejected.stdout).toMatch(/^not_applied: invalid_request: .*\(vendor code 1639\)$/m);
  } finally {
    await sandbox.close();
  }
  const refused = await runExample(sandbox.url); // closed: nothing listens there now
  expect(refused.stdout).toMatch(/^not_applied: upstream_unavailable: could not connect/m);
  expect(refused.stdout).not.toContain('vendor code');
}, 60_000);
