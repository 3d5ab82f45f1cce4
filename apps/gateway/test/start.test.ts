// startGateway: a vendor configured by env uses that host; an unconfigured one gets its embedded
// sandbox; the two mix.
import { startXtrakitSandbox, XTRAKIT_SANDBOX_API_KEY } from '@loyalty-gateway/sandboxes';
import { expect, it } from 'vitest';
import { loadConfig, startGateway } from '../src/index.js';

it('mixes a configured Xtrakit host with the embedded Capillary sandbox', async () => {
  const xtrakit = await startXtrakitSandbox({ port: 0 });
  const key = 'gateway-key-0123456789';
  const config = loadConfig({
    PORT: '0',
    XTRAKIT_BASE_URL: xtrakit.url,
    XTRAKIT_API_KEY: XTRAKIT_SANDBOX_API_KEY,
    GATEWAY_API_KEYS: key,
  });
  const logs: string[] = [];
  const running = await startGateway(config, { write: (line: string) => void logs.push(line) });
  try {
    expect(running.sandboxes.xtrakit).toBeUndefined();
    expect(running.sandboxes.capillary).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const send = (query: string) =>
      fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query }),
      }).then((r) => r.json() as Promise<{ data: Record<string, { outcome: string }> }>);
    const x = await send(
      'mutation { updateCustomerGroup(input: {id: "1", name: "configured host"}) { outcome } }',
    );
    expect(x.data.updateCustomerGroup?.outcome).toBe('APPLIED');
    expect(xtrakit.requests.all()).toEqual([expect.objectContaining({ auth: 'bearer', authValid: true })]);
    const c = await send(
      'mutation { updateUserGroup(input: {group: {id: "51334"}, name: "embedded"}) { outcome } }',
    );
    expect(c.data.updateUserGroup?.outcome).toBe('APPLIED');
    expect(logs.join('')).not.toContain(XTRAKIT_SANDBOX_API_KEY);
  } finally {
    await running.stop();
    await xtrakit.close();
  }
});
