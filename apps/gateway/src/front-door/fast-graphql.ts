import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  type GraphQLError,
  getOperationAST,
} from 'graphql';
import { closeErrors } from '../graphql-limits.js';
import { HIDDEN_SCHEMA, rootTypeKeys } from '../hidden-schema.js';
import type { BodiedRequest } from './body-limit.js';
import { type CompiledExecution, compileExecution } from './compiled-execution.js';
import type { GatewayYoga } from './yoga.js';

/**
 * The fast path for the plain `POST /graphql`: a JSON body with a query (and variables) that earlier
 * requests have already parsed and validated, answered straight on Node's request and response with
 * yoga's own envelop pipeline (its context factory, and its execute with every plugin's execute
 * hooks: masking, tracing). It skips what costs most and decides nothing here: the WHATWG
 * Request/Response round trip and yoga's per-request hook chains. Anything else (GET, an `Origin`
 * header, an Accept or Content-Type it does not know, a new or refused document, odd params) is
 * answered by yoga as before: the fast path declines before it runs anything.
 */
export interface FastGraphql {
  /** Answers the request and resolves true, or resolves false having done nothing observable. */
  answer(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Requests answered here, those of them run compiled (graphql-jit), and requests left to yoga, since start. */
  readonly counts: { answered: number; compiled: number; declined: number };
  /**
   * `direct`: graphql-js execute, or a cached document compiled by graphql-jit where that answers the
   * same (compiled-execution.ts), with the yoga context (a document with a root `__type` still runs
   * through envelop when useHiddenSchema is on); `envelop`: through yoga's envelop pipeline.
   */
  readonly mode: 'direct' | 'envelop';
}

export interface FastGraphqlOptions {
  /** Strip "Did you mean" from messages (introspection off), as the closed-codes plugin does. */
  hideSuggestions: boolean;
  /** Masks an unexpected error thrown by execute (the yoga instance's `maskedErrors.maskError`). */
  maskError: (error: unknown) => GraphQLError;
  /** Documents kept parsed and validated (default 1000). */
  cacheSize?: number;
  /**
   * The yoga instance's own context function. Given, and when yoga's execute and context hooks are
   * only its engine's, the masking plugin's and this context's (see `onlyOwnHooks`), a request runs
   * graphql-js `execute` directly with this context, masking errors itself, without envelop's
   * per-request plumbing; otherwise (e.g. tracing adds an execute hook) it runs through envelop.
   * useHiddenSchema's execute hook acts only on a root `__type`: a document with one runs through
   * envelop, any other directly.
   */
  context?: (serverContext: { req: IncomingMessage; res: ServerResponse }) => object;
}

/** The GraphQL params of a POST body, once checked to be what yoga accepts without a word. */
interface Params {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  extensions?: Record<string, unknown> | null;
}

const PARAM_KEYS = new Set(['query', 'variables', 'operationName', 'extensions']);

/** The fast path over a yoga instance. */
export function createFastGraphql(yoga: GatewayYoga, options: FastGraphqlOptions): FastGraphql {
  const counts = { answered: 0, compiled: 0, declined: 0 };
  const hooks = executeHooks(yoga);
  const context = options.context && hooks.own ? options.context : null;
  const schema = yoga.getEnveloped({}).schema;
  // Compiled (graphql-jit) only where it runs: in direct mode.
  const compile = context ? (document: DocumentNode) => compileExecution(schema, document) : () => null;
  const documents = createDocumentCache(options.cacheSize ?? 1000, compile);
  /** Whether a document must run through envelop although the direct route is open (it looks a type up). */
  const hidden = hooks.hiddenSchema
    ? (document: DocumentNode, params: Params) => rootTypeKeys(document, params.operationName).length > 0
    : () => false;
  /** Executes directly (compiled or graphql-js, masking here) or through envelop. */
  const run = async (
    req: IncomingMessage,
    res: ServerResponse,
    enveloped: Enveloped | null,
    { document, compiled }: Cached,
    params: Params,
  ): Promise<ExecutionResult> => {
    const args = {
      document,
      variableValues: params.variables ?? undefined,
      operationName: params.operationName ?? undefined,
    };
    if (context && !enveloped && !hidden(document, params)) {
      const serverContext = { req, res, params };
      const contextValue = Object.assign(serverContext, context(serverContext));
      const compiledRun = compiled?.run(contextValue, args.variableValues) ?? null;
      if (compiledRun) counts.compiled++;
      const result = await (compiledRun ?? execute({ ...args, schema, contextValue } as ExecutionArgs));
      return result.errors ? { ...result, errors: result.errors.map(options.maskError) } : result;
    }
    const envelopedNow = enveloped ?? yoga.getEnveloped({ req, res, params });
    const contextValue = await envelopedNow.contextFactory();
    return (await envelopedNow.execute({
      ...args,
      schema: envelopedNow.schema,
      contextValue,
    })) as ExecutionResult;
  };
  /** The checked params, the enveloped pipeline and the document of a request taken here, else null. */
  const take = (req: IncomingMessage, res: ServerResponse) => {
    const mediaType = plainPost(req);
    if (mediaType === null) return null;
    const params = paramsOf((req as BodiedRequest).body as Buffer);
    if (params === null) return null;
    let enveloped: Enveloped | null = null;
    const cached = documents.get(params.query, () => {
      enveloped = yoga.getEnveloped({ req, res, params });
      return enveloped;
    });
    if (cached === null) return null;
    const operation = getOperationAST(cached.document, params.operationName ?? undefined);
    if (!operation || operation.operation === 'subscription') return null;
    return { mediaType, params, enveloped, cached };
  };
  return {
    counts,
    mode: context ? 'direct' : 'envelop',
    async answer(req, res) {
      const taken = take(req, res);
      if (taken === null) {
        counts.declined++;
        return false;
      }
      counts.answered++;
      const { mediaType, params, enveloped, cached } = taken;
      let result: ExecutionResult;
      try {
        result = await run(req, res, enveloped, cached, params);
      } catch (error) {
        result = { errors: [options.maskError(error)] };
      }
      send(res, closeErrors(result, options.hideSuggestions), mediaType);
      return true;
    },
  };
}

const ACCEPTED: Record<string, string> = {
  '': 'application/json',
  '*/*': 'application/json',
  'application/json': 'application/json',
  'application/json;charset=utf-8': 'application/json',
  'application/graphql-response+json': 'application/graphql-response+json',
  'application/graphql-response+json;charset=utf-8': 'application/graphql-response+json',
};

/** The response media type of a POST the fast path takes (yoga's choice for that Accept), or null. */
function plainPost(req: IncomingMessage): string | null {
  if (req.method !== 'POST' || !(req as BodiedRequest).body) return null;
  const headers = req.headers;
  // CORS answers depend on the origin: yoga's CORS plugin handles every request that has one.
  if (headers.origin !== undefined || (req.url ?? '').includes('?')) return null;
  const contentType = (headers['content-type'] ?? '').split(',')[0] ?? '';
  if (contentType !== 'application/json' && !contentType.startsWith('application/json;')) return null;
  return ACCEPTED[(headers.accept ?? '').replace(/\s/g, '').toLowerCase()] ?? null;
}

/** The body's params when yoga would take them as they are (else null, and yoga says what is wrong). */
function paramsOf(body: Buffer): Params | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (!isPlainObject(parsed)) return null;
  for (const key in parsed) if (!PARAM_KEYS.has(key)) return null;
  const { query, variables, operationName, extensions } = parsed;
  if (typeof query !== 'string') return null;
  if (variables != null && !isPlainObject(variables)) return null;
  if (extensions != null && !isPlainObject(extensions)) return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  return parsed as unknown as Params;
}

/**
 * Whether yoga's execute and context hooks are exactly its own engine's, the masking plugin's, the
 * user context's and (`hiddenSchema`) useHiddenSchema's (own false when it cannot tell, e.g. another
 * yoga version).
 */
function executeHooks(yoga: GatewayYoga): { own: boolean; hiddenSchema: boolean } {
  const plugins = (yoga as unknown as { plugins?: unknown }).plugins;
  if (!Array.isArray(plugins)) return { own: false, hiddenSchema: false };
  const objects = plugins.filter(
    (p): p is Record<PropertyKey, unknown> => typeof p === 'object' && p !== null,
  );
  const hiddenSchema = objects.some((p) => p[HIDDEN_SCHEMA] === true);
  const count = (hook: string) => objects.filter((p) => hook in p).length;
  const own =
    count('onExecute') === (hiddenSchema ? 3 : 2) &&
    count('onContextBuilding') === 1 &&
    count('onExecutionResult') === 0 &&
    count('instrumentation') === 0;
  return { own, hiddenSchema };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Enveloped = ReturnType<GatewayYoga['getEnveloped']>;

/** A document yoga accepted, and its compiled execution (null: it runs with graphql-js; undefined: not yet compiled). */
interface Cached {
  document: DocumentNode;
  compiled: CompiledExecution | null | undefined;
}

/**
 * Documents yoga's parse and validate (with every plugin's limits) accepted, by query text. A document
 * they refuse is not kept: each such request goes to yoga, which answers it with its errors. A document
 * is compiled once, when it comes again (compiling costs ~0.6 ms: a stream of new documents pays none).
 */
function createDocumentCache(size: number, compile: (document: DocumentNode) => CompiledExecution | null) {
  const cache = new Map<string, Cached>();
  return {
    get(query: string, envelop: () => Enveloped): Cached | null {
      const cached = cache.get(query);
      if (cached) {
        if (cached.compiled === undefined) cached.compiled = compile(cached.document);
        return cached;
      }
      const enveloped = envelop();
      let document: DocumentNode;
      try {
        document = enveloped.parse(query);
        if (enveloped.validate(enveloped.schema, document).length > 0) return null;
      } catch {
        return null;
      }
      if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      const entry = { document, compiled: undefined };
      cache.set(query, entry);
      return entry;
    },
  };
}

/** Writes the result as yoga's regular result processor does (status from the errors' `http`). */
function send(res: ServerResponse, result: ExecutionResult, mediaType: string): void {
  const headers: Record<string, string> = { 'content-type': `${mediaType}; charset=utf-8` };
  let status = 0;
  const errors = result.errors;
  if (errors?.length) {
    for (const error of errors) {
      const http = error.extensions?.http as
        | { status?: number; headers?: Record<string, string> }
        | undefined;
      if (!http) continue;
      if (http.headers) Object.assign(headers, http.headers);
      if (http.status && http.status > status) status = http.status;
    }
  }
  const body = errors?.length ? JSON.stringify(withoutInternals(result)) : JSON.stringify(result);
  headers['content-length'] = String(Buffer.byteLength(body));
  res.writeHead(status || 200, headers);
  res.end(body);
}

/** The result with each error's `http` and `unexpected` extensions left out, as yoga serialises it. */
function withoutInternals(result: ExecutionResult): unknown {
  return {
    ...result,
    errors: result.errors?.map((error) => {
      const json = error.toJSON();
      if (!json.extensions) return json;
      const { http: _http, unexpected: _unexpected, ...extensions } = json.extensions;
      const { extensions: _all, ...rest } = json;
      return Object.keys(extensions).length ? { ...rest, extensions } : rest;
    }),
  };
}
