// The peer as a contestant (issue #17): Mesh's generated `updateCustomerGroup(id, input)` mutation
// through Hive Gateway, held to the same check as the gateway: the named group comes back, and the
// sandbox counts exactly one PUT per request answered.

import { LOAD_NAME } from './bench-mutation.js';
import type { Contestant } from './contestant.js';
import type { PeerProcess } from './peer-process.js';
import type { Pinning } from './proc.js';
import type { SandboxHost } from './processes.js';
import { writeCountedContestant } from './write-counted.js';

/** The mutation Mesh generates from the spec's `updateCustomerGroup` operation, selecting what ours does. */
export const PEER_MUTATION =
  'mutation Bench($id: CustomerGroupId_parameter!, $input: UpdateCustomerGroupRequest_Input) ' +
  '{ updateCustomerGroup(id: $id, input: $input) { __typename ' +
  '... on CustomerGroupResponse { status message data { group { id group_name group_description updated_at } } } ' +
  '... on ErrorResponse { errorStatus: status error errorMessage: message } ... on UnauthorizedError { unauthorized: error } } }';

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
  return writeCountedContestant({
    key: 'peer',
    label: 'peer',
    serverPid: peer.pid,
    sandbox,
    pinning,
    url: `${peer.url}/graphql`,
    bodyFor: (name) =>
      JSON.stringify({
        query: PEER_MUTATION,
        variables: { id: groupId, input: { group_name: name, group_description: 'Written by pnpm bench' } },
      }),
    wrote: (json, name) => {
      const payload = (json as PeerAnswer).data?.updateCustomerGroup;
      return payload?.__typename === 'CustomerGroupResponse' && payload.data?.group?.group_name === name;
    },
    loaded: (text) =>
      text.includes('"__typename":"CustomerGroupResponse"') && text.includes(`"group_name":"${LOAD_NAME}"`),
  });
}
