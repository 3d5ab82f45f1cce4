// The floor as a contestant: floor-proxy.ts (a minimal Node HTTP proxy, no GraphQL) sent the same
// GraphQL body as the gateway. What any Node server can reach in this topology; held to the gateway's
// check: the named group comes back, and the sandbox counts exactly one PUT per request answered.
import { type Contestant, settled } from './contestant.js';
import { runLoad } from './load.js';
import type { Pinning } from './proc.js';
import type { FloorProxy, SandboxHost } from './processes.js';
import type { SandboxStats } from './sandbox-host.js';

async function xtrakitWrites(sandbox: SandboxHost): Promise<number> {
  return (await sandbox.call<SandboxStats>('stats')).xtrakit.writes;
}

interface FloorAnswer {
  data?: { updateCustomerGroup?: { outcome?: string; customerGroup?: { id?: string; name?: string } } };
}

/** `query`: the gateway contestant's mutation text (the proxy ignores it, but it is sent and read). */
export function floorContestant(
  proxy: FloorProxy,
  sandbox: SandboxHost,
  pinning: Pinning,
  groupId: string,
  query: string,
): Contestant {
  const url = `${proxy.url}/graphql`;
  const headers = { 'content-type': 'application/json' };
  const bodyFor = (name: string) =>
    JSON.stringify({
      query,
      variables: { input: { id: groupId, name, description: 'Written by pnpm bench' } },
    });
  return {
    key: 'floor',
    serverPid: proxy.pid,
    sandboxCore: pinning.loadCore,
    async check() {
      const problems: string[] = [];
      const before = await xtrakitWrites(sandbox);
      for (let i = 0; i < 3; i++) {
        const name = `floor check ${i}`;
        const res = await fetch(url, { method: 'POST', headers, body: bodyFor(name) });
        const json = (await res.json()) as FloorAnswer;
        const payload = json.data?.updateCustomerGroup;
        if (
          res.status !== 200 ||
          payload?.outcome !== 'APPLIED' ||
          payload.customerGroup?.name !== name ||
          payload.customerGroup.id !== groupId
        )
          problems.push(`floor request ${i}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
      }
      const writes = (await xtrakitWrites(sandbox)) - before;
      if (writes !== 3) problems.push(`floor: 3 requests made ${writes} writes`);
      return problems;
    },
    async load(connections, durationS) {
      const before = await xtrakitWrites(sandbox);
      const sample = await runLoad({
        url,
        method: 'POST',
        headers,
        body: bodyFor('Benchmark group'),
        connections,
        durationS,
        verify: (text) => text.includes('"outcome":"APPLIED"') && text.includes('"name":"Benchmark group"'),
      });
      return {
        sample,
        async verify() {
          const writes = (await settled(() => xtrakitWrites(sandbox))) - before;
          // Requests in flight when the timer stops are written but not counted by the load generator.
          return writes >= sample.ok && writes <= sample.ok + connections
            ? []
            : [`floor: ${sample.ok} answered OK but the sandbox counted ${writes} writes`];
        },
      };
    },
  };
}
