import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GATEWAY_NODE_OPTIONS, productionNodeOptions } from './production-flags.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const startScript = (path: string): string =>
  (JSON.parse(read(path)) as { scripts: Record<string, string> }).scripts.start as string;

/** V8's heap limit (it includes the young generation's reserve) of a node given `args`. */
const HEAP_LIMIT = "require('v8').getHeapStatistics().heap_size_limit";
function heapLimit(args: string[], nodeOptions?: string): number {
  const env = { PATH: process.env.PATH ?? '', ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) };
  return Number(execFileSync(process.execPath, [...args, '-p', HEAP_LIMIT], { env, encoding: 'utf8' }));
}

/** Runs a start script through sh as pnpm does, with its entry replaced by printing the heap limit. */
function heapLimitOfScript(script: string, entry: string, nodeOptions?: string): number {
  expect(script).toContain(entry);
  const command = script.replace(entry, `-p "${HEAP_LIMIT}"`).replace(/\bnode\b/, process.execPath);
  const env = { PATH: process.env.PATH ?? '', ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) };
  return Number(execFileSync('sh', ['-c', command], { env, encoding: 'utf8' }));
}

describe('productionNodeOptions', () => {
  it('gives the production flags unless the command line sets the same flag', () => {
    expect(productionNodeOptions([])).toBe(GATEWAY_NODE_OPTIONS);
    expect(productionNodeOptions(['--cpu-prof', '--require=/x.cjs'])).toBe(GATEWAY_NODE_OPTIONS);
    expect(productionNodeOptions(['--max-semi-space-size=64'])).toBeNull();
  });
});

describe('every production start passes the same flags in NODE_OPTIONS, and the user’s own win', () => {
  const production = heapLimit(GATEWAY_NODE_OPTIONS.split(' '));
  const v8Default = heapLimit([]);
  const users = heapLimit(['--max-semi-space-size=8']);

  it('the flags change what V8 reserves (or this test could not tell a start without them)', () => {
    expect(production).toBeGreaterThan(v8Default);
    expect(users).toBeLessThan(v8Default);
  });

  it.each([
    ['package.json', 'scripts/run.mjs gateway'],
    ['apps/gateway/package.json', 'dist/gateway.mjs'],
  ])('%s start', (path, entry) => {
    const script = startScript(path);
    expect(heapLimitOfScript(script, entry)).toBe(production);
    expect(heapLimitOfScript(script, entry, '--max-semi-space-size=8')).toBe(users);
  });

  it('the production folder’s start (scripts/package.mjs) and the Dockerfile', () => {
    const packaged = /start: '([^']*)'/.exec(read('apps/gateway/scripts/package.mjs'))?.[1] ?? '';
    expect(heapLimitOfScript(packaged, 'gateway.mjs')).toBe(production);
    expect(heapLimitOfScript(packaged, 'gateway.mjs', '--max-semi-space-size=8')).toBe(users);
    const env = read('Dockerfile')
      .split('\n')
      .filter((line) => line.startsWith('ENV '));
    expect(env.join(' ')).toContain(` NODE_OPTIONS=${GATEWAY_NODE_OPTIONS}`);
    expect(read('Dockerfile')).toMatch(/^CMD \["node", "gateway\.mjs"\]$/m);
  });
});
