import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSpecValidator, type SpecValidator } from '@loyalty-gateway/spec-validator';
import type { VendorName } from '@loyalty-gateway/specs';
import { admin, parseEnvFaults } from './admin.js';
import { applyDrift, type DriftRule } from './drift.js';
import { actsFirst, answerWithFault } from './fault-replies.js';
import { type FaultController, FaultSet } from './faults.js';
import { parseBody, readBody, writeJson } from './http-io.js';
import { CredentialRateLimit } from './rate-limit.js';
import { type LoggedRequest, type RequestLog, RequestRing } from './request-log.js';

/** Where a sandbox listens. */
export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * Check every response the sandbox sends against the spec and record violations in
   * `contractViolations` (tests turn this on; off by default for speed).
   */
  checkContract?: boolean;
  /** Answers that drift from the spec (see drift.ts); for showing that a contract check catches them. */
  drift?: readonly DriftRule[];
  /**
   * Requests a credential may make in any 60 s; more are answered 429 with `Retry-After` in the
   * vendor's error shape (rate-limit.ts). Off by default; the CLI reads SANDBOX_RATE_LIMIT_PER_MINUTE.
   */
  rateLimitPerMinute?: number;
}

/** A running sandbox. */
export interface Sandbox<TStore> {
  url: string;
  close(): Promise<void>;
  store: TStore;
  faults: FaultController;
  requests: RequestLog;
  /** Responses that did not match the spec (only recorded with `checkContract`). */
  contractViolations: Array<{ operationId: string; status: number; issues: unknown }>;
  /**
   * Sets the rate limit from now on (null: off), counting afresh (the store is kept): e.g. off while
   * a test or benchmark seeds its groups and reads them back, on while the gateway runs.
   * `rateLimitPerMinute` sets it at start.
   */
  setRateLimit(perMinute: number | null): void;
}

/** What a vendor handler answers. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Whether the request changed state (counted as a write when it did). */
  wrote?: boolean;
}

/** A parsed request as vendor handlers see it. */
export interface SandboxRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  /**
   * Parsed JSON; `invalidJson` when a body was sent that is not JSON: not labelled
   * `application/json`, not well-formed UTF-8, or not parseable (`body` is then the raw text).
   */
  body: unknown;
  invalidJson: boolean;
}

/** A vendor: how to route, authenticate and answer. */
export interface VendorBehaviour {
  vendor: VendorName;
  route(method: string, path: string): { operationId: string; params: Record<string, string> } | null;
  authenticate(
    req: SandboxRequest,
    operationId: string,
  ): { scheme: LoggedRequest['auth']; valid: boolean; reject?: Reply };
  handle(operationId: string, params: Record<string, string>, req: SandboxRequest): Reply;
  /** The vendor-shaped body for an injected error status (and 413 for a body over 1 MiB). */
  errorBody(status: number): unknown;
  /** Headers the vendor sends on every answer (e.g. Capillary's `X-Cap-Requestid`). */
  responseHeaders?(): Record<string, string>;
  /** The vendor-shaped body for a route that does not exist. */
  notFound(): Reply;
  /** Which credential an authenticated request counts against for the rate limit. */
  rateKey(req: SandboxRequest, operationId: string): string;
  reset(): void;
}

/** What one running sandbox shares between its requests. */
interface EngineState {
  behaviour: VendorBehaviour;
  faults: FaultSet;
  log: RequestRing;
  violations: Sandbox<unknown>['contractViolations'];
  validator: SpecValidator | null;
  drift: readonly DriftRule[] | undefined;
  rateLimit: CredentialRateLimit | null;
}

/** Starts a vendor sandbox on node:http with faults, a request log and an admin endpoint. */
export async function startEngine<TStore>(
  behaviour: VendorBehaviour,
  store: TStore,
  options: SandboxOptions,
): Promise<Sandbox<TStore>> {
  const state: EngineState = {
    behaviour,
    faults: new FaultSet(),
    log: new RequestRing(),
    violations: [],
    validator: options.checkContract ? createSpecValidator(behaviour.vendor) : null,
    drift: options.drift,
    rateLimit: options.rateLimitPerMinute ? new CredentialRateLimit(options.rateLimitPerMinute) : null,
  };
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    handleRequest(state, req, res).catch(() => res.destroy());
  });
  server.keepAliveTimeout = 65_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  for (const rule of parseEnvFaults()) state.faults.add(rule);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    store,
    faults: state.faults,
    requests: state.log,
    contractViolations: state.violations,
    setRateLimit: (perMinute) => {
      state.rateLimit = perMinute === null ? null : new CredentialRateLimit(perMinute);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Checks a reply against the spec (with `checkContract`) and writes it with the vendor's headers. */
function send(
  state: EngineState,
  res: ServerResponse,
  operationId: string | null,
  sandboxReply: Reply,
): void {
  const reply = applyDrift(state.drift, operationId, sandboxReply);
  if (state.validator && operationId) {
    const result = state.validator.validateResponse(operationId, reply.status, reply.body);
    if (!result.valid) state.violations.push({ operationId, status: reply.status, issues: result.issues });
  }
  writeJson(res, reply.status, reply.body, { ...state.behaviour.responseHeaders?.(), ...reply.headers });
}

/** The request as vendor handlers see it. */
function sandboxRequest(req: IncomingMessage, url: URL, raw: Buffer): SandboxRequest {
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = v;
  const { body, invalidJson } = parseBody(raw, req.headers['content-type']);
  return { method: req.method ?? 'GET', path: url.pathname, query, headers: req.headers, body, invalidJson };
}

/** The caller's `traceparent` when it has the W3C shape (a trace id, never a secret), else null. */
function traceparentOf(req: IncomingMessage): string | null {
  const value = req.headers.traceparent;
  return typeof value === 'string' && /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/.test(value)
    ? value
    : null;
}

/** One request: admin endpoints, routing, authentication, the log, then faults and the vendor's answer. */
async function handleRequest(state: EngineState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { behaviour } = state;
  const raw = await readBody(req);
  if (raw === null) {
    send(state, res, null, { status: 413, body: behaviour.errorBody(413) });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://sandbox');
  if (url.pathname.startsWith('/__sandbox/')) {
    const reset = () => {
      behaviour.reset();
      state.rateLimit?.reset();
    };
    admin(req.method ?? 'GET', url.pathname, raw.toString('utf8'), res, { ...state, reset });
    return;
  }
  const request = sandboxRequest(req, url, raw);
  const route = behaviour.route(request.method, request.path);
  const auth = route
    ? behaviour.authenticate(request, route.operationId)
    : { scheme: 'none' as const, valid: false };
  const entry = state.log.push({
    operationId: route?.operationId ?? null,
    method: request.method,
    path: request.path,
    query: request.query,
    body: request.body,
    auth: auth.scheme,
    authValid: auth.valid,
    status: null,
    fault: null,
    rateLimited: false,
    traceparent: traceparentOf(req),
    at: Date.now(),
  });
  if (!route) {
    const reply = behaviour.notFound();
    entry.status = reply.status;
    send(state, res, null, reply);
    return;
  }
  const retryAfter =
    state.rateLimit && auth.valid
      ? state.rateLimit.check(behaviour.rateKey(request, route.operationId))
      : null;
  if (retryAfter !== null) {
    entry.status = 429;
    entry.rateLimited = true;
    const headers = { 'retry-after': String(retryAfter) };
    send(state, res, route.operationId, { status: 429, body: behaviour.errorBody(429), headers });
    return;
  }
  const act = () => auth.reject ?? behaviour.handle(route.operationId, route.params, request);
  await answer(state, { req, res, entry }, route.operationId, act);
}

/** The vendor's answer, with the fault that applies to this request (if any). */
async function answer(
  state: EngineState,
  io: { req: IncomingMessage; res: ServerResponse; entry: LoggedRequest },
  operationId: string,
  act: () => Reply,
): Promise<void> {
  const picked = state.faults.empty
    ? { latencyMs: 0, fault: null }
    : state.faults.pick(operationId, io.entry.method);
  if (picked.latencyMs > 0) await sleep(picked.latencyMs);
  const { fault } = picked;
  io.entry.fault = fault?.kind ?? null;
  const reply = actsFirst(fault) ? act() : null;
  if (!fault) {
    io.entry.status = (reply as Reply).status;
    send(state, io.res, operationId, reply as Reply);
    return;
  }
  answerWithFault(fault, io, reply, {
    errorBody: (status) => state.behaviour.errorBody(status),
    send: (r) => send(state, io.res, operationId, r),
  });
}
