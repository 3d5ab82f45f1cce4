// The README and the nightly workflow example stay true to the code: every variable the config
// module reads is documented and passed by the workflow, the probe names are the ones that run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContractConfig, probesFor } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const workflow = readFileSync(new URL('../examples/nightly-contract.yml', import.meta.url), 'utf8');
const configSource = readFileSync(new URL('../src/config.ts', import.meta.url), 'utf8');
const variables = [
  ...new Set([...configSource.matchAll(/\(env, '([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] as string)),
].filter((name) => name !== 'INIT_CWD');

describe('README and the nightly workflow example', () => {
  it('finds the variables the config module reads', () => {
    expect(variables.length).toBeGreaterThan(12);
  });

  it.each(variables)('documents %s', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });

  it.each(
    variables.filter((v) => !/CREDENTIALS|TIMEOUT|BASE_URL$|EXTERNAL_ID/.test(v) || v === 'XTRAKIT_BASE_URL'),
  )('the workflow passes %s', (name) => {
    expect(workflow).toContain(`${name}: \${{`);
  });

  it('runs pnpm contract per vendor and acts on each exit code', () => {
    expect(workflow).toContain(
      `npx -y pnpm@10 contract -- --vendor $\{{ matrix.vendor }} --json contract.json`,
    );
    expect(workflow).toContain("steps.contract.outputs.code == '1'");
    expect(workflow).toContain("steps.contract.outputs.code != '0'");
  });

  it('documents every probe that runs', () => {
    const oauth = loadContractConfig('capillary', {
      CAPILLARY_OAUTH_KEY: 'k-1234',
      CAPILLARY_OAUTH_SECRET: 's-1234',
      CONTRACT_CAPILLARY_GROUP_ID: '1',
    });
    const xtrakit = loadContractConfig('xtrakit', {
      XTRAKIT_API_KEY: 'k-1234',
      CONTRACT_XTRAKIT_GROUP_ID: '1',
    });
    for (const probe of [...probesFor(oauth), ...probesFor(xtrakit)])
      expect(readme).toContain(`| \`${probe.name}\``);
    expect(probesFor(xtrakit)).toHaveLength(6);
    expect(probesFor(oauth)).toHaveLength(7);
  });
});
