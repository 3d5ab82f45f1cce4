// What every contestant of `pnpm bench` is: its key, its name in the report, and how the benchmark
// checks, loads and verifies it. The selection (`--only`) is parsed here.
import type { LoadSample } from './load.js';

export const KEYS = [
  'raw',
  'client',
  'client-fetch',
  'floor',
  'gateway',
  'gateway-baseline',
  'peer',
] as const;
export type Key = (typeof KEYS)[number];

export const NAMES: Record<Key, string> = {
  raw: 'raw PUT against the sandbox',
  client: 'generated client (undici pool)',
  'client-fetch': 'client via global fetch',
  floor: 'floor: Node proxy, no GraphQL',
  gateway: 'gateway updateCustomerGroup',
  'gateway-baseline': 'gateway, baseline build',
  peer: 'peer: Hive Gateway + Mesh',
};

/** One contestant: where its server runs, how to check it, how to load it and verify afterwards. */
export interface Contestant {
  key: Key;
  /** The process whose CPU counts as this contestant's "server" CPU. */
  serverPid: number;
  /** Where the sandbox runs meanwhile (the server core only when the sandbox is the server). */
  sandboxCore: number | null;
  check(): Promise<string[]>;
  load(connections: number, durationS: number): Promise<{ sample: LoadSample; verify(): Promise<string[]> }>;
}

/** The keys `--only` may name (the baseline is chosen by --baseline / --baseline-node-args). */
export const SELECTABLE = KEYS.filter((k) => k !== 'gateway-baseline');

/**
 * The contestants to run: every selectable one, or those `--only` names (comma-separated). An
 * unknown name is an error rather than a silently shorter run.
 */
export function parseSelection(only: string | undefined, withBaseline: boolean): Set<Key> {
  const names =
    only === undefined
      ? [...SELECTABLE]
      : only
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  const unknown = names.filter((n) => !(SELECTABLE as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0)
    throw new Error(`--only takes a comma-separated subset of ${SELECTABLE.join(',')}; got "${only}"`);
  const selected = new Set(names as Key[]);
  if (withBaseline) selected.add('gateway-baseline');
  return selected;
}

/**
 * A counter's value once it has stopped moving for `quietMs` (at most `maxMs`): requests still in
 * flight when a timed phase ends (seconds, on a saturated machine) must be counted in that phase,
 * not in the next one's window.
 */
export async function settled(read: () => Promise<number>, quietMs = 300, maxMs = 15_000): Promise<number> {
  const deadline = Date.now() + maxMs;
  let value = await read();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const next = await read();
    if (next === value || Date.now() > deadline) return next;
    value = next;
  }
}
