import { describe, expect, it } from 'vitest';
import {
  comparePeer,
  formatFloorVersusPeer,
  formatPairedRatios,
  formatPeerComparison,
  PEER_TARGETS,
  type PeerFigures,
} from './peer-report.js';

// The issue's own table: this gateway against Hive Gateway + Mesh in one run.
const gateway: PeerFigures = { rps: 1902, cpuUsPerRequest: 526, p99Ms: 40, peakRssMb: 140, readyMs: 110 };
const peer: PeerFigures = { rps: 916, cpuUsPerRequest: 1088, p99Ms: 114, peakRssMb: 561, readyMs: 1500 };

describe('comparePeer', () => {
  const rows = comparePeer(gateway, peer);
  const row = (figure: keyof PeerFigures) => rows.find((r) => r.figure === figure);

  it('has one row per target of issue #17, in order', () => {
    expect(rows.map((r) => r.figure)).toEqual(['rps', 'cpuUsPerRequest', 'p99Ms', 'peakRssMb', 'readyMs']);
    expect(PEER_TARGETS.map((t) => [t.bound, t.times])).toEqual([
      ['min', 5],
      ['max', 0.2],
      ['max', 0.15],
      ['max', 0.3],
      ['max', 0.2],
    ]);
  });

  it.each([
    { figure: 'rps', ratio: 1902 / 916, met: false },
    { figure: 'cpuUsPerRequest', ratio: 526 / 1088, met: false },
    { figure: 'p99Ms', ratio: 40 / 114, met: false },
    { figure: 'peakRssMb', ratio: 140 / 561, met: true },
    { figure: 'readyMs', ratio: 110 / 1500, met: true },
  ] as const)('$figure: ratio gateway/peer and verdict', ({ figure, ratio, met }) => {
    expect(row(figure)?.ratio).toBeCloseTo(ratio, 10);
    expect(row(figure)?.met).toBe(met);
  });

  it.each([
    { name: 'a "at least" target holds on its bound', figures: { rps: 5000 }, figure: 'rps', met: true },
    { name: 'a "at least" target fails just below it', figures: { rps: 4999 }, figure: 'rps', met: false },
    { name: 'a "at most" target holds on its bound', figures: { p99Ms: 15 }, figure: 'p99Ms', met: true },
    { name: 'a "at most" target fails just above it', figures: { p99Ms: 15.1 }, figure: 'p99Ms', met: false },
  ] as const)('$name', ({ figures, figure, met }) => {
    const base = { rps: 1000, cpuUsPerRequest: 1, p99Ms: 100, peakRssMb: 1, readyMs: 1 };
    const mine = { ...base, ...figures };
    expect(comparePeer(mine, base).find((r) => r.figure === figure)?.met).toBe(met);
  });

  it('says unknown, not met, when a figure is missing or the peer measured zero', () => {
    const missing = comparePeer({ ...gateway, peakRssMb: Number.NaN }, { ...peer, readyMs: 0 });
    expect(missing.find((r) => r.figure === 'peakRssMb')?.met).toBeNull();
    expect(missing.find((r) => r.figure === 'readyMs')?.met).toBeNull();
    expect(missing.find((r) => r.figure === 'rps')?.met).toBe(false);
  });
});

describe('formatPeerComparison', () => {
  it('prints both figures, the ratio, the target and the verdict', () => {
    const lines = formatPeerComparison(comparePeer(gateway, peer));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      /^ {2}NOT {2}requests\/s at 50 connections +1,902 \/ 916 req\/s {2}= +2\.08× {2}\(target ≥ 5×\)$/,
    );
    expect(lines[3]).toMatch(/^ {2}met {2}peak RSS .* 140 \/ 561 MB {2}= +0\.25× {2}\(target ≤ 0\.3×\)$/);
  });

  it('marks an unknown ratio', () => {
    const [line] = formatPeerComparison(comparePeer({ ...gateway, rps: Number.NaN }, peer));
    expect(line).toMatch(/^ {4}\? {2}requests\/s .* n\/a \/ 916 req\/s {2}= +n\/a/);
  });
});

describe('formatFloorVersusPeer', () => {
  it('prints floor / peer for req/s, CPU and p99 with the targets and whether the floor is within them', () => {
    const line = formatFloorVersusPeer({ rps: 6000, cpuUsPerRequest: 110, p99Ms: 20 }, peer);
    expect(line).toBe(
      '  floor / peer: req/s 6,000 / 916 req/s = 6.55× (target ≥ 5×: within)' +
        '   CPU 110 / 1,088 µs = 0.10× (target ≤ 0.2×: within)' +
        '   p99 20 / 114 ms = 0.18× (target ≤ 0.15×: OUTSIDE)',
    );
  });

  it('says n/a and ? when the peer measured nothing', () => {
    const line = formatFloorVersusPeer(
      { rps: 6000, cpuUsPerRequest: 110, p99Ms: 20 },
      { rps: 0, cpuUsPerRequest: 1088, p99Ms: 114 },
    );
    expect(line).toMatch(/^ {2}floor \/ peer: req\/s 6,000 \/ 0 req\/s = n\/a \(target ≥ 5×: \?\) {3}CPU /);
  });
});

describe('formatPairedRatios', () => {
  it('divides round by round and takes the median of the ratios, not the ratio of the medians', () => {
    // The machine slows down in round 2 for both: paired, the ratio stays near 4x.
    const gw = [
      { round: 1, rps: 4000, cpuUsPerRequest: 250, p99Ms: 30 },
      { round: 2, rps: 1000, cpuUsPerRequest: 1000, p99Ms: 120 },
      { round: 3, rps: 3600, cpuUsPerRequest: 280, p99Ms: 36 },
    ];
    const pe = [
      { round: 1, rps: 1000, cpuUsPerRequest: 1000, p99Ms: 100 },
      { round: 2, rps: 250, cpuUsPerRequest: 4000, p99Ms: 400 },
      { round: 3, rps: 1000, cpuUsPerRequest: 1000, p99Ms: 120 },
    ];
    expect(formatPairedRatios('gateway / peer', gw, pe)).toBe(
      '  gateway / peer, paired by round, median (each round): ' +
        'req/s 4.00× (4.00, 4.00, 3.60)   CPU 0.25× (0.25, 0.25, 0.28)   p99 0.30× (0.30, 0.30, 0.30)',
    );
  });

  it('pairs only rounds both have, and says nothing without one', () => {
    const one = [{ round: 2, rps: 10, cpuUsPerRequest: 1, p99Ms: 1 }];
    const other = [
      { round: 1, rps: 5, cpuUsPerRequest: 1, p99Ms: 1 },
      { round: 2, rps: 4, cpuUsPerRequest: 2, p99Ms: 0 },
    ];
    expect(formatPairedRatios('a / b', one, other)).toBe(
      '  a / b, paired by round, median (each round): req/s 2.50× (2.50)   CPU 0.50× (0.50)   p99 n/a (n/a)',
    );
    expect(formatPairedRatios('a / b', one, [])).toBeNull();
  });
});
