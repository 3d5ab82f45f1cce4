import {
  CAPILLARY_SANDBOX_CREDENTIALS,
  startCapillarySandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
} from '@loyalty-gateway/sandboxes';
import type { DestinationStream } from 'pino';
import type { GatewayConfig } from './config/env.js';
import { createGateway, type Gateway } from './server.js';
import type { VendorEndpoints } from './vendors.js';

/** A gateway listening, with the sandboxes it started for vendors left unconfigured. */
export interface RunningGateway {
  gateway: Gateway;
  url: string;
  /** Base URLs of the embedded sandboxes that were started (none when both vendors are real). */
  sandboxes: { xtrakit?: string; capillary?: string };
  stop(): Promise<void>;
}

/** Starts the embedded sandboxes a config needs, then the gateway against them and any real vendors. */
export async function startGateway(
  config: GatewayConfig,
  logDestination?: DestinationStream,
): Promise<RunningGateway> {
  const closers: Array<() => Promise<void>> = [];
  const sandboxes: RunningGateway['sandboxes'] = {};
  let xtrakit: VendorEndpoints['xtrakit'];
  if (config.xtrakit.credentials.mode === 'sandbox') {
    const sandbox = await startXtrakitSandbox({ port: 0 });
    closers.push(() => sandbox.close());
    sandboxes.xtrakit = sandbox.url;
    xtrakit = { baseUrl: sandbox.url, apiKey: XTRAKIT_SANDBOX_API_KEY };
  } else {
    xtrakit = {
      baseUrl: config.xtrakit.baseUrl as string,
      apiKey: config.xtrakit.credentials.mode === 'server' ? config.xtrakit.credentials.apiKey : null,
    };
  }
  let capillary: VendorEndpoints['capillary'];
  if (config.capillary.credentials.mode === 'sandbox') {
    const sandbox = await startCapillarySandbox({ port: 0 });
    closers.push(() => sandbox.close());
    sandboxes.capillary = sandbox.url;
    const { username, password } = CAPILLARY_SANDBOX_CREDENTIALS;
    capillary = { baseUrl: sandbox.url, region: null, auth: { type: 'basic', username, password } };
  } else {
    capillary = {
      baseUrl: config.capillary.baseUrl,
      region: config.capillary.region,
      auth: config.capillary.credentials.mode === 'server' ? config.capillary.credentials.auth : null,
    };
  }
  const gateway = createGateway({
    config,
    endpoints: { xtrakit, capillary },
    ...(logDestination ? { logDestination } : {}),
  });
  const url = await gateway.listen();
  return {
    gateway,
    url,
    sandboxes,
    async stop() {
      await gateway.stop();
      await Promise.all(closers.map((close) => close()));
    },
  };
}
