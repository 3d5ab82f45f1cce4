import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DestinationStream, Logger } from 'pino';
import { type BudgetMode, createVendorBudgets, type VendorBudgets } from './budgets/index.js';
import { configuredSecrets, type GatewayConfig } from './config/env.js';
import {
  type ClientLimiter,
  chain,
  compressingResponse,
  createClientLimiter,
  createGatewayFastGraphql,
  createGatewayYoga,
  createShutdown,
  type FastGraphql,
  type GatewayYoga,
  type Step,
  useApiKeys,
  useBodyLimit,
  useBulkResults,
  useClientRateLimit,
  useDocs,
  useErrorBoundary,
  useForwardedCredentials,
  useGraphqlRoute,
  useHealth,
  useIndex,
  useUtf8Charset,
  useYoga,
} from './front-door/index.js';
import { type BulkJobs, createBulkJobs } from './jobs/index.js';
import { atMostEvery, createLogger } from './logging.js';
import { createMetrics, type GatewayMetrics } from './metrics.js';
import { closeRedis, createRedisConnection, type Redis, untilFirstConnection } from './redis/index.js';
import type { Tracing } from './tracing/index.js';
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
  /** A started tracing runtime (`startTracing(config.tracing)`); the gateway shuts it down on stop. */
  tracing?: Tracing | null;
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
  /** Bulk jobs (issue 15); their items run on their own vendor clients, budgeted as 'bulk'. */
  bulk: BulkJobs;
  /** The fast path for plain POSTs (null when off). */
  fast: FastGraphql | null;
  /** The vendor budgets (mode `off` when none is configured); bulk work takes `admission('bulk')`. */
  budgets: VendorBudgets;
  /** The one Redis connection of this process (null without REDIS_URL). */
  redis: Redis | null;
  /** The tracing runtime when OTEL_* turned tracing on, else null. */
  tracing: Tracing | null;
  /** Listens on config.port/host; resolves to the base URL. */
  listen(): Promise<string>;
  /** Graceful stop: refuse new requests, finish in-flight ones (up to shutdownTimeoutMs), close. */
  stop(): Promise<void>;
}

/**
 * Slow clients cannot hold sockets: headers within 10 s, a whole request within 30 s. Node checks
 * these only every `connectionsCheckingInterval` (30 s by default, so a limit could take up to 40
 * or 60 s); checked every 250 ms they hold to within a second.
 */
export const SLOW_CLIENT_LIMITS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  connectionsCheckingInterval: 250,
} as const;

/** Builds the gateway (yoga + node:http server) from a config object; nothing listens yet. */
export function createGateway(options: GatewayOptions): Gateway {
  const { config } = options;
  const secrets = [...configuredSecrets(config), ...(options.extraSecrets ?? [])];
  const logger = createLogger(config.logLevel, secrets, options.logDestination);
  const metrics = createMetrics();
  const { redis, budgets, clientLimiter } = rateLimiting(config, options.endpoints, metrics, logger);
  const tracing = options.tracing ?? null;
  const vendors = createVendors(config, options.endpoints, {
    onAttempt: (info) => metrics.upstream(info),
    admission: budgets.admission('interactive'),
    ...(tracing ? { observer: tracing.observer } : {}),
  });
  // Bulk items run on vendor clients of their own that take the budget's 'bulk' admission.
  const bulkVendors = createVendors(config, options.endpoints, {
    onAttempt: (info) => metrics.upstream(info),
    admission: budgets.admission('bulk'),
  });
  const bulk = createBulkJobs({
    config,
    endpoints: options.endpoints,
    vendors: bulkVendors,
    logger,
    perMinute: (vendor) => budgets.perMinute(vendor),
  });
  const yogaDeps = {
    config,
    vendors,
    metrics,
    logger,
    tracing,
    bulk,
    abortOnDisconnect: budgets.mode() !== 'off',
  };
  const yoga = createGatewayYoga(yogaDeps);
  const fast = options.fastPath === false ? null : createGatewayFastGraphql(yoga, yogaDeps);
  const shutdown = createShutdown();
  // The front door, in order: each step answers or lets the request through to the next.
  const steps: Step[] = [
    useHealth(metrics, shutdown.draining, () => rateLimitMode(budgets, clientLimiter)),
    useDocs(config.docsDir),
    useIndex({ production: config.production, graphiql: config.graphiql, docs: config.docsDir !== null }),
    useGraphqlRoute(['/bulk-jobs/']),
    ...(tracing ? [tracing.step] : []),
    shutdown.step,
    useErrorBoundary(logger),
    useApiKeys(config.apiKeys),
    useUtf8Charset(),
    useClientRateLimit(clientLimiter, config.apiKeys.length > 0),
    useBulkResults(bulk, config.apiKeys.length > 0),
    useBodyLimit(config.limits.bodyBytes, config.bulk.bodyBytes),
    useForwardedCredentials(),
    useYoga(yoga, fast),
  ];
  const handle = chain(steps);
  // Compression is the response class itself (front-door/use-compression.ts), around every step.
  const server = createServer({ ...SLOW_CLIENT_LIMITS, ServerResponse: compressingResponse() }, (req, res) =>
    handle({ req, res, path: (req.url ?? '/').split('?')[0] ?? '/' }),
  );
  server.keepAliveTimeout = 5_000;

  return {
    yoga,
    server,
    logger,
    metrics,
    vendors,
    bulk,
    fast,
    budgets,
    redis,
    tracing,
    async listen() {
      if (redis) await untilFirstConnection(redis);
      return listen(server, config.port, config.host);
    },
    async stop() {
      await shutdown.drain(server, config.shutdownTimeoutMs, logger);
      await bulk.close();
      await Promise.all([vendors.close(), bulkVendors.close()]);
      await budgets.close();
      if (redis) await closeRedis(redis);
      await tracing?.shutdown();
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
  const redis = rl.redisUrl
    ? createRedisConnection(rl.redisUrl, {
        commandTimeoutMs: rl.redisTimeoutMs,
        onError: atMostEvery(10_000, (message: string) =>
          logger.warn({ err: { message } }, 'redis unreachable; rate limits use the local fallback share'),
        ),
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
