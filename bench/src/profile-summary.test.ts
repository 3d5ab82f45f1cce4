import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProfileSummary, packageOf, summariseProfile } from './profile-summary.js';

describe('packageOf', () => {
  it.each([
    { url: 'file:///x/node_modules/.pnpm/undici@7/node_modules/undici/lib/a.js', pkg: 'undici' },
    { url: 'file:///x/node_modules/@whatwg-node/server/esm/utils.js', pkg: '@whatwg-node/server' },
    { url: 'file:///work/main/apps/gateway/dist/server.js', pkg: 'workspace: apps/gateway' },
    { url: 'node:internal/streams/pipeline', pkg: 'node:streams' },
    { url: 'node:events', pkg: 'node:events' },
  ])('$url belongs to $pkg', ({ url, pkg }) => {
    expect(packageOf(url, 'f')).toBe(pkg);
  });

  it('names V8 pseudo-frames and native code', () => {
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
    expect(packageOf('', 'writev')).toBe('(native)');
  });
});

describe('summariseProfile', () => {
  it('adds self time per function and package, charges node frames to their caller, and skips idle', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 4] },
        { id: 2, callFrame: frame('handler', 'file:///w/apps/gateway/dist/server.js'), children: [3] },
        { id: 3, callFrame: frame('emit', 'node:events'), children: [] },
        { id: 4, callFrame: frame('(idle)', ''), children: [] },
      ],
      // Each sample lasts until the next: 3 -> 30 µs, 2 -> 10 µs, 4 -> 50 µs (idle), 3 -> 0 (last).
      samples: [3, 2, 4, 3],
      timeDeltas: [0, 30, 10, 50],
    };
    const dir = mkdtempSync(join(tmpdir(), 'profile-'));
    const file = join(dir, 'x.cpuprofile');
    writeFileSync(file, JSON.stringify(profile));
    const summary = summariseProfile(file);
    expect(summary.totalMicros).toBe(90);
    expect(summary.idleMicros).toBe(50);
    expect(summary.selfByPackage.map((e) => [e.name, e.micros])).toEqual([
      ['node:events', 30],
      ['workspace: apps/gateway', 10],
    ]);
    expect(summary.attributedByPackage).toEqual([{ name: 'workspace: apps/gateway', micros: 40, share: 1 }]);
    expect(summary.inclusiveByFunction[0]).toMatchObject({ micros: 40, share: 1 });
    expect(formatProfileSummary(summary)).toContain('busy 0 ms of 0 ms');
  });
});
