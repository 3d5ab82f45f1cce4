// A contestant reached over HTTP whose every answer must be exactly one sandbox write (the floor and
// the peer): three checked requests before any timing, then load, and afterwards the sandbox's write
// count reconciled with the answers (the gateway reconciles its own counters too, in bench.ts).
import { LOAD_NAME } from './bench-mutation.js';
import { type Contestant, type Key, settled } from './contestant.js';
import { runLoad } from './load.js';
import type { Pinning } from './proc.js';
import type { SandboxHost } from './processes.js';
import type { SandboxStats } from './sandbox-host.js';

/** The Xtrakit sandbox's write count. */
export async function xtrakitWrites(sandbox: SandboxHost): Promise<number> {
  return (await sandbox.call<SandboxStats>('stats')).xtrakit.writes;
}

export interface WriteCountedOptions {
  key: Key;
  /** How its problems name it (`floor`, `peer`). */
  label: string;
  serverPid: number;
  sandbox: SandboxHost;
  pinning: Pinning;
  /** Its GraphQL endpoint. */
  url: string;
  /** The request body that writes the group's name. */
  bodyFor(name: string): string;
  /** Whether a checked answer (parsed JSON) is the group as written under `name`. */
  wrote(json: unknown, name: string): boolean;
  /** Whether a body answered under load is the group as written under LOAD_NAME. */
  loaded(text: string): boolean;
}

export function writeCountedContestant(o: WriteCountedOptions): Contestant {
  const headers = { 'content-type': 'application/json' };
  return {
    key: o.key,
    serverPid: o.serverPid,
    sandboxCore: o.pinning.loadCore,
    async check() {
      const problems: string[] = [];
      const before = await xtrakitWrites(o.sandbox);
      for (let i = 0; i < 3; i++) {
        const name = `${o.label} check ${i}`;
        const res = await fetch(o.url, { method: 'POST', headers, body: o.bodyFor(name) });
        const json = (await res.json()) as unknown;
        if (res.status !== 200 || !o.wrote(json, name))
          problems.push(`${o.label} request ${i}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
      }
      const writes = (await xtrakitWrites(o.sandbox)) - before;
      if (writes !== 3) problems.push(`${o.label}: 3 requests made ${writes} writes`);
      return problems;
    },
    async load(connections, durationS) {
      const before = await xtrakitWrites(o.sandbox);
      const sample = await runLoad({
        url: o.url,
        method: 'POST',
        headers,
        body: o.bodyFor(LOAD_NAME),
        connections,
        durationS,
        verify: o.loaded,
      });
      return {
        sample,
        async verify() {
          const writes = (await settled(() => xtrakitWrites(o.sandbox))) - before;
          // Requests in flight when the timer stops are written but not counted by the load generator.
          return writes >= sample.ok && writes <= sample.ok + connections
            ? []
            : [`${o.label}: ${sample.ok} answered OK but the sandbox counted ${writes} writes`];
        },
      };
    },
  };
}
