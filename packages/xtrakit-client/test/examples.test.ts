// The README's example is a real file: it typechecks with the package, runs against the sandbox, and
// the README shows it verbatim.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startXtrakitSandbox } from '@loyalty-gateway/sandboxes';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const example = 'examples/update-customer-group.ts';

it('the README shows the example verbatim', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toContain(readFileSync(new URL(`../${example}`, import.meta.url), 'utf8'));
});

it('the example runs against the sandbox and renames the group', async () => {
  const sandbox = await startXtrakitSandbox({ port: 0 });
  try {
    const { stdout } = await run(tsx, ['--conditions=@loyalty-gateway/source', example], {
      cwd: packageDir,
      env: { PATH: process.env.PATH ?? '', XTRAKIT_BASE_URL: sandbox.url },
      timeout: 35_000,
    });
    expect(stdout).toMatch(/^renamed to Gold Customers at \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/m);
    expect(sandbox.store.get(1)?.group_name).toBe('Gold Customers');
    expect(sandbox.requests.all().map((r) => r.body)).toEqual([{ group_name: 'Gold Customers' }]);
  } finally {
    await sandbox.close();
  }
}, 40_000);
