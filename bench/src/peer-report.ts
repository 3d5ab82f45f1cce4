// The gateway against its peer (issue #17): five figures from one run as ratios gateway/peer, and
// the issue's targets as those ratios, each met or not. Absolute numbers do not travel between
// shared machines; ratios measured side by side do.

/** One contestant's figures at 50 connections (medians over rounds), and its readiness. */
export interface PeerFigures {
  rps: number;
  cpuUsPerRequest: number;
  p99Ms: number;
  peakRssMb: number;
  /** From spawn() to its ready log line, as seen from outside (measured the same way for both). */
  readyMs: number;
}

type Figure = keyof PeerFigures;

/** A target on the ratio gateway/peer: at least (`min`) or at most (`max`) `times`. */
export interface PeerTarget {
  figure: Figure;
  label: string;
  unit: string;
  bound: 'min' | 'max';
  times: number;
}

/** The targets of issue #17 (same run, same machine, production settings, medians). */
export const PEER_TARGETS: readonly PeerTarget[] = [
  { figure: 'rps', label: 'requests/s at 50 connections', unit: 'req/s', bound: 'min', times: 5 },
  { figure: 'cpuUsPerRequest', label: 'server CPU per mutation', unit: 'µs', bound: 'max', times: 0.2 },
  { figure: 'p99Ms', label: 'p99 at 50 connections', unit: 'ms', bound: 'max', times: 0.15 },
  { figure: 'peakRssMb', label: 'peak RSS', unit: 'MB', bound: 'max', times: 0.3 },
  { figure: 'readyMs', label: 'ready after start', unit: 'ms', bound: 'max', times: 0.2 },
];

/** One row of the comparison: both figures, their ratio and whether the target holds (null: unknown). */
export interface PeerComparison extends PeerTarget {
  gateway: number;
  peer: number;
  ratio: number;
  met: boolean | null;
}

/** Compares the gateway with the peer figure by figure against `targets`. */
export function comparePeer(
  gateway: PeerFigures,
  peer: PeerFigures,
  targets: readonly PeerTarget[] = PEER_TARGETS,
): PeerComparison[] {
  return targets.map((target) => {
    const g = gateway[target.figure];
    const p = peer[target.figure];
    const ratio = Number.isFinite(g) && Number.isFinite(p) && p > 0 ? g / p : Number.NaN;
    const met = Number.isNaN(ratio)
      ? null
      : target.bound === 'min'
        ? ratio >= target.times
        : ratio <= target.times;
    return { ...target, gateway: g, peer: p, ratio, met };
  });
}

const figure = (n: number) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: n < 100 ? 1 : 0 }) : 'n/a';

/** The comparison as report lines: figures, ratio, target and verdict. */
export function formatPeerComparison(rows: readonly PeerComparison[]): string[] {
  return rows.map((r) => {
    const verdict = r.met === null ? '  ?' : r.met ? 'met' : 'NOT';
    const ratio = Number.isNaN(r.ratio) ? 'n/a' : `${r.ratio.toFixed(2)}×`;
    const target = `${r.bound === 'min' ? '≥' : '≤'} ${r.times}×`;
    return (
      `  ${verdict}  ${r.label.padEnd(30)} ${`${figure(r.gateway)} / ${figure(r.peer)} ${r.unit}`.padStart(24)}` +
      `  = ${ratio.padStart(7)}  (target ${target})`
    );
  });
}

/** The figures of the floor (floor-proxy.ts) set against the peer: the load, not the gateway, decides them. */
export type FloorFigures = Pick<PeerFigures, 'rps' | 'cpuUsPerRequest' | 'p99Ms'>;

const FLOOR_FIGURES: readonly { figure: keyof FloorFigures; name: string }[] = [
  { figure: 'rps', name: 'req/s' },
  { figure: 'cpuUsPerRequest', name: 'CPU' },
  { figure: 'p99Ms', name: 'p99' },
];

/**
 * One line: floor / peer for req/s, CPU per request and p99, each next to issue #17's target for the
 * gateway, and whether the floor itself is within it (a target the floor misses, no server here meets).
 */
export function formatFloorVersusPeer(
  floor: FloorFigures,
  peer: FloorFigures,
  targets: readonly PeerTarget[] = PEER_TARGETS,
): string {
  const rows = comparePeer(
    { ...floor, peakRssMb: Number.NaN, readyMs: Number.NaN },
    { ...peer, peakRssMb: Number.NaN, readyMs: Number.NaN },
    targets,
  );
  const parts = FLOOR_FIGURES.map(({ figure: key, name }) => {
    const row = rows.find((r) => r.figure === key);
    if (!row) return `${name} n/a`;
    const ratio = Number.isNaN(row.ratio) ? 'n/a' : `${row.ratio.toFixed(2)}×`;
    const verdict = row.met === null ? '?' : row.met ? 'within' : 'OUTSIDE';
    return (
      `${name} ${figure(row.gateway)} / ${figure(row.peer)} ${row.unit} = ${ratio}` +
      ` (target ${row.bound === 'min' ? '≥' : '≤'} ${row.times}×: ${verdict})`
    );
  });
  return `  floor / peer: ${parts.join('   ')}`;
}

/** One round's figures of one contestant at 50 connections. */
export interface RoundFigures {
  round: number;
  rps: number;
  cpuUsPerRequest: number;
  p99Ms: number;
}

const PAIRED: readonly { figure: 'rps' | 'cpuUsPerRequest' | 'p99Ms'; name: string }[] = [
  { figure: 'rps', name: 'req/s' },
  { figure: 'cpuUsPerRequest', name: 'CPU' },
  { figure: 'p99Ms', name: 'p99' },
];

/**
 * `a / b` round by round (the two were measured minutes apart at most, so a machine that slows down
 * for a while moves both), and the median of those ratios: on a shared machine whose speed drifts
 * between rounds it moves less than the ratio of the medians. One line; null without a common round.
 */
export function formatPairedRatios(
  label: string,
  a: readonly RoundFigures[],
  b: readonly RoundFigures[],
): string | null {
  const pairs = a.flatMap((x) => {
    const y = b.find((r) => r.round === x.round);
    return y ? [{ x, y }] : [];
  });
  if (pairs.length === 0) return null;
  const parts = PAIRED.map(({ figure: key, name }) => {
    const ratios = pairs.map(({ x, y }) => (y[key] > 0 ? x[key] / y[key] : Number.NaN));
    const finite = ratios.filter(Number.isFinite).sort((p, q) => p - q);
    const mid = finite.length === 0 ? Number.NaN : medianOf(finite);
    const each = ratios.map((r) => (Number.isFinite(r) ? r.toFixed(2) : 'n/a')).join(', ');
    return `${name} ${Number.isNaN(mid) ? 'n/a' : `${mid.toFixed(2)}×`} (${each})`;
  });
  return `  ${label}, paired by round, median (each round): ${parts.join('   ')}`;
}

function medianOf(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
