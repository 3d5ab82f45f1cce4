import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DestinationStream, Logger } from 'pino';
import { configuredSecrets, type GatewayConfig } from './config/env.js';
import {
  chain,
  createGatewayFastGraphql,
  createGatewayYoga,
  createShutdown,
  type FastGraphql,
  type GatewayYoga,
  type Step,
  useApiKeys,
  useBodyLimit,
  useDocs,
  useErrorBoundary,
  useForwardedCredentials,
  useGraphqlRoute,
  useHealth,
  useYoga,
} from './front-door/index.js';
import { createLogger } from './logging.js';
import { createMetrics, type GatewayMetrics } from './metrics.js';
import { createVendors, type VendorEndpoints, type Vendors } from './vendors.js';

export type { ServerContext } from './front-door/index.js';

export interface GatewayOptions {
  config: GatewayConfig;
  /** Vendor locations and credentials (the sandboxes' when running on the embedded default). */
  endpoints: VendorEndpoints;
  /** Where log lines go (default stdout); tests capture them. */
  logDestination?: DestinationStream;
  /** Extra secrets to scrub from logs (e.g. sandbox credentials). */
  extraSecrets?: string[];
  /** Answer plain POSTs of known documents without yoga's HTTP layer (default true; tests compare both). */
  fastPath?: boolean;
}

/** A built, not yet listening, gateway. */
export interface Gateway {
  yoga: GatewayYoga;
  server: Server;
  logger: Logger;
  metrics: GatewayMetrics;
  vendors: Vendors;
  /** The fast path for plain POSTs (null when off). */
  fast: FastGraphql | null;
  /** Listens on config.port/host; resolves to the base URL. */
  listen(): Promise<string>;
  /** Graceful stop: refuse new requests, finish in-flight ones (up to shutdownTimeoutMs), close. */
  stop(): Promise<void>;
}

/** Builds the gateway (yoga + node:http server) from a config object; nothing listens yet. */
export function createGateway(options: GatewayOptions): Gateway {
  const { config } = options;
  const secrets = [...configuredSecrets(config), ...(options.extraSecrets ?? [])];
  const logger = createLogger(config.logLevel, secrets, options.logDestination);
  const metrics = createMetrics();
  const vendors = createVendors(config, options.endpoints, {
    onAttempt: (info) => metrics.upstream(info),
  });
  const yogaDeps = { config, vendors, metrics, logger };
  const yoga = createGatewayYoga(yogaDeps);
  const fast = options.fastPath === false ? null : createGatewayFastGraphql(yoga, yogaDeps);
  const shutdown = createShutdown();
  // The front door, in order: each step answers or lets the request through to the next.
  const steps: Step[] = [
    useHealth(metrics, shutdown.draining),
    useDocs(config.docsDir),
    useGraphqlRoute(),
    shutdown.step,
    useErrorBoundary(logger),
    useApiKeys(config.apiKeys),
    useBodyLimit(config.limits.bodyBytes),
    useForwardedCredentials(),
    useYoga(yoga, fast),
  ];
  const handle = chain(steps);
  const server = createServer((req, res) =>
    handle({ req, res, path: (req.url ?? '/').split('?')[0] ?? '/' }),
  );
  // Slow clients cannot hold sockets: headers within 10 s, a whole request within 30 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;

  return {
    yoga,
    server,
    logger,
    metrics,
    vendors,
    fast,
    listen: () => listen(server, config.port, config.host),
    async stop() {
      await shutdown.drain(server, config.shutdownTimeoutMs, logger);
      await vendors.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${shown}:${address.port}`);
    });
  });
}
