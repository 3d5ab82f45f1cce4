import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DestinationStream, Logger } from 'pino';
import { type BudgetMode, createVendorBudgets, type VendorBudgets } from './budgets/index.js';
import { configuredSecrets, type GatewayConfig } from './config/env.js';
import {
  type ClientLimiter,
  chain,
  createClientLimiter,
  createGatewayFastGraphql,
  createGatewayYoga,
  createShutdown,
  type FastGraphql,
  type GatewayYoga,
  type Step,
  useApiKeys,
  useBodyLimit,
  useClientRateLimit,
  useDocs,
  useErrorBoundary,
  useForwardedCredentials,
  useGraphqlRoute,
  useHealth,
  useYoga,
} from './front-door/index.js';
import { createLogger } from './logging.js';
import { createMetrics, type GatewayMetrics } from './metrics.js';
import { closeRedis, createRedisConnection, type Redis } from './redis/index.js';
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
  /** The vendor budgets (mode `off` when none is configured); bulk work takes `admission('bulk')`. */
  budgets: VendorBudgets;
  /** The one Redis connection of this process (null without REDIS_URL). */
  redis: Redis | null;
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
  const { redis, budgets, clientLimiter } = rateLimiting(config, options.endpoints, metrics, logger);
  const vendors = createVendors(config, options.endpoints, {
    onAttempt: (info) => metrics.upstream(info),
    admission: budgets.admission('interactive'),
  });
  const yogaDeps = { config, vendors, metrics, logger, abortOnDisconnect: budgets.mode() !== 'off' };
  const yoga = createGatewayYoga(yogaDeps);
  const fast = options.fastPath === false ? null : createGatewayFastGraphql(yoga, yogaDeps);
  const shutdown = createShutdown();
  // The front door, in order: each step answers or lets the request through to the next.
  const steps: Step[] = [
    useHealth(metrics, shutdown.draining, () => rateLimitMode(budgets, clientLimiter)),
    useDocs(config.docsDir),
    useGraphqlRoute(),
    shutdown.step,
    useErrorBoundary(logger),
    useApiKeys(config.apiKeys),
    useClientRateLimit(clientLimiter, config.apiKeys.length > 0),
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
    budgets,
    redis,
    listen: () => listen(server, config.port, config.host),
    async stop() {
      await shutdown.drain(server, config.shutdownTimeoutMs, logger);
      await vendors.close();
      await budgets.close();
      if (redis) await closeRedis(redis);
    },
  };
}

/** Who a vendor budget belongs to: the server-held credential, or all forwarded ones together. */
function budgetIdentity(endpoints: VendorEndpoints): Record<'xtrakit' | 'capillary', string> {
  const auth = endpoints.capillary.auth;
  const capillary = !auth
    ? 'forwarded'
    : auth.type === 'basic'
      ? `basic:${auth.username}`
      : `oauth:${auth.key}`;
  return {
    xtrakit: `${endpoints.xtrakit.baseUrl} ${endpoints.xtrakit.apiKey ?? 'forwarded'}`,
    capillary: `${endpoints.capillary.baseUrl ?? endpoints.capillary.region} ${capillary}`,
  };
}

/** Redis (with REDIS_URL), the vendor budgets and the client limiter of one process. */
function rateLimiting(
  config: GatewayConfig,
  endpoints: VendorEndpoints,
  metrics: GatewayMetrics,
  logger: Logger,
) {
  const rl = config.rateLimits;
  let lastErrorLog = 0;
  const redis = rl.redisUrl
    ? createRedisConnection(rl.redisUrl, {
        commandTimeoutMs: rl.redisTimeoutMs,
        onError: (message) => {
          // At most one line in 10 s: a Redis outage must not flood the log.
          if (Date.now() - lastErrorLog < 10_000) return;
          lastErrorLog = Date.now();
          logger.warn({ err: { message } }, 'redis unreachable; rate limits use the local fallback share');
        },
      })
    : null;
  const budgets = createVendorBudgets({
    config: rl,
    identity: budgetIdentity(endpoints),
    redis,
    onDecision: (vendor, decision, priority) => metrics.budget(vendor, priority, decision),
  });
  const clientLimiter =
    rl.clientPerMinute === null ? null : createClientLimiter(rl.clientPerMinute, rl.fallbackShare, redis);
  metrics.watchRateLimitMode(() => rateLimitMode(budgets, clientLimiter));
  return { redis, budgets, clientLimiter };
}

/** The budgets' mode, or the client limiter's when no budget is configured. */
function rateLimitMode(budgets: VendorBudgets, clientLimiter: ClientLimiter | null): BudgetMode {
  const mode = budgets.mode();
  if (mode !== 'off' || !clientLimiter) return mode;
  return clientLimiter.store.mode();
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
