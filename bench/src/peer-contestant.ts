// The peer as a contestant (issue #17): Mesh's generated `updateCustomerGroup(id, input)` mutation
// through Hive Gateway, held to the same check as the gateway: the named group comes back, and the
// sandbox counts exactly one PUT per request answered.
import { type Contestant, settled } from './contestant.js';
import { runLoad } from './load.js';
import type { PeerProcess } from './peer-process.js';
import type { Pinning } from './proc.js';
import type { SandboxHost } from './processes.js';
import type { SandboxStats } from './sandbox-host.js';

/** The mutation Mesh generates from the spec's `updateCustomerGroup` operation, selecting what ours does. */
export const PEER_MUTATION =
  'mutation Bench($id: CustomerGroupId_parameter!, $input: UpdateCustomerGroupRequest_Input) ' +
  '{ updateCustomerGroup(id: $id, input: $input) { __typename ' +
  '... on CustomerGroupResponse { status message data { group { id group_name group_description updated_at } } } ' +
  '... on ErrorResponse { errorStatus: status error errorMessage: message } ... on UnauthorizedError { unauthorized: error } } }';

async function xtrakitWrites(sandbox: SandboxHost): Promise<number> {
  return (await sandbox.call<SandboxStats>('stats')).xtrakit.writes;
}

interface PeerAnswer {
  data?: {
    updateCustomerGroup?: { __typename?: string; data?: { group?: { id?: unknown; group_name?: string } } };
  };
}

export function peerContestant(
  peer: PeerProcess,
  sandbox: SandboxHost,
  pinning: Pinning,
  groupId: string,
): Contestant {
  const url = `${peer.url}/graphql`;
  const headers = { 'content-type': 'application/json' };
  const bodyFor = (name: string) =>
    JSON.stringify({
      query: PEER_MUTATION,
      variables: { id: groupId, input: { group_name: name, group_description: 'Written by pnpm bench' } },
    });
  return {
    key: 'peer',
    serverPid: peer.pid,
    sandboxCore: pinning.loadCore,
    async check() {
      const problems: string[] = [];
      const before = await xtrakitWrites(sandbox);
      for (let i = 0; i < 3; i++) {
        const name = `peer check ${i}`;
        const res = await fetch(url, { method: 'POST', headers, body: bodyFor(name) });
        const json = (await res.json()) as PeerAnswer;
        const payload = json.data?.updateCustomerGroup;
        if (
          res.status !== 200 ||
          payload?.__typename !== 'CustomerGroupResponse' ||
          payload.data?.group?.group_name !== name
        )
          problems.push(`peer mutation ${i}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
      }
      const writes = (await xtrakitWrites(sandbox)) - before;
      if (writes !== 3) problems.push(`peer: 3 mutations made ${writes} writes`);
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
        verify: (text) =>
          text.includes('"__typename":"CustomerGroupResponse"') &&
          text.includes('"group_name":"Benchmark group"'),
      });
      return {
        sample,
        async verify() {
          const writes = (await settled(() => xtrakitWrites(sandbox))) - before;
          // Mutations in flight when the timer stops are written but not counted by the load generator.
          return writes >= sample.ok && writes <= sample.ok + connections
            ? []
            : [`peer: ${sample.ok} answered OK but the sandbox counted ${writes} writes`];
        },
      };
    },
  };
}
