import type { DestinationStream } from 'pino';
import type { GatewayConfig } from './config/env.js';
import { createGateway, type Gateway } from './server.js';
import { startTracing } from './tracing/index.js';
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
  // Loaded only when a vendor runs on its embedded sandbox: with both vendors configured (production),
  // the sandboxes and their spec validators are never loaded (~50 ms of start-up).
  const embedded =
    config.xtrakit.credentials.mode === 'sandbox' || config.capillary.credentials.mode === 'sandbox'
      ? await import('@loyalty-gateway/sandboxes')
      : null;
  let xtrakit: VendorEndpoints['xtrakit'];
  if (embedded && config.xtrakit.credentials.mode === 'sandbox') {
    const sandbox = await embedded.startXtrakitSandbox({ port: 0 });
    closers.push(() => sandbox.close());
    sandboxes.xtrakit = sandbox.url;
    xtrakit = { baseUrl: sandbox.url, apiKey: embedded.XTRAKIT_SANDBOX_API_KEY };
  } else {
    xtrakit = {
      baseUrl: config.xtrakit.baseUrl as string,
      apiKey: config.xtrakit.credentials.mode === 'server' ? config.xtrakit.credentials.apiKey : null,
    };
  }
  let capillary: VendorEndpoints['capillary'];
  if (embedded && config.capillary.credentials.mode === 'sandbox') {
    const sandbox = await embedded.startCapillarySandbox({
      port: 0,
      maxGroupSizeCap: config.capillaryMaxGroupSize,
    });
    closers.push(() => sandbox.close());
    sandboxes.capillary = sandbox.url;
    const { username, password } = embedded.CAPILLARY_SANDBOX_CREDENTIALS;
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
    // Loads the OpenTelemetry SDK only when the OTEL_* variables turn tracing on.
    tracing: await startTracing(config.tracing),
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
