import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { constants, createBrotliCompress, createGzip, type Gzip } from 'node:zlib';
import type { Step } from './step.js';

/** The codings the gateway can send, best first when a client accepts several equally. */
export type Coding = 'br' | 'gzip';
const CODINGS: readonly Coding[] = ['br', 'gzip'];

/** Bodies below this many bytes go as they are: compressing them saves nothing worth the CPU. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * Whole bodies this large are compressed once and kept (by coding and content hash, the last
 * CACHE_ENTRIES of them): the 9 MB GraphiQL page costs seconds of CPU to compress, every time alike.
 */
const CACHE_MIN_BYTES = 256 * 1024;
const CACHE_ENTRIES = 4;

type Cache = Map<string, Buffer>;

function cacheKey(coding: Coding, body: unknown): string {
  return `${coding}:${createHash('sha1')
    .update(body as Buffer)
    .digest('base64')}`;
}

function remember(cache: Cache, key: string, value: Buffer): void {
  cache.delete(key);
  cache.set(key, value);
  for (const oldest of cache.keys()) {
    if (cache.size <= CACHE_ENTRIES) break;
    cache.delete(oldest);
  }
}

// Text worth compressing; never an event stream (each event must reach the client as it is written).
const COMPRESSIBLE =
  /^(text\/(?!event-stream)[a-z.+-]+|application\/([a-z.+-]*\+)?(json|javascript|xml|graphql-response\+json)|image\/svg\+xml)\s*(;|$)/i;

/**
 * The coding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3): the highest q-value among
 * br, gzip and identity, where `*` stands for any coding not named, identity is acceptable unless
 * refused (`identity;q=0`, or `*;q=0` without identity) and, unnamed, ranks with the least preferred
 * coding named, and ties go to br, then gzip (as the `negotiator` package ranks). null: identity.
 */
export function negotiateEncoding(header: string | undefined): Coding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  let lowest = 1;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    const clamped = Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0;
    q.set(name === 'x-gzip' ? 'gzip' : name, clamped);
    if (clamped > 0) lowest = Math.min(lowest, clamped);
  }
  const star = q.get('*');
  // identity, unnamed, ranks with the least preferred coding named (so `gzip;q=0.5` still gets gzip).
  const of = (coding: string) => q.get(coding) ?? star ?? (coding === 'identity' ? lowest : 0);
  let best: Coding | null = null;
  let bestQ = 0;
  for (const coding of CODINGS) {
    if (of(coding) > bestQ) [best, bestQ] = [coding, of(coding)];
  }
  return best !== null && bestQ >= of('identity') ? best : null;
}

/** A response header by lower-case name: from the headers given to writeHead, else those set. */
type HeaderOf = (name: string) => OutgoingHttpHeaders[string];

/** Whether a response with these headers may be compressed at all (so it varies on Accept-Encoding). */
function compressible(req: IncomingMessage, res: ServerResponse, header: HeaderOf): boolean {
  const type = String(header('content-type') ?? '');
  const status = res.statusCode;
  return (
    COMPRESSIBLE.test(type) &&
    req.method !== 'HEAD' &&
    status >= 200 &&
    status !== 204 &&
    status !== 304 &&
    !header('content-encoding') &&
    !/\bno-transform\b/i.test(String(header('cache-control') ?? ''))
  );
}

/** The Vary value with Accept-Encoding added, or null when it already has it (or `*`). */
function varyWith(vary: string): string | null {
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) return null;
  return vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
}

/** A compressing stream; `keep` receives the whole output once it ended. */
function encoder(coding: Coding, size: number | null, keep?: (output: Buffer) => void): Gzip {
  const stream = coding === 'gzip' ? createGzip({ level: 6 }) : brotli(size);
  if (keep) {
    const out: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => out.push(chunk));
    stream.on('end', () => keep(Buffer.concat(out)));
  }
  return stream;
}

function brotli(size: number | null): Gzip {
  // Quality 5: most of brotli's gain over gzip at a fraction of its top quality's CPU.
  return createBrotliCompress({
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      ...(size !== null ? { [constants.BROTLI_PARAM_SIZE_HINT]: size } : {}),
    },
  }) as unknown as Gzip;
}

function bodyLength(chunk: unknown): number {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return 0;
  return typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Uint8Array).byteLength;
}

/** The headers argument of a writeHead call (after an optional status message). */
function headersArg(args: unknown[]): OutgoingHttpHeaders | unknown[] | undefined {
  return (typeof args[0] === 'string' ? args[1] : args[0]) as OutgoingHttpHeaders | unknown[] | undefined;
}

/** Headers given to writeHead, set on the response so that they can still be changed. */
function storeHeaders(res: ServerResponse, headers: OutgoingHttpHeaders | unknown[] | undefined): void {
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2)
      res.setHeader(String(headers[i]), headers[i + 1] as string);
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  }
}

/** A header of a writeHead headers object, by lower-case name (its keys may be in any case). */
function lookup(headers: OutgoingHttpHeaders, name: string): OutgoingHttpHeaders[string] {
  const exact = headers[name];
  if (exact !== undefined) return exact;
  for (const key in headers) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

/**
 * Compresses responses (pages, the GraphiQL page, large JSON, /metrics, docs) with brotli or gzip
 * as the request's `Accept-Encoding` prefers, once they reach `minBytes`; sets `Vary:
 * Accept-Encoding` on every response that could have been compressed. Event streams, HEAD, 204/304,
 * already-encoded and `no-transform` responses pass untouched.
 */
export function useCompression(minBytes = MIN_COMPRESS_BYTES): Step {
  const cache: Cache = new Map();
  return (request, next) => {
    const { req, res } = request;
    const coding = negotiateEncoding(req.headers['accept-encoding'] as string | undefined);
    wrap(req, res, coding, minBytes, cache);
    return next();
  };
}

// The response's own methods, replaced for this one response: the decision waits for the first
// body bytes (or the end), when the type, status and length are all known. The headers of the
// writeHead call are held as given and passed on to Node's writeHead with the status (its fast path),
// not set one by one, unless this response is compressed.
function wrap(
  req: IncomingMessage,
  res: ServerResponse,
  coding: Coding | null,
  minBytes: number,
  cache: Cache,
): void {
  const original = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  };
  let stream: Gzip | null = null;
  let cached: Buffer | null = null;
  let cachedSent = false;
  let started = false;
  /** The plain headers object of writeHead, held until the decision. */
  let held: OutgoingHttpHeaders | null = null;
  const header: HeaderOf = (name) => {
    const given = held ? lookup(held, name) : undefined;
    return given !== undefined ? given : res.getHeader(name);
  };
  const sendCached = () => {
    if (cachedSent) return true;
    cachedSent = true;
    return Reflect.apply(original.write, res, [cached]) as boolean;
  };
  const start = (first: unknown, ending: boolean) => {
    if (started) return;
    started = true;
    if (compressible(req, res, header)) {
      const vary = varyWith(String(header('vary') ?? ''));
      const declared = header('content-length');
      const size = declared !== undefined ? Number(declared) : ending ? bodyLength(first) : null;
      const compress = coding !== null && (size === null || size >= minBytes);
      if (held && (compress || lookup(held, 'vary') !== undefined)) {
        // Changed one by one from here: the held headers become the response's own.
        storeHeaders(res, held);
        held = null;
      }
      if (vary !== null) {
        if (held) held = { ...held, vary };
        else res.setHeader('vary', vary);
      }
      if (compress && coding) {
        res.setHeader('content-encoding', coding);
        res.removeHeader('content-length');
        // The whole body in this one chunk (yoga writes a page in one write, then ends).
        const whole = size !== null && size >= CACHE_MIN_BYTES && bodyLength(first) === size;
        const key = whole ? cacheKey(coding, first) : null;
        cached = key ? (cache.get(key) ?? null) : null;
        if (cached) res.setHeader('content-length', cached.length);
        else {
          stream = encoder(coding, size, key ? (out) => remember(cache, key, out) : undefined);
          stream.on('data', (chunk: Buffer) => Reflect.apply(original.write, res, [chunk]));
          stream.on('end', () => Reflect.apply(original.end, res, []));
          stream.on('drain', () => res.emit('drain'));
        }
      }
    }
    if (held) original.writeHead.call(res, res.statusCode, held);
    else original.writeHead.call(res, res.statusCode);
  };
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    const headers = headersArg(rest);
    if (held) {
      storeHeaders(res, held);
      held = null;
    }
    if (headers && !Array.isArray(headers)) held = headers;
    else storeHeaders(res, headers);
    return res;
  }) as ServerResponse['writeHead'];
  res.flushHeaders = () => {
    start(undefined, false);
    original.flushHeaders.call(res);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    start(chunk, false);
    if (cached) return sendCached();
    if (!stream) return Reflect.apply(original.write, res, [chunk, ...rest]) as boolean;
    return stream.write(chunk as Buffer, rest.find((a) => typeof a === 'function') as () => void);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    const body = typeof chunk === 'function' ? undefined : chunk;
    start(body, true);
    if (cached) {
      sendCached();
      return Reflect.apply(
        original.end,
        res,
        [chunk, ...rest].filter((a) => typeof a === 'function'),
      );
    }
    if (!stream) return Reflect.apply(original.end, res, [chunk, ...rest]) as ServerResponse;
    const done = [chunk, ...rest].find((a) => typeof a === 'function') as (() => void) | undefined;
    if (done) res.once('finish', done);
    if (body !== undefined && body !== null) stream.end(body as Buffer);
    else stream.end();
    return res;
  }) as ServerResponse['end'];
}
