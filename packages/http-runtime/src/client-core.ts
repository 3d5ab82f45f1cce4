import {
  refusedInput,
  type VendorError,
  type VendorErrorKind,
  type VendorName,
  type VendorResult,
  type VendorWarning,
} from './errors.js';
import { isSafeHeaderValue } from './header-values.js';
import type { AdmissionHook, AttemptObserver } from './hooks.js';
import { parseJsonKeepingIds } from './json.js';
import {
  type AttemptHeaders,
  type AttemptInfo,
  type CallOptions,
  DEFAULT_RETRY,
  execute,
  type RetryOptions,
} from './policy.js';
import type { CompiledSpec } from './spec-validator.js';
import { boundFetch, createPooledFetch, type FetchLike, LiteRequest } from './transport.js';

/** Options every generated client accepts. */
export interface ClientOptionsBase {
  /** Vendor base URL (scheme + host); defaults to the spec's production server. */
  baseUrl?: string;
  /** Your own fetch (e.g. a test's or an instrumented one); default: a keep-alive undici pool. */
  fetch?: FetchLike;
  /** Per-attempt timeout in ms (default 10 000). */
  timeoutMs?: number;
  /** Retry policy (see RetryOptions; safe for writes by default). */
  retry?: RetryOptions;
  /** Largest response body read, in bytes (default 1 MiB); a larger one is a bad_response. */
  maxResponseBytes?: number;
  /** Called after every attempt, for metrics and logs; receives no secret (see also `observer`). */
  onAttempt?: (info: AttemptInfo) => void;
  /**
   * Taken before every attempt (retries and token requests included): may wait or refuse; a
   * refused attempt is not sent. A vendor request budget implements it.
   */
  admission?: AdmissionHook;
  /** Told before and after every attempt; may add headers (e.g. `traceparent`). */
  observer?: AttemptObserver;
}

/** What a generated client is built on: transport, policy and the result mapping, shared by both vendors. */
export interface ClientCore {
  /** Pass to openapi-fetch's createClient. */
  readonly fetch: FetchLike;
  /** Pass to openapi-fetch's createClient (a cheap Request for the pooled transport). */
  readonly Request: typeof Request;
  /** Runs one operation: input issues refuse it before the wire; otherwise policy + mapping. */
  run<T>(spec: OperationCall<T>): Promise<VendorResult<T>>;
  /** A result for input refused before the wire. */
  refuse(operation: string, field: string, reason: string): { ok: false; error: VendorError };
  /** Closes the pooled transport, if the client owns one. */
  close(): Promise<void>;
}

/** One call: what to send and how to read the vendor's answer. */
export interface OperationCall<T> {
  /** The spec's operationId; its method and path template come from the client's operation table. */
  operation: string;
  call?: CallOptions | undefined;
  /**
   * Sends with openapi-fetch (`parseAs: 'text'`) and returns its `{data, error, response}`;
   * `headers` (from the attempt observer) are added to the request, under the client's own.
   */
  send(
    signal: AbortSignal,
    headers: AttemptHeaders,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  /** Picks the typed value out of a parsed 2xx body; undefined when the body is not what the spec says. */
  accept(json: unknown): { value: T; warnings?: VendorWarning[] } | undefined;
}

/**
 * Builds the shared core; `classify` maps a vendor's non-2xx answer to an error kind and code, and
 * `table` (the generated operation table) gives each operation's method and path template.
 */
export function createClientCore(
  vendor: VendorName,
  options: ClientOptionsBase,
  classify: (status: number, body: unknown) => { kind: VendorErrorKind; vendorCode: number | string | null },
  table: CompiledSpec = {},
): ClientCore {
  const maxBytes = options.maxResponseBytes ?? 1024 * 1024;
  const pooled = options.fetch ? null : createPooledFetch();
  const fetch = boundFetch(options.fetch ?? (pooled as NonNullable<typeof pooled>).fetch, maxBytes);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    fetch,
    Request: (pooled ? LiteRequest : globalThis.Request) as typeof Request,
    refuse: (operation, field, reason) => ({
      ok: false,
      error: refusedInput(vendor, operation, field, reason),
    }),
    close: async () => pooled?.close(),
    async run<T>(spec: OperationCall<T>): Promise<VendorResult<T>> {
      let warnings: VendorWarning[] = [];
      const entry = table[spec.operation];
      const result = await execute<T>(
        {
          vendor,
          operation: spec.operation,
          method: entry?.method.toUpperCase(),
          route: entry?.path,
          timeoutMs,
          retry,
          call: spec.call,
          onAttempt: options.onAttempt,
          admission: options.admission,
          observer: options.observer,
          classify,
        },
        async (signal, headers) => {
          const { data, error, response } = await spec.send(signal, headers && observerHeaders(headers));
          if (!response.ok)
            return { status: response.status, headers: response.headers, errorBody: parseLoosely(error) };
          const accepted =
            typeof data === 'string' && data !== '' ? spec.accept(parseJsonKeepingIds(data)) : undefined;
          warnings = accepted?.warnings ?? [];
          return { status: response.status, headers: response.headers, data: accepted?.value };
        },
      );
      return result.ok ? { ok: true, data: result.data, warnings, attempts: result.attempts } : result;
    },
  };
}

// Headers an observer may not set: credentials, and what the transport itself decides.
const RESERVED_HEADERS = new Set([
  'authorization',
  'x-cap-api-oauth-token',
  'cookie',
  'host',
  'content-length',
  'content-type',
  'transfer-encoding',
  'connection',
]);

/** An observer's headers, lower-cased, without reserved names or values unsafe in a header. */
function observerHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (!RESERVED_HEADERS.has(key) && /^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(key) && isSafeHeaderValue(value))
      safe[key] = value;
  }
  return safe;
}

function parseLoosely(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
