// The real thing over real HTTP on 127.0.0.1: both vendor sandboxes (port 0) started with the canary
// credentials, and the gateway configured from env-style variables exactly as production configures it
// (loadConfig), listening on port 0, its log lines captured. Every gateway answer is kept, so a test
// can check that no canary appears in any body, header or log line.
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import {
  createGateway,
  type Gateway,
  type GatewayOptions,
  loadConfig,
  startTracing,
} from '@loyalty-gateway/gateway';
import {
  type CapillarySandboxOptions,
  type CapillaryStore,
  type Sandbox,
  startCapillarySandbox,
  startXtrakitSandbox,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { addCanary, assertNoCanary, CANARIES, CANARY_USERNAME } from './canaries.js';

/** A gateway answer, read in full. */
export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON, or null when the body was not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response JSON
  body: any;
  text: string;
}

/** How a stack is configured; everything becomes an environment variable for loadConfig. */
export interface StackOptions {
  /** NODE_ENV=production (introspection, GraphiQL and suggestions off). */
  production?: boolean;
  /** Capillary credentials held by the gateway: till login (default) or OAuth client. */
  capillaryAuth?: 'basic' | 'oauth';
  /** Vendors whose credentials callers forward in headers instead. */
  forwarded?: { xtrakit?: boolean; capillary?: boolean };
  /** Put a TCP tap (connection and byte counter) between the gateway and each sandbox. */
  tap?: boolean;
  /** Point a vendor somewhere else (a closed port, a hostile vendor) instead of its sandbox. */
  xtrakitUrl?: string;
  capillaryUrl?: string;
  /** Options for the Capillary sandbox (extended fields, caps). */
  capillarySandbox?: Omit<CapillarySandboxOptions, 'username' | 'password' | 'oauthKey' | 'oauthSecret'>;
  /** More variables (limits, timeouts); they win over the defaults. */
  env?: Record<string, string>;
  /** Turn tracing on (OTEL_EXPORTER_OTLP_ENDPOINT) towards a receiver that keeps every export's bytes. */
  trace?: boolean;
}

/** Counts connections and response bytes between the gateway and a vendor. */
export interface Tap {
  url: string;
  /** Connections open right now. */
  readonly open: number;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** Bytes the vendor sent towards the gateway. */
  readonly bytesToGateway: number;
  /** Every connection: whether it is still open and the tail of what the gateway sent on it. */
  readonly connections: ReadonlyArray<{ readonly open: boolean; readonly sent: string }>;
  close(): Promise<void>;
}

/** What a case did: the gateway's answer, the vendor calls it caused and whether vendor state changed. */
export interface Observed {
  reply: Reply;
  calls: { xtrakit: number; capillary: number };
  changed: { xtrakit: boolean; capillary: boolean };
}

export interface Stack {
  url: string;
  gateway: Gateway;
  xtrakit: Sandbox<XtrakitStore>;
  capillary: Sandbox<CapillaryStore> & { expireTokens(): void };
  taps: { xtrakit: Tap | null; capillary: Tap | null };
  /** The variables the gateway was configured from. */
  env: Record<string, string>;
  /** Every log line the gateway wrote. */
  logs: string[];
  /** Every answer the gateway gave (bodies and headers are leak-checked). */
  replies: Reply[];
  /** POST /graphql as JSON, with the gateway API key unless `headers` sets authorization. */
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Reply>;
  /** Any request to the gateway (no API key added). */
  http(path: string, init?: RequestInit): Promise<Reply>;
  /** Raw bytes to the gateway over one socket; resolves to the raw answer (connection: close). */
  raw(request: string | Buffer): Promise<Reply>;
  /** Runs a case and reports the vendor calls and state changes it caused. */
  observe(send: () => Promise<Reply>): Promise<Observed>;
  /** Vendor requests so far, per sandbox. */
  calls(): { xtrakit: number; capillary: number };
  /** Both stores, as text, for before/after comparisons. */
  state(): { xtrakit: string; capillary: string };
  /** With `trace`: every OTLP export body received so far (spans with their resource and attributes). */
  traces: Buffer[];
  /** With `trace`: exports the spans ended so far and waits until the receiver has them. */
  flushTraces(): Promise<void>;
  /** Throws when any answer, log line or exported span so far holds a canary. */
  assertNoLeaks(): void;
  /** Seed data back, request logs and faults cleared. */
  reset(): void;
  stop(): Promise<void>;
}

/** The gateway API key header every stack is configured with. */
export const GATEWAY_AUTH = { authorization: `Bearer ${CANARIES.gatewayKey}` } as const;

const REQUEST_TIMEOUT_MS = 15_000;

/** Reads a fetch Response in full. */
async function read(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** Starts both sandboxes with the canary credentials and a gateway configured from variables. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const xtrakit = await startXtrakitSandbox({ port: 0, checkContract: true, apiKey: CANARIES.xtrakitApiKey });
  const capillary = await startCapillarySandbox({
    port: 0,
    checkContract: true,
    ...options.capillarySandbox,
    username: CANARY_USERNAME,
    password: CANARIES.capillaryPassword,
    oauthKey: CANARIES.oauthKey,
    oauthSecret: CANARIES.oauthSecret,
  });
  const taps = {
    xtrakit: options.tap ? await startTap(xtrakit.url) : null,
    capillary: options.tap ? await startTap(capillary.url) : null,
  };
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    // debug: the most the gateway ever logs, so the leak checks see it all.
    LOG_LEVEL: 'debug',
    GATEWAY_API_KEYS: CANARIES.gatewayKey,
    XTRAKIT_BASE_URL: options.xtrakitUrl ?? taps.xtrakit?.url ?? xtrakit.url,
    CAPILLARY_BASE_URL: options.capillaryUrl ?? taps.capillary?.url ?? capillary.url,
    VENDOR_TIMEOUT_MS: '2000',
    ...(options.production ? { NODE_ENV: 'production' } : {}),
  };
  if (options.forwarded?.xtrakit) env.XTRAKIT_CREDENTIALS = 'forwarded';
  else env.XTRAKIT_API_KEY = CANARIES.xtrakitApiKey;
  if (options.forwarded?.capillary) env.CAPILLARY_CREDENTIALS = 'forwarded';
  else if (options.capillaryAuth === 'oauth') {
    env.CAPILLARY_OAUTH_KEY = CANARIES.oauthKey;
    env.CAPILLARY_OAUTH_SECRET = CANARIES.oauthSecret;
  } else {
    env.CAPILLARY_USERNAME = CANARY_USERNAME;
    env.CAPILLARY_PASSWORD = CANARIES.capillaryPassword;
  }
  const traceSink = options.trace ? await startTraceSink() : null;
  if (traceSink) env.OTEL_EXPORTER_OTLP_ENDPOINT = traceSink.url;
  Object.assign(env, options.env);

  const config = loadConfig(env);
  const logs: string[] = [];
  const gateway = createGateway({
    config,
    endpoints: endpointsOf(config),
    logDestination: { write: (line: string) => void logs.push(line) },
    // No extra secrets: the gateway must keep secrets out on its own, as it does in production.
    tracing: await startTracing(config.tracing),
  });
  const url = await gateway.listen();
  const replies: Reply[] = [];

  const http = async (path: string, init?: RequestInit): Promise<Reply> => {
    const response = await fetch(`${url}${path}`, {
      ...init,
      signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const reply = await read(response);
    replies.push(reply);
    return reply;
  };
  const calls = () => ({ xtrakit: xtrakit.requests.count(), capillary: capillary.requests.count() });
  const state = () => ({
    xtrakit: JSON.stringify(xtrakit.store.list()),
    capillary: JSON.stringify(capillary.store.list()),
  });

  const stack: Stack = {
    url,
    gateway,
    xtrakit,
    capillary,
    taps,
    env,
    logs,
    replies,
    http,
    gql: (query, variables, headers) =>
      http('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...GATEWAY_AUTH, ...headers },
        body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
      }),
    async raw(request) {
      const reply = await rawRequest(url, request);
      replies.push(reply);
      return reply;
    },
    async observe(send) {
      const beforeCalls = calls();
      const beforeState = state();
      const reply = await send();
      const afterCalls = calls();
      const afterState = state();
      return {
        reply,
        calls: {
          xtrakit: afterCalls.xtrakit - beforeCalls.xtrakit,
          capillary: afterCalls.capillary - beforeCalls.capillary,
        },
        changed: {
          xtrakit: afterState.xtrakit !== beforeState.xtrakit,
          capillary: afterState.capillary !== beforeState.capillary,
        },
      };
    },
    calls,
    state,
    traces: traceSink?.bodies ?? [],
    async flushTraces() {
      await gateway.tracing?.flush();
    },
    assertNoLeaks() {
      replies.forEach((reply, i) => {
        assertNoCanary(reply.text, `response body #${i}`);
        assertNoCanary(JSON.stringify([...reply.headers]), `response headers #${i}`);
      });
      assertNoCanary(logs.join(''), 'the gateway log');
      // Protobuf carries strings as their UTF-8 bytes: latin1 keeps every byte as one character.
      for (const [i, body] of (traceSink?.bodies ?? []).entries())
        assertNoCanary(body.toString('latin1'), `span export #${i}`);
    },
    reset() {
      xtrakit.store.reset();
      capillary.store.reset();
      xtrakit.requests.clear();
      capillary.requests.clear();
      xtrakit.faults.clear();
      capillary.faults.clear();
    },
    async stop() {
      await gateway.stop();
      await Promise.all([
        xtrakit.close(),
        capillary.close(),
        taps.xtrakit?.close(),
        taps.capillary?.close(),
        traceSink?.close(),
      ]);
    },
  };
  return stack;
}

/** An OTLP/HTTP receiver that keeps the bytes of every export (the leak checks read them raw). */
async function startTraceSink(): Promise<{ url: string; bodies: Buffer[]; close(): Promise<void> }> {
  const bodies: Buffer[] = [];
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks));
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    bodies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Vendor endpoints from a loaded config, as the gateway's own start-up derives them. */
export function endpointsOf(config: ReturnType<typeof loadConfig>): GatewayOptions['endpoints'] {
  const x = config.xtrakit;
  const c = config.capillary;
  if (x.credentials.mode === 'sandbox' || c.credentials.mode === 'sandbox' || x.baseUrl === null) {
    throw new Error('the reliability stack configures both vendors explicitly');
  }
  return {
    xtrakit: { baseUrl: x.baseUrl, apiKey: x.credentials.mode === 'server' ? x.credentials.apiKey : null },
    capillary: {
      baseUrl: c.baseUrl,
      region: c.region,
      auth: c.credentials.mode === 'server' ? c.credentials.auth : null,
    },
  };
}

/** Sends raw bytes to `baseUrl`'s host and port and reads the answer until the server closes. */
export function rawRequest(baseUrl: string, request: string | Buffer, timeoutMs = 10_000): Promise<Reply> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('raw request timed out'));
    }, timeoutMs);
    socket.on('connect', () => socket.end(request));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseRawResponse(Buffer.concat(chunks).toString('latin1')));
    });
  });
}

function parseRawResponse(raw: string): Reply {
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  let text = split === -1 ? '' : raw.slice(split + 4);
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = new Headers();
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  if (headers.get('transfer-encoding') === 'chunked') text = dechunk(text);
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body, text };
}

function dechunk(text: string): string {
  let out = '';
  let rest = text;
  for (;;) {
    const eol = rest.indexOf('\r\n');
    if (eol === -1) return out;
    const size = Number.parseInt(rest.slice(0, eol), 16);
    if (!size) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}

/** A TCP pass-through in front of `targetUrl` that counts connections and bytes. */
export async function startTap(targetUrl: string): Promise<Tap> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  let open = 0;
  let accepted = 0;
  let bytesToGateway = 0;
  const connections: Array<{ open: boolean; sent: string }> = [];
  const server: Server = createServer((client) => {
    accepted++;
    open++;
    const record = { open: true, sent: '' };
    connections.push(record);
    client.on('data', (chunk: Buffer) => {
      record.sent = (record.sent + chunk.toString('latin1')).slice(-4096);
    });
    const upstream = tcpConnect({ host: target.hostname, port: Number(target.port) });
    sockets.add(client);
    sockets.add(upstream);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      open--;
      record.open = false;
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    upstream.on('data', (chunk: Buffer) => {
      bytesToGateway += chunk.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    get open() {
      return open;
    },
    get accepted() {
      return accepted;
    },
    get bytesToGateway() {
      return bytesToGateway;
    },
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An access token from the Capillary sandbox for the canary OAuth client (added to the canaries). */
export async function issueToken(stack: Stack): Promise<string> {
  const response = await fetch(`${stack.capillary.url}/v3/oauth/token/generate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key: CANARIES.oauthKey, secret: CANARIES.oauthSecret }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const issued = (await response.json()) as { data: { accessToken: string } };
  addCanary(issued.data.accessToken);
  return issued.data.accessToken;
}

/** A request as a hostile vendor received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A vendor that misbehaves on purpose (e.g. echoes credentials); it records what it received. */
export interface HostileVendor {
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** Starts a vendor on 127.0.0.1:0 that answers every request with `answer(request)`. */
export async function startHostileVendor(
  answer: (request: ReceivedRequest) => { status: number; headers?: Record<string, string>; body: string },
): Promise<HostileVendor> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const reply = answer(request);
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Everything a request carried (headers and body), as a vendor that echoes it would send it back. */
export function echoOf(request: ReceivedRequest): string {
  return JSON.stringify({ received: { headers: request.headers, body: request.body } });
}

/** A URL on 127.0.0.1 where nothing listens (a port that was free a moment ago). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Polls `condition` every 20 ms until it holds or `timeoutMs` passes; returns whether it held. */
export async function eventually(condition: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

export const UPDATE_CUSTOMER_GROUP = /* GraphQL */ `
  mutation UpdateCustomerGroup($input: UpdateCustomerGroupInput!) {
    updateCustomerGroup(input: $input) {
      outcome
      customerGroup { id name description }
      userErrors { code field message vendorCode retryAfterSeconds }
    }
  }
`;

export const UPDATE_USER_GROUP = /* GraphQL */ `
  mutation UpdateUserGroup($input: UpdateUserGroupInput!) {
    updateUserGroup(input: $input) {
      outcome
      userGroup { id externalId name maxGroupSize extendedFields { name value } }
      warnings { code message }
      userErrors { code field message vendorCode retryAfterSeconds }
    }
  }
`;
