import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/** A package's built entry (its `default` export: dist/index.js), as the gateway loads it in production. */
function builtEntry(name: string): string {
  // Under vitest the resolver prefers the `@loyalty-gateway/source` condition (src/index.ts); find the package root.
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    exports: { '.': { default: string } };
  };
  return join(dir, manifest.exports['.'].default);
}

const built = {
  xtrakit: builtEntry('@loyalty-gateway/xtrakit-client'),
  capillary: builtEntry('@loyalty-gateway/capillary-client'),
  specValidator: builtEntry('@loyalty-gateway/spec-validator'),
};

/**
 * The CommonJS files a fresh Node process has loaded after running `script` (an ES module). Node
 * keeps every CommonJS module it loads, imported from ESM or required, in require.cache; yaml's and
 * Ajv's Node builds are CommonJS.
 */
function loadedAfter(script: string): string[] {
  const probe = `${script}
const { createRequire } = await import('node:module');
console.log(JSON.stringify(Object.keys(createRequire(process.cwd() + '/').cache)));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return (JSON.parse(out.trim().split('\n').at(-1) ?? '[]') as string[]).map((f) => f.replaceAll('\\', '/'));
}

const YAML = /\/node_modules\/yaml\//;
const AJV_COMPILER = /\/node_modules\/ajv\/dist\/(ajv|2020|core|compile\/|vocabularies\/)/;
const AJV_RUNTIME_HELPER = /\/node_modules\/ajv\/dist\/runtime\/ucs2length\.js$/;

describe('creating a client and validating loads neither yaml nor the Ajv compiler', () => {
  it.each([
    [
      'xtrakit',
      built.xtrakit,
      `m.createXtrakitClient({ apiKey: 'k' }); m.xtrakitSpecValidator.validateRequestBody('addCustomerGroup', { name: 'x'.repeat(300) });`,
    ],
    [
      'capillary',
      built.capillary,
      `m.createCapillaryClient({ auth: { type: 'basic', username: 'u', password: 'p' } }); m.capillarySpecValidator.validateRequestBody('updateUserGroup', { id: 1, name: 'x'.repeat(300) });`,
    ],
  ])('%s client (dist)', (_vendor, entry, use) => {
    const loaded = loadedAfter(
      `const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); ${use}`,
    );
    expect(loaded.filter((f) => YAML.test(f) || AJV_COMPILER.test(f))).toEqual([]);
    // The probe does see CommonJS files loaded through ESM imports: the generated code's helper is there.
    expect(loaded.some((f) => AJV_RUNTIME_HELPER.test(f))).toBe(true);
  });

  it('the probe sees yaml and the Ajv compiler when the dynamic validator is used (control)', () => {
    const loaded = loadedAfter(
      `const m = await import(${JSON.stringify(pathToFileURL(built.specValidator).href)}); m.createSpecValidator('xtrakit').validateRequestBody('addCustomerGroup', {});`,
    );
    expect(loaded.some((f) => YAML.test(f))).toBe(true);
    expect(loaded.some((f) => AJV_COMPILER.test(f))).toBe(true);
  });
});
