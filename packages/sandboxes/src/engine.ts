import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSpecValidator, type VendorName } from '@loyalty-gateway/specs';
import { applyDrift, type DriftRule } from './drift.js';
import { type FaultController, FaultSet, parseFaultRule } from './faults.js';
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
  /** Parsed JSON; `invalidJson` when the body was not JSON. */
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
  /** The vendor-shaped body for an injected error status. */
  errorBody(status: number): unknown;
  /** The vendor-shaped body for a route that does not exist. */
  notFound(): Reply;
  reset(): void;
}

const MAX_BODY = 1024 * 1024;
const JSON_TYPE = { 'content-type': 'application/json' };

/** Starts a vendor sandbox on node:http with faults, a request log and an admin endpoint. */
export async function startEngine<TStore>(
  behaviour: VendorBehaviour,
  store: TStore,
  options: SandboxOptions,
): Promise<Sandbox<TStore>> {
  const faults = new FaultSet();
  const log = new RequestRing();
  const sockets = new Set<Socket>();
  const violations: Sandbox<TStore>['contractViolations'] = [];
  const validator = options.checkContract ? createSpecValidator(behaviour.vendor) : null;

  const send = (res: ServerResponse, operationId: string | null, sandboxReply: Reply) => {
    const reply = applyDrift(options.drift, operationId, sandboxReply);
    if (validator && operationId) {
      const result = validator.validateResponse(operationId, reply.status, reply.body);
      if (!result.valid) violations.push({ operationId, status: reply.status, issues: result.issues });
    }
    const payload = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      ...JSON_TYPE,
      'content-length': Buffer.byteLength(payload),
      ...reply.headers,
    });
    res.end(payload);
  };

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req).catch(() => null);
    if (raw === null) {
      res.writeHead(413, JSON_TYPE).end('{"error":"body too large"}');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const method = req.method ?? 'GET';
    if (url.pathname.startsWith('/__sandbox/')) {
      admin(method, url.pathname, raw, res, faults, log, behaviour);
      return;
    }
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = v;
    let body: unknown;
    let invalidJson = false;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        invalidJson = true;
      }
    }
    const request: SandboxRequest = {
      method,
      path: url.pathname,
      query,
      headers: req.headers,
      body,
      invalidJson,
    };
    const route = behaviour.route(method, url.pathname);
    const auth = route
      ? behaviour.authenticate(request, route.operationId)
      : { scheme: 'none' as const, valid: false };
    const entry = log.push({
      operationId: route?.operationId ?? null,
      method,
      path: url.pathname,
      query,
      body,
      auth: auth.scheme,
      authValid: auth.valid,
      status: null,
      fault: null,
      at: Date.now(),
    });
    if (!route) {
      const reply = behaviour.notFound();
      entry.status = reply.status;
      send(res, null, reply);
      return;
    }
    const picked = faults.empty ? { latencyMs: 0, fault: null } : faults.pick(route.operationId, method);
    if (picked.latencyMs > 0) await sleep(picked.latencyMs);
    const fault = picked.fault;
    entry.fault = fault?.kind ?? null;
    // status, hang and reset strike before the vendor acts unless applyWrite says the write happens first;
    // html, truncated, oversized and stall-body garble the answer of a request that was applied.
    const preFault =
      fault !== null && (fault.kind === 'status' || fault.kind === 'hang' || fault.kind === 'reset');
    const applyFirst = !preFault || (fault !== null && 'applyWrite' in fault && fault.applyWrite === true);
    let reply: Reply | null = null;
    if (applyFirst) {
      reply = auth.reject ?? behaviour.handle(route.operationId, route.params, request);
    }
    if (!fault) {
      entry.status = (reply as Reply).status;
      send(res, route.operationId, reply as Reply);
      return;
    }
    switch (fault.kind) {
      case 'status': {
        entry.status = fault.status;
        const headers: Record<string, string> =
          fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter };
        send(res, route.operationId, {
          status: fault.status,
          body: behaviour.errorBody(fault.status),
          headers,
        });
        return;
      }
      case 'hang':
        return; // never answers; close() destroys the socket
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'html': {
        entry.status = 200;
        const html = '<!DOCTYPE html><html><body><h1>Service notice</h1></body></html>';
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-length': Buffer.byteLength(html),
        });
        res.end(html);
        return;
      }
      case 'truncated': {
        entry.status = (reply as Reply).status;
        const payload = JSON.stringify((reply as Reply).body);
        res.writeHead((reply as Reply).status, {
          ...JSON_TYPE,
          'content-length': Buffer.byteLength(payload),
        });
        res.write(payload.slice(0, Math.floor(payload.length / 2)));
        setImmediate(() => req.socket.destroy());
        return;
      }
      case 'oversized': {
        entry.status = 200;
        res.writeHead(200, JSON_TYPE);
        writeOversized(res, fault.bytes);
        return;
      }
      case 'stall-body': {
        entry.status = (reply as Reply).status;
        const payload = JSON.stringify((reply as Reply).body);
        res.writeHead((reply as Reply).status, {
          ...JSON_TYPE,
          'content-length': Buffer.byteLength(payload),
        });
        res.write(payload.slice(0, 1));
        return; // the rest never comes
      }
    }
  });
  server.keepAliveTimeout = 65_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  for (const rule of parseEnvFaults()) faults.add(rule);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    store,
    faults,
    requests: log,
    contractViolations: violations,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(
        chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8'),
      ),
    );
    req.on('error', reject);
  });
}

function writeOversized(res: ServerResponse, bytes: number): void {
  const chunk = 'x'.repeat(64 * 1024);
  let written = 0;
  res.write('{"pad":"');
  const pump = () => {
    while (written < bytes) {
      written += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end('"}');
  };
  res.on('close', () => {
    written = bytes;
  });
  pump();
}

function admin(
  method: string,
  path: string,
  raw: string,
  res: ServerResponse,
  faults: FaultSet,
  log: RequestRing,
  behaviour: VendorBehaviour,
): void {
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, JSON_TYPE).end(JSON.stringify(body));
  };
  try {
    if (path === '/__sandbox/faults' && method === 'POST') {
      faults.add(parseFaultRule(JSON.parse(raw)));
      reply(201, { faults: faults.active() });
    } else if (path === '/__sandbox/faults' && method === 'DELETE') {
      faults.clear();
      reply(200, { faults: [] });
    } else if (path === '/__sandbox/faults' && method === 'GET') {
      reply(200, { faults: faults.active() });
    } else if (path === '/__sandbox/reset' && method === 'POST') {
      behaviour.reset();
      faults.clear();
      log.clear();
      reply(200, { reset: true });
    } else if (path === '/__sandbox/requests' && method === 'GET') {
      reply(200, { requests: log.all() });
    } else {
      reply(404, { error: 'unknown admin endpoint' });
    }
  } catch (error) {
    reply(400, { error: error instanceof Error ? error.message : 'bad request' });
  }
}

function parseEnvFaults() {
  // The one place the sandbox reads the environment: the CLI's way to inject faults at start.
  const raw = process.env.SANDBOX_FAULTS;
  if (!raw) return [];
  const parsed: unknown = JSON.parse(raw);
  return (Array.isArray(parsed) ? parsed : [parsed]).map(parseFaultRule);
}
