// The README's example runs as pasted: its block is copied into a fresh `npm init -y` project
// (CommonJS by default) in a temporary directory, saved as example.mjs as the README says, with the
// built package installed from this folder, and run by plain node against a sandbox. The same text is
// examples/update-customer-group.mjs.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startXtrakitSandbox } from '@loyalty-gateway/sandboxes';
import { afterAll, beforeAll, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const block = /^## Example\n\n```js\n([\s\S]*?)^```$/m.exec(readme)?.[1] ?? '';
let project: string;

beforeAll(async () => {
  if (!existsSync(join(packageDir, 'dist', 'index.js'))) throw new Error('dist/ missing: run pnpm build');
  project = mkdtempSync(join(tmpdir(), 'xtrakit-readme-'));
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

it('the README block is the example file, verbatim', () => {
  expect(block).toContain("from '@loyalty-gateway/xtrakit-client'");
  expect(block).toBe(readFileSync(new URL('../examples/update-customer-group.mjs', import.meta.url), 'utf8'));
});

it('pasted into a fresh npm init -y project, it renames the group on the sandbox', async () => {
  expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).type ?? 'commonjs').toBe('commonjs');
  const sandbox = await startXtrakitSandbox({ port: 0 });
  try {
    const { stdout } = await run(process.execPath, ['example.mjs'], {
      cwd: project,
      env: { PATH: process.env.PATH ?? '', XTRAKIT_BASE_URL: sandbox.url },
      timeout: 20_000,
    });
    expect(stdout).toMatch(/^renamed to Gold Customers at \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/m);
    expect(sandbox.store.get(1)?.group_name).toBe('Gold Customers');
    expect(sandbox.requests.all().map((r) => r.body)).toEqual([{ group_name: 'Gold Customers' }]);
  } finally {
    await sandbox.close();
  }
});
