import { createHash } from 'node:crypto';
import { type OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { constants, createBrotliCompress, createGzip, type Gzip } from 'node:zlib';

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

/** A response header by lower-case name: from the headers given to writeHead (held), else those set. */
function headerOf(
  held: OutgoingHttpHeaders | null,
  lowerCase: boolean,
  res: ServerResponse,
  name: string,
): OutgoingHttpHeaders[string] {
  const given = held ? lookup(held, lowerCase, name) : undefined;
  return given !== undefined ? given : res.getHeader(name);
}

/**
 * Whether a response may be compressed at all (so it varies on Accept-Encoding), from its method,
 * status and headers. Content types are few: each one's verdict is kept.
 */
function compressible(res: ServerResponse, held: OutgoingHttpHeaders | null, lowerCase: boolean): boolean {
  const status = res.statusCode;
  return (
    compressibleType(String(headerOf(held, lowerCase, res, 'content-type') ?? '')) &&
    res.req.method !== 'HEAD' &&
    status >= 200 &&
    status !== 204 &&
    status !== 304 &&
    !headerOf(held, lowerCase, res, 'content-encoding') &&
    !/\bno-transform\b/i.test(String(headerOf(held, lowerCase, res, 'cache-control') ?? ''))
  );
}

const typeVerdicts = new Map<string, boolean>();
const TYPE_VERDICTS = 64;

function compressibleType(type: string): boolean {
  let verdict = typeVerdicts.get(type);
  if (verdict === undefined) {
    verdict = COMPRESSIBLE.test(type);
    if (typeVerdicts.size >= TYPE_VERDICTS) typeVerdicts.clear();
    typeVerdicts.set(type, verdict);
  }
  return verdict;
}

/** The Vary value with Accept-Encoding added, or null when it already has it (or `*`). */
function varyWith(vary: string): string | null {
  if (vary === '') return 'Accept-Encoding';
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) return null;
  return `${vary}, Accept-Encoding`;
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

/** Whether every name of a headers object is in lower case (then a missing name needs no search). */
function lowerCaseNames(headers: OutgoingHttpHeaders): boolean {
  for (const key in headers) if (key !== key.toLowerCase()) return false;
  return true;
}

/**
 * A header of a writeHead headers object, by lower-case name (its keys may be in any case, unless
 * `lowerCase` says they are all lower case).
 */
function lookup(headers: OutgoingHttpHeaders, lowerCase: boolean, name: string): OutgoingHttpHeaders[string] {
  const exact = headers[name];
  if (exact !== undefined || lowerCase) return exact;
  for (const key in headers) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

/** Node's own ServerResponse methods, called by the compressing response once it has decided. */
const base = ServerResponse.prototype;

/**
 * The server's response class (`createServer({ ServerResponse: compressingResponse() })`): compresses
 * responses (pages, the GraphiQL page, large JSON, /metrics, docs) with brotli or gzip as the
 * request's `Accept-Encoding` prefers, once they reach `minBytes`, and sets `Vary: Accept-Encoding` on
 * every response that could have been compressed. Event streams, HEAD, 204/304, already-encoded and
 * `no-transform` responses pass untouched. The decision waits for the first body bytes (or the end),
 * when the type, status and length are all known. The headers of a writeHead call are held as given
 * and passed on to Node's writeHead with the status (its fast path), not set one by one, unless this
 * response is compressed. A class rather than a step that replaced each response's methods: no
 * closures and no new methods on every response.
 */
export function compressingResponse(minBytes = MIN_COMPRESS_BYTES): typeof ServerResponse {
  const cache: Cache = new Map();
  return class CompressingResponse extends ServerResponse {
    #stream: Gzip | null = null;
    #cached: Buffer | null = null;
    #cachedSent = false;
    #started = false;
    /** The plain headers object of writeHead, held until the decision. */
    #held: OutgoingHttpHeaders | null = null;
    /** Whether the held headers' names are all in lower case. */
    #heldLowerCase = false;

    #header(name: string): OutgoingHttpHeaders[string] {
      return headerOf(this.#held, this.#heldLowerCase, this, name);
    }

    #sendCached(): boolean {
      if (this.#cachedSent) return true;
      this.#cachedSent = true;
      return Reflect.apply(base.write, this, [this.#cached]) as boolean;
    }

    #start(first: unknown, ending: boolean): void {
      if (this.#started) return;
      this.#started = true;
      if (compressible(this, this.#held, this.#heldLowerCase)) {
        const coding = negotiateEncoding(this.req.headers['accept-encoding']);
        this.#decide(coding, first, ending);
      }
      const held = this.#held;
      if (held) base.writeHead.call(this, this.statusCode, held);
      else base.writeHead.call(this, this.statusCode);
    }

    /** For a compressible response: Vary, and the encoder when the body is worth compressing. */
    #decide(coding: Coding | null, first: unknown, ending: boolean): void {
      const heldVary = this.#held ? lookup(this.#held, this.#heldLowerCase, 'vary') : undefined;
      const vary = varyWith(String(heldVary ?? this.getHeader('vary') ?? ''));
      const declared = this.#header('content-length');
      const size = declared !== undefined ? Number(declared) : ending ? bodyLength(first) : null;
      const compress = coding !== null && (size === null || size >= minBytes);
      if (this.#held && (compress || heldVary !== undefined)) {
        // Changed one by one from here: the held headers become the response's own.
        storeHeaders(this, this.#held);
        this.#held = null;
      }
      if (vary !== null) {
        if (this.#held) this.#held = { ...this.#held, vary };
        else this.setHeader('vary', vary);
      }
      if (!compress || !coding) return;
      this.setHeader('content-encoding', coding);
      this.removeHeader('content-length');
      // The whole body in this one chunk (yoga writes a page in one write, then ends).
      const whole = size !== null && size >= CACHE_MIN_BYTES && bodyLength(first) === size;
      const key = whole ? cacheKey(coding, first) : null;
      this.#cached = key ? (cache.get(key) ?? null) : null;
      if (this.#cached) {
        this.setHeader('content-length', this.#cached.length);
        return;
      }
      const stream = encoder(coding, size, key ? (out) => remember(cache, key, out) : undefined);
      stream.on('data', (chunk: Buffer) => Reflect.apply(base.write, this, [chunk]));
      stream.on('end', () => Reflect.apply(base.end, this, []));
      stream.on('drain', () => this.emit('drain'));
      this.#stream = stream;
    }

    override writeHead(status: number, ...rest: unknown[]): this {
      this.statusCode = status;
      if (typeof rest[0] === 'string') this.statusMessage = rest[0];
      const headers = headersArg(rest);
      if (this.#held) {
        storeHeaders(this, this.#held);
        this.#held = null;
      }
      if (headers && !Array.isArray(headers)) {
        this.#held = headers;
        this.#heldLowerCase = lowerCaseNames(headers);
      } else storeHeaders(this, headers);
      return this;
    }

    override flushHeaders(): void {
      this.#start(undefined, false);
      base.flushHeaders.call(this);
    }

    override write(chunk: unknown, ...rest: unknown[]): boolean {
      this.#start(chunk, false);
      if (this.#cached) return this.#sendCached();
      const stream = this.#stream;
      if (!stream) return Reflect.apply(base.write, this, [chunk, ...rest]) as boolean;
      return stream.write(chunk as Buffer, rest.find((a) => typeof a === 'function') as () => void);
    }

    override end(chunk?: unknown, ...rest: unknown[]): this {
      const body = typeof chunk === 'function' ? undefined : chunk;
      this.#start(body, true);
      if (this.#cached) {
        this.#sendCached();
        const done = [chunk, ...rest].filter((a) => typeof a === 'function');
        return Reflect.apply(base.end, this, done) as this;
      }
      const stream = this.#stream;
      if (!stream) return Reflect.apply(base.end, this, [chunk, ...rest]) as this;
      const done = [chunk, ...rest].find((a) => typeof a === 'function') as (() => void) | undefined;
      if (done) this.once('finish', done);
      if (body !== undefined && body !== null) stream.end(body as Buffer);
      else stream.end();
      return this;
    }
  } as unknown as typeof ServerResponse;
}
