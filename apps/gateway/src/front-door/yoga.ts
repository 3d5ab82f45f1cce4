import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { GatewayConfig } from '../config/env.js';
import { EXAMPLE_OPERATIONS } from '../graphiql.js';
import { useClosedErrorCodes, useMaxRootFields } from '../graphql-limits.js';
import { useHiddenSchema } from '../hidden-schema.js';
import { type BulkJobs, ownerOf } from '../jobs/index.js';
import type { GatewayMetrics } from '../metrics.js';
import { buildGatewaySchema, type GatewayContext } from '../schema/index.js';
import { noteOutcome, type Tracing } from '../tracing/index.js';
import type { Vendors } from '../vendors.js';
import { createFastGraphql, type FastGraphql } from './fast-graphql.js';
import { forwardedOf } from './forwarded.js';
import type { Step } from './step.js';

export interface ServerContext {
  req: IncomingMessage;
  res: ServerResponse;
}

export type GatewayYoga = YogaServerInstance<ServerContext, GatewayContext>;

/** The yoga plugins: CSRF, the document limits, closed error codes, and introspection off unless enabled. */
function yogaPlugins(config: GatewayConfig, tracing: Tracing | null): Plugin[] {
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
  if (!config.introspection) plugins.push(useHiddenSchema(), blockFieldSuggestionsPlugin() as Plugin);
  if (tracing) plugins.push(tracing.plugin);
  return plugins;
}

/** GraphQL errors raised on purpose pass; anything else is masked and logged. */
function maskError(logger: Logger) {
  return (error: unknown): GraphQLError => {
    if (isDeliberateGraphqlError(error)) return error as GraphQLError;
    const original = isGraphqlErrorLike(error) ? (error.originalError ?? error) : error;
    logger.error(
      { err: { name: (original as Error).name, message: (original as Error).message } },
      'unexpected error',
    );
    return new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}

/** Only a listed origin gets CORS headers: for any other, yoga would answer `Access-Control-Allow-Origin: null`, which a sandboxed iframe's `Origin: null` matches. */
function corsFor(origins: readonly string[]) {
  if (origins.length === 0) return false;
  return (request: Request) =>
    origins.includes(request.headers.get('origin') ?? '')
      ? { origin: [...origins], credentials: false, methods: ['POST'] }
      : false;
}

export interface YogaDeps {
  config: GatewayConfig;
  vendors: Vendors;
  metrics: GatewayMetrics;
  logger: Logger;
  /** Tracing when on (OTEL_*): a span per operation. */
  tracing?: Tracing | null;
  bulk: BulkJobs;
  /**
   * With a vendor budget: a client that disconnects stops waiting for a slot (waiting is not
   * holding). A vendor call already sent is not aborted: its answer is still recorded.
   */
  abortOnDisconnect?: boolean;
}

/** One signal per connection (a keep-alive connection carries many requests, one at a time). */
const connectionSignals = new WeakMap<Socket, AbortSignal>();

/**
 * A signal that aborts when the client goes away: its connection closes (a request still waiting
 * then is one whose client left; one already answered has nobody listening). Made once per connection,
 * not per request.
 */
function disconnectSignal(req: IncomingMessage): AbortSignal {
  const socket = req.socket;
  const known = connectionSignals.get(socket);
  if (known) return known;
  const controller = new AbortController();
  if (socket.destroyed) controller.abort();
  else socket.once('close', () => controller.abort());
  connectionSignals.set(socket, controller.signal);
  return controller.signal;
}

/** The per-request resolver context: what operations run with, and the outcome recorder. */
function contextFactory({ config, vendors, metrics, logger, bulk, abortOnDisconnect }: YogaDeps) {
  const keysConfigured = config.apiKeys.length > 0;
  // One shape for every context (no conditional spread): the waitSignal is there or undefined.
  return ({ req }: Partial<ServerContext>): GatewayContext => ({
    waitSignal: abortOnDisconnect && req ? disconnectSignal(req) : undefined,
    vendors,
    bulk,
    owner: ownerOf(req?.headers.authorization, keysConfigured),
    forwarded: forwardedOf(req),
    deadlineMs: config.mutationDeadlineMs,
    settle: config.settle,
    logger,
    record: (field, outcome, startedAt) => {
      const seconds = (performance.now() - startedAt) / 1000;
      metrics.operation(field, outcome, seconds);
      noteOutcome(field, outcome);
      logger.info({ field, outcome, ms: Math.round(seconds * 1000) }, 'operation');
    },
  });
}

/** The yoga instance over the gateway schema. */
export function createGatewayYoga(deps: YogaDeps): GatewayYoga {
  const { config } = deps;
  return createYoga<ServerContext, GatewayContext>({
    schema: buildGatewaySchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    batching: false,
    cors: corsFor(config.corsOrigins),
    graphiql: config.graphiql ? { title: 'loyalty-gateway', defaultQuery: EXAMPLE_OPERATIONS } : false,
    // Loaded on first use: the GraphiQL bundle costs ~45 MB of RSS and ~100 ms of start-up, and
    // production has GraphiQL off.
    renderGraphiQL: (options) =>
      import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options)),
    // The body-limit step reads and bounds the body before yoga sees it.
    maxRequestBodySize: false,
    logging: false,
    maskedErrors: { maskError: maskError(deps.logger) },
    plugins: yogaPlugins(config, deps.tracing ?? null),
    context: contextFactory(deps),
  });
}

/** The last step: the fast path answers a plain POST of a known document, yoga anything else. */
export function useYoga(yoga: GatewayYoga, fast?: FastGraphql | null): Step {
  return async ({ req, res }) => {
    if (fast && (await fast.answer(req, res))) return;
    await yoga.requestListener(req, res);
  };
}

/** The fast path over the gateway's yoga instance (built from the same deps), masking and closing errors as its plugins do. */
export function createGatewayFastGraphql(yoga: GatewayYoga, deps: YogaDeps): FastGraphql {
  return createFastGraphql(yoga, {
    hideSuggestions: !deps.config.introspection,
    maskError: maskError(deps.logger),
    context: contextFactory(deps),
  });
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
