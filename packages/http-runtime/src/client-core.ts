import {
  refusedInput,
  type VendorError,
  type VendorErrorKind,
  type VendorName,
  type VendorResult,
  type VendorWarning,
} from './errors.js';
import { parseJsonKeepingIds } from './json.js';
import { type AttemptInfo, type CallOptions, DEFAULT_RETRY, execute, type RetryOptions } from './policy.js';
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
  /** Called after every attempt, for metrics and logs; receives no secret. */
  onAttempt?: (info: AttemptInfo) => void;
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
  operation: string;
  call?: CallOptions | undefined;
  /** Sends with openapi-fetch (`parseAs: 'text'`) and returns its `{data, error, response}`. */
  send(signal: AbortSignal): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  /** Picks the typed value out of a parsed 2xx body; undefined when the body is not what the spec says. */
  accept(json: unknown): { value: T; warnings?: VendorWarning[] } | undefined;
}

/** Builds the shared core; `classify` maps a vendor's non-2xx answer to an error kind and code. */
export function createClientCore(
  vendor: VendorName,
  options: ClientOptionsBase,
  classify: (status: number, body: unknown) => { kind: VendorErrorKind; vendorCode: number | string | null },
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
      const result = await execute<T>(
        {
          vendor,
          operation: spec.operation,
          timeoutMs,
          retry,
          call: spec.call,
          onAttempt: options.onAttempt,
          classify,
        },
        async (signal) => {
          const { data, error, response } = await spec.send(signal);
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

function parseLoosely(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
