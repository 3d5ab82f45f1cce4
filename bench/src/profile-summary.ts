// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by package, and
// inclusive time by function, so "where does the time go" fits on one screen.
// Usage: node dist/profile-summary.js <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Time in microseconds and share of the busy (non-idle) time. */
export interface Entry {
  name: string;
  micros: number;
  share: number;
}

export interface ProfileSummary {
  totalMicros: number;
  idleMicros: number;
  selfByFunction: Entry[];
  selfByPackage: Entry[];
  /** Self time of node built-ins and native frames charged to the nearest package that called them. */
  attributedByPackage: Entry[];
  inclusiveByFunction: Entry[];
  /** For the top self-time functions: their most frequent callers (outside node itself). */
  callers: Record<string, Entry[]>;
}

const WORKSPACE = /\/(apps|packages|specs|bench|tests)\/([^/]+)\//;

/** The package a script URL belongs to: an npm package, a workspace package, node itself, or V8. */
export function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return `node:${url.replace(/^node:(internal\/)?/, '').split('/')[0]}`;
  const parts = url.split('/node_modules/');
  if (parts.length > 1) {
    const rest = (parts[parts.length - 1] as string).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] as string);
  }
  const workspace = WORKSPACE.exec(url);
  return workspace ? `workspace: ${workspace[1]}/${workspace[2]}` : url;
}

function shortUrl(url: string): string {
  const parts = url.split('/node_modules/');
  const tail =
    parts.length > 1 ? (parts[parts.length - 1] as string) : url.replace(/^.*\/(apps|packages)\//, '$1/');
  return tail.replace(/^file:\/\//, '');
}

export function summariseProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return url
      ? `${functionName || '(anonymous)'}  ${shortUrl(url)}:${lineNumber + 1}`
      : functionName || '(anonymous)';
  };

  const self = new Map<string, number>();
  const packages = new Map<string, number>();
  const attributed = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const callerSamples = new Map<string, Map<string, number>>();
  const isNodeOrNative = (pkg: string) => pkg.startsWith('node:') || pkg === '(native)';
  let total = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample lasts until the next one.
    const micros = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(profile.samples[i] as number);
    if (!node) continue;
    total += micros;
    if (node.callFrame.functionName === '(idle)') {
      idle += micros;
      continue;
    }
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + micros);
    const pkg = packageOf(node.callFrame.url, node.callFrame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
    const seen = new Set<string>();
    let charged: string | null = isNodeOrNative(pkg) ? null : pkg;
    let caller: string | null = null;
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id) as ProfileNode;
      if (frame.callFrame.functionName === '(root)') break;
      const framePkg = packageOf(frame.callFrame.url, frame.callFrame.functionName);
      if (id !== node.id && caller === null && !isNodeOrNative(framePkg)) caller = keyOf(frame);
      charged ??= isNodeOrNative(framePkg) ? null : framePkg;
      const k = keyOf(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + micros);
    }
    const chargedTo = charged ?? pkg;
    attributed.set(chargedTo, (attributed.get(chargedTo) ?? 0) + micros);
    const callers = callerSamples.get(key) ?? new Map<string, number>();
    callerSamples.set(key, callers);
    const callerKey = caller ?? '(no caller outside node)';
    callers.set(callerKey, (callers.get(callerKey) ?? 0) + micros);
  }
  const busy = total - idle || 1;
  const entries = (map: Map<string, number>): Entry[] =>
    [...map.entries()]
      .map(([name, micros]) => ({ name, micros, share: micros / busy }))
      .sort((a, b) => b.micros - a.micros);
  const selfByFunction = entries(self);
  const callers: Record<string, Entry[]> = {};
  for (const { name } of selfByFunction.slice(0, 15))
    callers[name] = entries(callerSamples.get(name) ?? new Map()).slice(0, 4);
  return {
    totalMicros: total,
    idleMicros: idle,
    selfByFunction,
    selfByPackage: entries(packages),
    attributedByPackage: entries(attributed),
    inclusiveByFunction: entries(inclusive),
    callers,
  };
}

export function formatProfileSummary(summary: ProfileSummary, top = 25): string {
  const line = (e: Entry) =>
    `${(e.share * 100).toFixed(1).padStart(5)}%  ${(e.micros / 1000).toFixed(0).padStart(6)} ms  ${e.name}`;
  const busyMs = (summary.totalMicros - summary.idleMicros) / 1000;
  return [
    `busy ${busyMs.toFixed(0)} ms of ${(summary.totalMicros / 1000).toFixed(0)} ms sampled (idle excluded from the shares)`,
    '',
    'self time by package:',
    ...summary.selfByPackage.slice(0, 15).map(line),
    '',
    'self time by package, node built-ins and native code charged to the package that called them:',
    ...summary.attributedByPackage.slice(0, 15).map(line),
    '',
    `self time by function (top ${top}):`,
    ...summary.selfByFunction.slice(0, top).map(line),
    '',
    'callers of the top self-time functions (nearest frame outside node), share of all busy time:',
    ...Object.entries(summary.callers).flatMap(([name, list]) => [
      `  ${name}`,
      ...list.map((e) => `    ${line(e)}`),
    ]),
    '',
    `inclusive time by function (top ${top}):`,
    ...summary.inclusiveByFunction.slice(0, top).map(line),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node dist/profile-summary.js <file.cpuprofile> [top]');
    process.exit(64);
  }
  console.log(formatProfileSummary(summariseProfile(file), Number(top) || 25));
}
