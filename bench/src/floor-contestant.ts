// The floor as a contestant: floor-proxy.ts (a minimal Node HTTP proxy, no GraphQL) sent the same
// GraphQL body as the gateway. What any Node server can reach in this topology; held to the gateway's
// check: the named group comes back, and the sandbox counts exactly one PUT per request answered.
import { GROUP_ID, gatewayBody, gatewayLoaded } from './bench-mutation.js';
import type { Contestant } from './contestant.js';
import type { Pinning } from './proc.js';
import type { FloorProxy, SandboxHost } from './processes.js';
import { writeCountedContestant } from './write-counted.js';

interface FloorAnswer {
  data?: { updateCustomerGroup?: { outcome?: string; customerGroup?: { id?: string; name?: string } } };
}

/** Sent the gateway contestant's body (the proxy ignores the mutation text, but it is sent and read). */
export function floorContestant(proxy: FloorProxy, sandbox: SandboxHost, pinning: Pinning): Contestant {
  return writeCountedContestant({
    key: 'floor',
    label: 'floor',
    serverPid: proxy.pid,
    sandbox,
    pinning,
    url: `${proxy.url}/graphql`,
    bodyFor: gatewayBody,
    wrote: (json, name) => {
      const payload = (json as FloorAnswer).data?.updateCustomerGroup;
      return (
        payload?.outcome === 'APPLIED' &&
        payload.customerGroup?.name === name &&
        payload.customerGroup.id === GROUP_ID
      );
    },
    loaded: gatewayLoaded,
  });
}
