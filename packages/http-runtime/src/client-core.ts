import {
  type InputIssue,
  NotSentError,
  refusedInput,
  type VendorError,
  type VendorErrorKind,
  type VendorName,
  type VendorResult,
  type VendorWarning,
} from './errors.js';
import { isSafeHeaderValue } from './header-values.js';
import type { AdmissionHook, AttemptObserver } from './hooks.js';
import { parseJsonForCheck } from './json.js';
import {
  type AttemptHeaders,
  type AttemptInfo,
  type CallOptions,
  DEFAULT_RETRY,
  execute,
  type RetryOptions,
} from './policy.js';
import { type CompiledSpec, createCompiledValidator, type SchemaIssue } from './spec-validator.js';
import { findIllFormedText } from './text-checks.js';
import { boundFetch, createPooledFetch, type FetchLike, LiteRequest, type PooledFetch } from './transport.js';

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
  /**
   * Believe vendor answers without checking them against the spec. Only for measuring what the
   * check costs (`pnpm bench`); never in use: an answer that breaks the spec is then taken as given.
   */
  unsafeSkipResponseValidation?: boolean;
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
  refuse(
    operation: string,
    field: string,
    reason: string,
    issue?: InputIssue,
  ): { ok: false; error: VendorError };
  /**
   * The refusal of the first text input that is not well-formed Unicode (object keys included),
   * or null: `inputs` names each value by the field it is reported as (`id`, `body`, `query`).
   */
  refuseIllFormed(
    operation: string,
    inputs: Readonly<Record<string, unknown>>,
  ): { ok: false; error: VendorError } | null;
  /** Closes the pooled transport, if the client owns one. */
  close(): Promise<void>;
}

/** One call: what to send and how to read the vendor's answer. */
export interface OperationCall<T> {
  /** The spec's operationId; its method and path template come from the client's operation table. */
  operation: string;
  call?: CallOptions | undefined;
  /**
   * Sends with openapi-fetch (`parseAs: 'text'`, no middleware) and returns its `{data, error,
   * response}`; `headers` (from the attempt observer) are added to the request, under the client's
   * own. It must reach the core's `fetch` before its first `await` (openapi-fetch does): whatever
   * fails before that (building the URL, a header, the body) is known not to have been sent.
   */
  send(
    signal: AbortSignal,
    headers: AttemptHeaders,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  /**
   * Picks the typed value out of a 2xx body that the spec's response validator for this operation
   * and status has already accepted: no shape checks here, the spec is the one check.
   */
  pick(json: unknown): { value: T; warnings?: VendorWarning[] };
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
  // The pooled transport caps what it reads itself; any other fetch is wrapped to cap it.
  const pooled = options.fetch ? null : createPooledFetch({ maxResponseBytes: maxBytes });
  const bounded = options.fetch ? boundFetch(options.fetch, maxBytes) : (pooled as PooledFetch).fetch;
  // Counts calls that reached the transport; `send` runs synchronously up to that call, so a count
  // unchanged across it means the request never left (see OperationCall.send).
  const dispatch = { count: 0 };
  const fetch: FetchLike = (input, init) => {
    dispatch.count++;
    return bounded(input, init);
  };
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const answers = options.unsafeSkipResponseValidation ? null : createCompiledValidator(vendor, table);
  const refuse = (operation: string, field: string, reason: string, issue?: InputIssue) => ({
    ok: false as const,
    error: refusedInput(vendor, operation, field, reason, issue ?? null),
  });
  return {
    fetch,
    Request: (pooled ? LiteRequest : globalThis.Request) as typeof Request,
    refuse,
    refuseIllFormed(operation, inputs) {
      for (const [name, value] of Object.entries(inputs)) {
        const at = findIllFormedText(value, name);
        if (at !== null)
          return refuse(operation, at, ILL_FORMED_REASON, { keyword: 'wellFormed', params: {} });
      }
      return null;
    },
    close: async () => pooled?.close(),
    async run<T>(spec: OperationCall<T>): Promise<VendorResult<T>> {
      let warnings: VendorWarning[] = [];
      const entry = table[spec.operation];
      const check = (status: number, body: unknown) =>
        answers ? firstIssue(answers.validateResponse(spec.operation, status, body)) : null;
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
          reuseSignals: pooled !== null,
          classify,
        },
        async (signal, headers) => {
          const { data, error, response } = await sendCounted(spec, dispatch, signal, headers);
          const { status } = response;
          if (!response.ok) {
            const errorBody = parseLoosely(error);
            return { status, headers: response.headers, errorBody, invalid: check(status, errorBody) };
          }
          const parsed = typeof data === 'string' && data !== '' ? parseOrNull(data) : null;
          const invalid = parsed ? check(status, parsed.checked) : data ? NOT_JSON : EMPTY_BODY;
          if (invalid || !parsed)
            return { status, headers: response.headers, invalid: invalid ?? EMPTY_BODY };
          const picked = spec.pick(parsed.kept);
          warnings = picked.warnings ?? [];
          return { status, headers: response.headers, data: picked.value };
        },
      );
      return result.ok ? { ok: true, data: result.data, warnings, attempts: result.attempts } : result;
    },
  };
}

const ILL_FORMED_REASON = 'must be well-formed Unicode text (it holds an unpaired surrogate)';
const EMPTY_BODY: SchemaIssue = { path: '', message: 'the body is empty', keyword: 'content' };
const NOT_JSON: SchemaIssue = { path: '', message: 'the body is not valid JSON', keyword: 'content' };

function parseOrNull(text: string): { checked: unknown; kept: unknown } | null {
  try {
    return parseJsonForCheck(text);
  } catch {
    return null;
  }
}

function firstIssue(result: { valid: true } | { valid: false; issues: SchemaIssue[] }): SchemaIssue | null {
  if (result.valid) return null;
  return result.issues[0] ?? { path: '', message: 'is invalid', keyword: 'schema' };
}

/** Calls `send`, turning a failure before the transport was reached into a NotSentError. */
async function sendCounted<T>(
  spec: OperationCall<T>,
  dispatch: { count: number },
  signal: AbortSignal,
  headers: AttemptHeaders,
): Promise<{ data?: unknown; error?: unknown; response: Response }> {
  const before = dispatch.count;
  let pending: ReturnType<OperationCall<T>['send']>;
  try {
    pending = spec.send(signal, headers && observerHeaders(headers));
  } catch (error) {
    throw new NotSentError(error);
  }
  const dispatched = dispatch.count !== before;
  try {
    return await pending;
  } catch (error) {
    throw dispatched ? error : new NotSentError(error);
  }
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
