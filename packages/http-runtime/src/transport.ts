import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { Agent, type Dispatcher } from 'undici';

/** The fetch signature the clients use: openapi-fetch calls it with a Request-like object. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** Thrown while reading a body larger than the configured cap. */
export class ResponseTooLargeError extends Error {
  readonly status: number;
  constructor(limit: number, status: number) {
    super(`response body exceeds ${limit} bytes`);
    this.name = 'ResponseTooLargeError';
    this.status = status;
  }
}

type BodySource = AsyncIterable<Uint8Array> & { destroy?: (error?: Error) => void; cancel?: () => unknown };

interface HeaderBag {
  get(name: string): string | null;
  has(name: string): boolean;
}

/**
 * The subset of `Response` that openapi-fetch and the clients read (status, ok, headers.get, text,
 * json, body), over any async-iterable body, with the body read capped at `maxBytes`.
 */
export class BoundedResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: HeaderBag;
  readonly body: BodySource | null;
  readonly #maxBytes: number;

  constructor(status: number, headers: HeaderBag, body: BodySource | null, maxBytes: number) {
    this.status = status;
    this.ok = status >= 200 && status < 300;
    this.headers = headers;
    this.body = body;
    this.#maxBytes = maxBytes;
  }

  async text(): Promise<string> {
    if (!this.body) return '';
    if (isNodeReadable(this.body)) return readNodeBody(this.body, this.#maxBytes, this.status);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of this.body) {
      size += chunk.byteLength;
      if (size > this.#maxBytes) {
        const error = new ResponseTooLargeError(this.#maxBytes, this.status);
        if (this.body.destroy) this.body.destroy(error);
        else await this.body.cancel?.();
        throw error;
      }
      chunks.push(chunk);
    }
    return decodeChunks(chunks);
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

function decodeChunks(chunks: Uint8Array[]): string {
  return chunks.length === 1 && chunks[0]
    ? Buffer.from(chunks[0].buffer, chunks[0].byteOffset, chunks[0].byteLength).toString('utf8')
    : Buffer.concat(chunks).toString('utf8');
}

/**
 * A Node stream (e.g. a `WholeResponse`'s body, when a caller's own fetch is the pooled one): read with
 * listeners, not `for await` (same results, fewer objects).
 */
type NodeBody = BodySource & Readable;

function isNodeReadable(body: BodySource): body is NodeBody {
  return body instanceof Readable;
}

/**
 * What `for await` over a Node Readable gives, read with 'data'/'end' listeners: the chunks, or the
 * stream's error, or a premature-close error when it closes before its end, or (over `maxBytes`) a
 * ResponseTooLargeError after destroying the stream with it. An async iterator costs an iterator, a
 * promise per chunk and end-of-stream bookkeeping for each of the ~one chunk a vendor answer is.
 */
function readNodeBody(body: NodeBody, maxBytes: number, status: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const done = () => {
      body.off('data', onData);
      body.off('end', onEnd);
      body.off('error', onError);
      body.off('close', onClose);
    };
    const onData = (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        done();
        const error = new ResponseTooLargeError(maxBytes, status);
        // An error listener stays so that destroy(error) is not an unhandled 'error' event.
        body.on('error', ignore);
        body.destroy(error);
        reject(error);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(decodeChunks(chunks));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onClose = () => {
      done();
      reject(prematureClose());
    };
    if (body.destroyed) {
      reject(body.errored ?? prematureClose());
      return;
    }
    body.on('data', onData);
    body.on('end', onEnd);
    body.on('error', onError);
    body.on('close', onClose);
  });
}

function ignore(): void {}

function prematureClose(): Error {
  return Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
}

/** `get`/`has` over undici's raw header record (lower-case names; repeated ones joined with `, `). */
class RawHeaders implements HeaderBag {
  readonly #headers: Record<string, string | string[] | undefined>;

  constructor(headers: Record<string, string | string[] | undefined>) {
    this.#headers = headers;
  }

  get(name: string): string | null {
    const value = this.#headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.#headers[name.toLowerCase()] !== undefined;
  }
}

/**
 * A minimal `Request` for openapi-fetch's `Request` option: it keeps the URL, method, headers,
 * body string and signal as given instead of building a WHATWG Request (which costs more CPU than
 * the rest of a call). Only valid together with `createPooledFetch`'s fetch or `boundFetch`.
 */
export class LiteRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | undefined;
  readonly signal: AbortSignal | undefined;

  constructor(input: string, init: RequestInit = {}) {
    this.url = input;
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = typeof init.body === 'string' ? init.body : undefined;
    this.signal = init.signal ?? undefined;
  }
}

export interface PooledFetchOptions {
  /** Keep-alive connections per origin (default 128). */
  connections?: number;
  /** How long an idle socket is kept (default 10 s). */
  keepAliveTimeoutMs?: number;
  /** Connect timeout (default 5 s); a connect failure provably sent nothing. */
  connectTimeoutMs?: number;
  /** Largest response body read, in bytes (default 8 MiB); a larger one throws ResponseTooLargeError. */
  maxResponseBytes?: number;
}

export interface PooledFetch {
  /** Fetch-compatible function over an undici keep-alive pool; pair it with `LiteRequest`. */
  fetch: FetchLike;
  /** Closes the pool's sockets. */
  close(): Promise<void>;
}

/**
 * A fetch over undici's keep-alive `Agent`: several times cheaper in CPU than Node's global fetch
 * (which builds WHATWG streams and objects for every call). Each request is dispatched with a
 * handler of its own (`WholeAnswer`) that collects the answer's body up to `maxResponseBytes` and
 * resolves with a `WholeResponse` once it has all arrived: no body stream, no async resource and no
 * promise per stage, which `Agent#request` makes for every call.
 */
export function createPooledFetch(options: PooledFetchOptions = {}): PooledFetch {
  const agent = new Agent({
    connections: options.connections ?? 128,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000,
    // Timeouts are the caller's (AbortSignal per attempt); these only stop leaks if none is given.
    headersTimeout: 300_000,
    bodyTimeout: 300_000,
    connect: { timeout: options.connectTimeoutMs ?? 5_000 },
  });
  const maxBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
  const fetch = async (input: Request | LiteRequest): Promise<Response> => {
    const url = requestTarget(input.url);
    const headers: Record<string, string> = {};
    input.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const body =
      input instanceof LiteRequest ? input.body : input.body === null ? undefined : await input.text();
    const answer = await new Promise<WholeResponse>((resolve, reject) => {
      const handler = new WholeAnswer(resolve, reject, maxBytes, input.signal ?? undefined);
      agent.dispatch(
        { origin: url.origin, path: url.path, method: input.method as 'GET', headers, body },
        handler,
      );
    });
    return answer as unknown as Response;
  };
  return { fetch: fetch as FetchLike, close: () => agent.close() };
}

/** Origins by the `scheme://authority` they were written as (a client talks to one or two). */
const origins = new Map<string, string>();
const ORIGINS = 64;
/** A path and query that `new URL` would give back as they are: no dot segment, nothing to escape. */
const PLAIN_PATH = /^\/[\w\-.~%!$&'()*+,;=:@/?]*$/;
// `.` and `..` segments, `%2e` spelt too (new URL resolves both).
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?]|$)/i;

/**
 * `new URL(url)`'s origin and `pathname + search`, with the parse done once per origin: the path as
 * written when it is already what `new URL` would make of it, else `new URL` itself.
 */
export function requestTarget(url: string): { origin: string; path: string } {
  const scheme = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : 0;
  const slash = scheme ? url.indexOf('/', scheme) : -1;
  const path = slash > 0 ? url.slice(slash) : '';
  const authority = slash > 0 ? url.slice(0, slash) : '';
  if (path && PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path) && !/[?#@\\]/.test(authority)) {
    let origin = origins.get(authority);
    if (origin === undefined) {
      origin = new URL(authority).origin;
      if (origins.size >= ORIGINS) origins.clear();
      origins.set(authority, origin);
    }
    return { origin, path };
  }
  const parsed = new URL(url);
  return { origin: parsed.origin, path: parsed.pathname + parsed.search };
}

/**
 * An answer read whole: the subset of `Response` that openapi-fetch and the clients read (status,
 * ok, headers.get, text, json, body), over the body bytes already received.
 */
export class WholeResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: HeaderBag;
  readonly #chunks: Uint8Array[];
  #body: Readable | null = null;

  constructor(status: number, headers: HeaderBag, chunks: Uint8Array[]) {
    this.status = status;
    this.ok = status >= 200 && status < 300;
    this.headers = headers;
    this.#chunks = chunks;
  }

  /** The body as a stream (openapi-fetch's `parseAs: 'stream'`), made on first use. */
  get body(): Readable {
    this.#body ??= Readable.from(this.#chunks);
    return this.#body;
  }

  text(): Promise<string> {
    return Promise.resolve(this.#chunks.length === 0 ? '' : decodeChunks(this.#chunks));
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

/**
 * The dispatch handler of one pooled request: collects the body (a larger one than `maxBytes`
 * aborts the request with a ResponseTooLargeError), follows the caller's signal (its abort rejects at
 * once, and aborts the request as soon as it has one to abort), and settles exactly once, having
 * removed its abort listener (so the signal's controller can serve a later attempt).
 */
class WholeAnswer implements Dispatcher.DispatchHandler {
  readonly #resolve: (answer: WholeResponse) => void;
  readonly #reject: (error: unknown) => void;
  readonly #maxBytes: number;
  readonly #signal: AbortSignal | undefined;
  #controller: Dispatcher.DispatchController | null = null;
  #settled = false;
  #status = 0;
  #headers: IncomingHttpHeaders = {};
  #chunks: Uint8Array[] = [];
  #size = 0;

  constructor(
    resolve: (answer: WholeResponse) => void,
    reject: (error: unknown) => void,
    maxBytes: number,
    signal: AbortSignal | undefined,
  ) {
    this.#resolve = resolve;
    this.#reject = reject;
    this.#maxBytes = maxBytes;
    this.#signal = signal;
    if (signal?.aborted) this.#fail(signal.reason);
    else signal?.addEventListener('abort', this.#onAbort);
  }

  readonly #onAbort = (): void => {
    const reason = this.#signal?.reason;
    this.#fail(reason);
    this.#controller?.abort(reason instanceof Error ? reason : new Error('aborted'));
  };

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (this.#settled) controller.abort(new Error('the request was given up before it was sent'));
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    status: number,
    headers: IncomingHttpHeaders,
  ): void {
    // An informational (1xx) answer comes before the real one.
    if (status < 200) return;
    this.#status = status;
    this.#headers = headers;
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.#size += chunk.byteLength;
    if (this.#size > this.#maxBytes) {
      const error = new ResponseTooLargeError(this.#maxBytes, this.#status);
      this.#fail(error);
      controller.abort(error);
      return;
    }
    this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.#settle())
      this.#resolve(new WholeResponse(this.#status, new RawHeaders(this.#headers), this.#chunks));
  }

  onResponseError(_controller: Dispatcher.DispatchController | undefined, error: Error): void {
    this.#fail(error);
  }

  #fail(error: unknown): void {
    if (this.#settle()) this.#reject(error);
  }

  /** True the first time: the answer is settled now, and the abort listener is gone. */
  #settle(): boolean {
    if (this.#settled) return false;
    this.#settled = true;
    this.#signal?.removeEventListener('abort', this.#onAbort);
    return true;
  }
}

/**
 * Wraps any fetch (global, pooled, a test's) so that every response body is read with a size cap.
 * The client hands this to openapi-fetch.
 */
export function boundFetch(base: FetchLike, maxBytes: number): FetchLike {
  return async (input, init) => {
    const res = await base(input, init);
    const body = res.body as unknown as BodySource | null;
    return new BoundedResponse(res.status, res.headers, body, maxBytes) as unknown as Response;
  };
}
