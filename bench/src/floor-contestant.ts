// The floor as a contestant: floor-proxy.ts (a minimal Node HTTP proxy, no GraphQL) sent the same
// GraphQL body as the gateway. What any Node server can reach in this topology; held to the gateway's
// check: the named group comes back, and the sandbox counts exactly one PUT per request answered.
import type { Contestant } from './contestant.js';
import type { Pinning } from './proc.js';
import type { FloorProxy, SandboxHost } from './processes.js';
import { LOAD_NAME, writeCountedContestant } from './write-counted.js';

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
  return writeCountedContestant({
    key: 'floor',
    label: 'floor',
    serverPid: proxy.pid,
    sandbox,
    pinning,
    url: `${proxy.url}/graphql`,
    bodyFor: (name) =>
      JSON.stringify({
        query,
        variables: { input: { id: groupId, name, description: 'Written by pnpm bench' } },
      }),
    wrote: (json, name) => {
      const payload = (json as FloorAnswer).data?.updateCustomerGroup;
      return (
        payload?.outcome === 'APPLIED' &&
        payload.customerGroup?.name === name &&
        payload.customerGroup.id === groupId
      );
    },
    loaded: (text) => text.includes('"outcome":"APPLIED"') && text.includes(`"name":"${LOAD_NAME}"`),
  });
}
