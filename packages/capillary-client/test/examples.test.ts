// The README's example is a real file: it typechecks with the package, runs against the sandbox, and
// the README shows it verbatim.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startCapillarySandbox } from '@loyalty-gateway/sandboxes';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const example = 'examples/update-user-group.ts';

it('the README shows the example verbatim', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toContain(readFileSync(new URL(`../${example}`, import.meta.url), 'utf8'));
});

it('the example runs against the sandbox: one token, applied with a warning', async () => {
  const sandbox = await startCapillarySandbox({ port: 0 });
  try {
    const { stdout } = await run(tsx, ['--conditions=@loyalty-gateway/source', example], {
      cwd: packageDir,
      env: { PATH: process.env.PATH ?? '', CAPILLARY_BASE_URL: sandbox.url },
      timeout: 35_000,
    });
    expect(stdout).toContain('updated 51334: maxGroupSize 200');
    expect(stdout).toMatch(/^warning 91016: /m);
    expect(sandbox.store.get(51334)).toMatchObject({ maxGroupSize: 200, extendedFields: { platinum: 40 } });
    expect(sandbox.store.tokensIssued).toBe(1);
  } finally {
    await sandbox.close();
  }
  // A child process transpiling with tsx: on a loaded 2-core machine (and beside this project's
  // type-level tests, which run tsc) its start alone has taken more than the default 15 s.
}, 40_000);
