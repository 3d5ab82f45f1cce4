// What the bench writes through the gateway: one group, one mutation document, one body and one check
// of an answer under load, shared by every mode that loads the gateway (the main bench and its floor,
// --tracing, --gc) so that they all time the same thing.

/** The Xtrakit group every contestant updates. */
export const GROUP_ID = '1';

/** The name every request under load writes. */
export const LOAD_NAME = 'Benchmark group';

/** The gateway contestant's mutation. */
export const GATEWAY_MUTATION =
  'mutation Bench($input: UpdateCustomerGroupInput!) { updateCustomerGroup(input: $input) ' +
  '{ outcome customerGroup { id name description updatedAt } userErrors { code field message } } }';

/** The body of GATEWAY_MUTATION that writes `name` to GROUP_ID. */
export function gatewayBody(name: string): string {
  return JSON.stringify({
    query: GATEWAY_MUTATION,
    variables: { input: { id: GROUP_ID, name, description: 'Written by pnpm bench' } },
  });
}

/** Whether a gateway answer under load is the group as written under LOAD_NAME. */
export function gatewayLoaded(text: string): boolean {
  return text.includes('"outcome":"APPLIED"') && text.includes(`"name":"${LOAD_NAME}"`);
}
