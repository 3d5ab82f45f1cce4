import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseGcTrace, summariseGc } from './gc-trace.js';

/**
 * A real node process under `--trace-gc-nvp`: it allocates ~40 MB of small objects, keeping a quarter
 * of them alive across young-generation GCs (so scavenges must run and promote), logs a JSON line like
 * the gateway's in between, and forces `FORCED` full GCs with gc().
 */
const FORCED = 3;
const SCRIPT = `
const keep = [];
for (let i = 0; i < 1_000_000; i++) {
  const o = { i, s: 'item ' + i };
  if (i % 4 === 0) keep.push(o);
}
console.log(JSON.stringify({ level: 30, msg: 'gateway ready', kept: keep.length }));
for (let i = 0; i < ${FORCED}; i++) gc();
console.log(JSON.stringify({ level: 30, msg: 'done', kept: keep.length }));
`;

function traced(): string {
  return execFileSync(process.execPath, ['--trace-gc-nvp', '--expose-gc', '-e', SCRIPT], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('parseGcTrace over a real --trace-gc-nvp run', () => {
  const text = traced();
  const events = parseGcTrace(text);
  const summary = summariseGc(events);

  it('counts the scavenges the allocation caused, with what they promoted', () => {
    expect(summary.scavenges).toBeGreaterThan(0);
    expect(summary.scavengePauseMs).toBeGreaterThan(0);
    expect(summary.scavengeMaxPauseMs).toBeLessThanOrEqual(summary.scavengePauseMs);
    // A quarter of a million objects stayed alive across scavenges: at least some megabytes promoted.
    expect(summary.promotedBytes).toBeGreaterThan(1_000_000);
  });

  it('counts at least one mark-compact per gc() call', () => {
    expect(summary.markCompacts).toBeGreaterThanOrEqual(FORCED);
    expect(summary.markCompactPauseMs).toBeGreaterThan(0);
    expect(summary.maxPauseMs).toBeGreaterThanOrEqual(summary.markCompactMaxPauseMs);
  });

  it('takes one event per trace line, skips the JSON lines, and keeps the stamps in order', () => {
    const traceLines = text.split('\n').filter((l) => / ms: pause=/.test(l));
    expect(events).toHaveLength(traceLines.length);
    expect(summary.scavenges + summary.markCompacts + summary.others).toBe(events.length);
    expect(text).toContain('"msg":"gateway ready"');
    for (let i = 1; i < events.length; i++)
      expect(events[i]?.atMs).toBeGreaterThanOrEqual(events[i - 1]?.atMs as number);
    // The forced full GCs come after the allocation loop's scavenges.
    const lastScavenge = events.findLastIndex((e) => e.kind === 's');
    const mcs = events.map((e, i) => (e.kind === 'mc' ? i : -1)).filter((i) => i >= 0);
    expect(mcs.filter((i) => i > lastScavenge).length).toBeGreaterThanOrEqual(FORCED - 1);
  });

  it('drops a line cut off before its fields, as a window boundary inside a line would', () => {
    const lines = text.split('\n');
    const first = lines.findIndex((l) => / ms: pause=/.test(l));
    const cut = [...lines.slice(0, first), (lines[first] as string).slice(0, 30), ...lines.slice(first + 1)];
    expect(parseGcTrace(cut.join('\n'))).toHaveLength(events.length - 1);
    // And a window that starts mid-line (a suffix of the text) loses only that line.
    const offset = text.indexOf(' ms: pause=') + 5;
    expect(parseGcTrace(text.slice(offset))).toHaveLength(events.length - 1);
  });
});
