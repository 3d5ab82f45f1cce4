import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { DestinationStream, Logger } from 'pino';
import { configuredSecrets, type GatewayConfig } from './config/env.js';
import { serveDocs } from './docs.js';
import { EXAMPLE_OPERATIONS } from './graphiql.js';
import { useClosedErrorCodes, useMaxRootFields } from './graphql-limits.js';
import { createLogger, safeHeaders } from './logging.js';
import { createMetrics, type GatewayMetrics } from './metrics.js';
import { type ForwardedCredentials, NO_FORWARDED } from './operations/index.js';
import { buildGatewaySchema, type GatewayContext } from './schema/index.js';
import { createVendors, type VendorEndpoints, type Vendors } from './vendors.js';

export interface GatewayOptions {
  config: GatewayConfig;
  /** Vendor locations and credentials (the sandboxes' when running on the embedded default). */
  endpoints: VendorEndpoints;
  /** Where log lines go (default stdout); tests capture them. */
  logDestination?: DestinationStream;
  /** Extra secrets to scrub from logs (e.g. sandbox credentials). */
  extraSecrets?: string[];
}

/** A built, not yet listening, gateway. */
export interface Gateway {
  yoga: YogaServerInstance<ServerContext, GatewayContext>;
  server: Server;
  logger: Logger;
  metrics: GatewayMetrics;
  vendors: Vendors;
  /** Listens on config.port/host; resolves to the base URL. */
  listen(): Promise<string>;
  /** Graceful stop: refuse new requests, finish in-flight ones (up to shutdownTimeoutMs), close. */
  stop(): Promise<void>;
}

export interface ServerContext {
  req: IncomingMessage;
  res: ServerResponse;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const JSON_POST = /^application\/(?:json|graphql-response\+json)\s*(?:;|$)/i;

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Parses the documented forwarded-credential headers. */
function forwardedFrom(headers: IncomingMessage['headers']): ForwardedCredentials {
  const xtrakit = headers['x-xtrakit-api-key'];
  const token = headers['x-capillary-token'];
  const basic = headers['x-capillary-basic'];
  let capillary: ForwardedCredentials['capillary'] = null;
  if (typeof token === 'string' && token !== '') capillary = { type: 'token', accessToken: token };
  else if (typeof basic === 'string' && basic !== '') {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0)
      capillary = { type: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return { xtrakitApiKey: typeof xtrakit === 'string' && xtrakit !== '' ? xtrakit : null, capillary };
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
  const keyDigests = config.apiKeys.map(sha256);
  const limits = config.limits;

  const plugins: Plugin[] = [
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
    maxTokensPlugin({ n: limits.tokens }) as Plugin,
    maxDepthPlugin({ n: limits.depth, ignoreIntrospection: true }) as Plugin,
    maxAliasesPlugin({ n: limits.aliases }) as Plugin,
    maxDirectivesPlugin({ n: limits.directives }) as Plugin,
    costLimitPlugin({ maxCost: limits.cost }) as Plugin,
    useMaxRootFields(limits.rootFields),
    useClosedErrorCodes({ hideSuggestions: !config.introspection }),
  ];
  // Without introspection, "Did you mean" suggestions would leak the schema piece by piece.
  if (!config.introspection) plugins.push(useDisableIntrospection(), blockFieldSuggestionsPlugin() as Plugin);

  const yoga = createYoga<ServerContext, GatewayContext>({
    schema: buildGatewaySchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    batching: false,
    // Only a listed origin gets CORS headers: for any other, yoga would answer
    // `Access-Control-Allow-Origin: null`, which a sandboxed iframe's `Origin: null` matches.
    cors:
      config.corsOrigins.length > 0
        ? (request: Request) =>
            config.corsOrigins.includes(request.headers.get('origin') ?? '')
              ? { origin: config.corsOrigins, credentials: false, methods: ['POST'] }
              : false
        : false,
    graphiql: config.graphiql ? { title: 'loyalty-gateway', defaultQuery: EXAMPLE_OPERATIONS } : false,
    // Loaded on first use: the GraphiQL bundle costs ~45 MB of RSS and ~100 ms of start-up, and
    // production has GraphiQL off.
    renderGraphiQL: (options) =>
      import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options)),
    // handleGraphql reads and bounds the body (MAX_BODY_BYTES) before yoga sees it; yoga's own limit
    // would pipe every body through a second stream.
    maxRequestBodySize: false,
    logging: false,
    maskedErrors: {
      maskError: (error) => {
        // GraphQL errors raised on purpose (parse, validation, request checks, resolvers' typed errors)
        // pass; anything else (a bug, a thrown non-GraphQL error) is masked and logged.
        if (isDeliberateGraphqlError(error)) return error as GraphQLError;
        const original = isGraphqlErrorLike(error) ? (error.originalError ?? error) : error;
        logger.error(
          { err: { name: (original as Error).name, message: (original as Error).message } },
          'unexpected error',
        );
        return new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    plugins,
    context: ({ req }: Partial<ServerContext>) => {
      const context: GatewayContext = {
        vendors,
        // In-process calls (yoga.fetch) have no HTTP request: they carry no forwarded credentials.
        forwarded:
          (req as (IncomingMessage & { forwarded?: ForwardedCredentials }) | undefined)?.forwarded ??
          NO_FORWARDED,
        deadlineMs: config.mutationDeadlineMs,
        logger,
        record: (field, outcome, startedAt) => {
          const seconds = (performance.now() - startedAt) / 1000;
          metrics.operation(field, outcome, seconds);
          logger.info({ field, outcome, ms: Math.round(seconds * 1000) }, 'operation');
        },
      };
      return context;
    },
  });

  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | null = null;

  const reply = (
    res: ServerResponse,
    status: number,
    code: string,
    message: string,
    extra: Record<string, string> = {},
  ) => {
    res.writeHead(status, { ...JSON_HEADERS, ...extra });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  };

  const authorized = (header: string | undefined): boolean => {
    if (keyDigests.length === 0) return true;
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match?.[1]) return false;
    const digest = sha256(match[1]);
    let ok = false;
    for (const key of keyDigests) ok = timingSafeEqual(digest, key) || ok;
    return ok;
  };

  const handleGraphql = async (req: IncomingMessage, res: ServerResponse) => {
    // CORS preflights carry no credentials; they run no operation.
    if (req.method !== 'OPTIONS' && !authorized(req.headers.authorization)) {
      reply(
        res,
        401,
        'UNAUTHENTICATED',
        'a valid gateway API key is required (Authorization: Bearer <key>)',
        {
          'www-authenticate': 'Bearer',
        },
      );
      return;
    }
    if (req.method === 'POST') {
      if (!JSON_POST.test(req.headers['content-type'] ?? '')) {
        reply(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'POST bodies must be application/json');
        req.resume();
        return;
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > limits.bodyBytes) {
        reply(res, 413, 'PAYLOAD_TOO_LARGE', `the body exceeds ${limits.bodyBytes} bytes`, {
          connection: 'close',
        });
        req.destroy();
        return;
      }
      const body = await readBounded(req, limits.bodyBytes);
      if (body === null) {
        reply(res, 413, 'PAYLOAD_TOO_LARGE', `the body exceeds ${limits.bodyBytes} bytes`, {
          connection: 'close',
        });
        return;
      }
      (req as IncomingMessage & { body?: Buffer }).body = body;
    } else if (req.method !== 'GET' && req.method !== 'OPTIONS') {
      reply(res, 405, 'METHOD_NOT_ALLOWED', 'use POST (or GET for queries)', { allow: 'GET, POST' });
      return;
    }
    (req as IncomingMessage & { forwarded: ForwardedCredentials }).forwarded = forwardedFrom(req.headers);
    await yoga.requestListener(req, res);
  };

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') return void res.writeHead(200, JSON_HEADERS).end('{"status":"ok"}');
    if (path === '/readyz') {
      return void res
        .writeHead(draining ? 503 : 200, JSON_HEADERS)
        .end(draining ? '{"status":"draining"}' : '{"status":"ready"}');
    }
    if (path === '/metrics' && req.method === 'GET') {
      const body = await metrics.registry.metrics();
      return void res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body);
    }
    if (config.docsDir && (path === '/docs' || path.startsWith('/docs/')))
      return serveDocs(config.docsDir, path, res);
    if (path !== '/graphql') return reply(res, 404, 'NOT_FOUND', 'not found');
    if (draining)
      return reply(res, 503, 'VENDOR_ERROR', 'the gateway is shutting down', { connection: 'close' });
    inFlight++;
    try {
      await handleGraphql(req, res);
    } catch (error) {
      logger.error(
        {
          err: { name: (error as Error).name, message: (error as Error).message },
          headers: safeHeaders(req.headers),
        },
        'request failed',
      );
      if (!res.headersSent) reply(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
    } finally {
      inFlight--;
      if (inFlight === 0) idle?.();
    }
  });
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
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const address = server.address() as AddressInfo;
          const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${host}:${address.port}`);
        });
      }),
    async stop() {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => {
            idle = resolve;
          }),
          new Promise<void>((resolve) => setTimeout(resolve, config.shutdownTimeoutMs).unref()),
        ]);
      }
      if (inFlight > 0) logger.warn({ inFlight }, 'shutdown timeout: requests still in flight');
      server.closeAllConnections();
      await closed;
      await vendors.close();
    },
  };
}

/**
 * By name, not `instanceof`: graphql ships CJS and ESM builds, and a test runner may load both, so
 * an error made by one copy is not an instance of the other's class.
 */
function isGraphqlErrorLike(value: unknown): value is GraphQLError {
  return value instanceof Error && value.name === 'GraphQLError';
}

/** A GraphQL error whose whole cause chain is GraphQL errors (nothing unexpected underneath). */
function isDeliberateGraphqlError(value: unknown): boolean {
  let current: unknown = value;
  for (let depth = 0; depth < 10; depth++) {
    if (!isGraphqlErrorLike(current)) return false;
    if (!current.originalError) return true;
    current = current.originalError;
  }
  return false;
}

function readBounded(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
