import { getEventListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  NotSentError,
  VendorError,
  type VendorErrorKind,
  type VendorName,
  type VendorOutcome,
} from './errors.js';
import {
  type AdmissionHook,
  type AttemptObserver,
  type AttemptStart,
  NotAdmittedError,
  type RetryReason,
} from './hooks.js';
import type { SchemaIssue } from './spec-validator.js';
import { ResponseTooLargeError } from './transport.js';

/** Retry policy; the defaults are safe for non-idempotent writes such as PUT-with-side-effects. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** A 429/503 whose Retry-After is longer than this is returned at once as rate_limited (default 10 s). */
  maxRetryAfterSeconds?: number;
  /** Base of the exponential backoff with full jitter (default 100 ms). */
  baseDelayMs?: number;
  /** Ceiling of one backoff delay (default 2 s). */
  maxDelayMs?: number;
  /** Also retry 500/502/504, resets and timeouts after the request was sent (default false: they may have applied). */
  retryUnsafe?: boolean;
}

/** Per-call options of every client method. */
export interface CallOptions {
  /** Caller abort; honoured between and during attempts. */
  signal?: AbortSignal;
  /**
   * Gives up only the wait for admission (e.g. an HTTP client that left while waiting for a budget
   * slot): a refused wait sends nothing; unlike `signal`, it never aborts an attempt already sent.
   */
  waitSignal?: AbortSignal;
  /** Overall budget for all attempts and waits, in ms. */
  deadlineMs?: number;
}

/** What the runtime reports after each attempt (for metrics and logs; holds no secret). */
export interface AttemptInfo {
  vendor: VendorName;
  operation: string;
  attempt: number;
  status: number | null;
  durationMs: number;
  errorKind: VendorErrorKind | null;
}

/** What one attempt produced: an HTTP answer (already read) or nothing. */
export interface AttemptAnswer<T> {
  status: number;
  headers: { get(name: string): string | null };
  /** The parsed success value, when the status is 2xx and the body was understood. */
  data?: T;
  /** The parsed error body, for non-2xx answers (never shown to callers). */
  errorBody?: unknown;
  /** How the body breaks the spec's schema for this operation and status; null or absent when it does not. */
  invalid?: SchemaIssue | null;
}

export interface ExecuteContext {
  vendor: VendorName;
  operation: string;
  /** Upper-case method and the spec's path template, for the hooks. */
  method?: string;
  route?: string;
  timeoutMs: number;
  retry: Required<RetryOptions>;
  call?: CallOptions | undefined;
  onAttempt?: ((info: AttemptInfo) => void) | undefined;
  /** Taken before every attempt (see AdmissionHook). */
  admission?: AdmissionHook | undefined;
  /** Told of every attempt and may add headers to it (see AttemptObserver). */
  observer?: AttemptObserver | undefined;
  /**
   * The transport is the runtime's own pooled one (undici `Agent#request`, which drops its abort
   * listener when the answer's body closes): an attempt's controller whose signal never fired and
   * has no listener left may then serve a later attempt (see `controllers`).
   */
  reuseSignals?: boolean | undefined;
  /** Maps a non-2xx answer to a kind and vendor code (vendor-specific bodies). */
  classify: (
    status: number,
    errorBody: unknown,
  ) => { kind: VendorErrorKind; vendorCode: number | string | null };
}

export const DEFAULT_RETRY: Required<RetryOptions> = {
  retries: 2,
  maxRetryAfterSeconds: 10,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  retryUnsafe: false,
};

/** Transport errors raised on the request's own arguments, before any connection: nothing was sent. */
const PRE_WIRE_CODES = new Set(['UND_ERR_INVALID_ARG', 'ERR_INVALID_CHAR', 'ERR_INVALID_URL']);

/** Error codes that prove the request never left this process (no connection was made). */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

class AttemptTimeout extends Error {
  constructor() {
    super('attempt timed out');
    this.name = 'AttemptTimeout';
  }
}

interface Verdict<T> {
  /** HTTP status of the answer; null when none arrived. */
  status: number | null;
  data?: T;
  error?: VendorError;
  /** Safe to try again: provably not applied, or the caller opted in to unsafe retries. */
  retryable: boolean;
  /** Wait this long before the next attempt when the vendor said so. */
  waitSeconds: number | null;
  /** False when nothing reached the wire: not an attempt, reported to no one, never retried. */
  sent?: false;
}

/** Extra headers an observer asked to add to one attempt. */
export type AttemptHeaders = Readonly<Record<string, string>> | undefined;

type Outcome<T> = { ok: true; data: T; attempts: number } | { ok: false; error: VendorError };

/**
 * Runs `send` under the admission hook, the per-attempt timeout, the deadline, the caller's signal
 * and the retry policy, and turns whatever happened into data or a typed VendorError with an honest
 * outcome.
 */
export async function execute<T>(
  ctx: ExecuteContext,
  send: (signal: AbortSignal, headers: AttemptHeaders) => Promise<AttemptAnswer<T>>,
): Promise<Outcome<T>> {
  const started = performance.now();
  const deadline =
    ctx.call?.deadlineMs === undefined ? Number.POSITIVE_INFINITY : started + ctx.call.deadlineMs;
  const callerSignal = ctx.call?.signal;
  const hooked = ctx.admission !== undefined || ctx.observer !== undefined;
  let attempt = 0;
  let previous: Outcome<T> | null = null;
  // Once an attempt may have applied (only possible with retryUnsafe), the call's outcome stays unknown.
  let mayHaveApplied = false;
  for (;;) {
    attempt++;
    const start: AttemptStart | null = hooked
      ? {
          vendor: ctx.vendor,
          operationId: ctx.operation,
          method: ctx.method ?? '',
          route: ctx.route ?? '',
          attempt,
        }
      : null;
    if (ctx.admission && start) {
      const refused = await admit(ctx, ctx.admission, start, deadline, callerSignal);
      if (refused) return previous ?? { ok: false, error: refused };
    }
    const headers = start ? (ctx.observer?.start?.(start) ?? undefined) : undefined;
    const attemptStart = performance.now();
    const budget = Math.min(ctx.timeoutMs, deadline - attemptStart);
    const verdict = await runAttempt(ctx, (signal) => send(signal, headers), budget, callerSignal);
    if (verdict.sent === false) {
      // Nothing left: no attempt to count, report or retry; the previous attempt's answer stands.
      return previous ?? { ok: false, error: withAttempts(verdict.error as VendorError, 0, false) };
    }
    mayHaveApplied ||= verdict.error?.outcome === 'unknown';
    const durationMs = performance.now() - attemptStart;
    const wait = verdict.error ? retryWait(ctx, verdict, attempt, deadline, callerSignal) : null;
    if (start) report(ctx, start, verdict, wait === null ? null : retryReason(verdict), durationMs);
    ctx.onAttempt?.({
      vendor: ctx.vendor,
      operation: ctx.operation,
      attempt,
      status: verdict.status,
      durationMs,
      errorKind: verdict.error?.kind ?? null,
    });
    if (!verdict.error) return { ok: true, data: verdict.data as T, attempts: attempt };
    previous = { ok: false, error: withAttempts(verdict.error, attempt, mayHaveApplied) };
    if (wait === null) return previous;
    try {
      await sleep(wait, undefined, callerSignal ? { signal: callerSignal } : undefined);
    } catch {
      return previous;
    }
  }
}

/** The wait before the next attempt, or null when there is none (not retryable, out of tries or time). */
function retryWait<T>(
  ctx: ExecuteContext,
  verdict: Verdict<T>,
  attempt: number,
  deadline: number,
  callerSignal: AbortSignal | undefined,
): number | null {
  if (!verdict.retryable || attempt > ctx.retry.retries || callerSignal?.aborted) return null;
  const wait =
    verdict.waitSeconds !== null
      ? verdict.waitSeconds * 1000
      : Math.random() * Math.min(ctx.retry.maxDelayMs, ctx.retry.baseDelayMs * 2 ** (attempt - 1));
  return performance.now() + wait >= deadline ? null : wait;
}

function retryReason<T>(verdict: Verdict<T>): RetryReason {
  if (verdict.waitSeconds !== null) return 'retry_after';
  if (verdict.status === 429 || verdict.status === 503) return 'unavailable';
  if (verdict.status === null && verdict.error?.outcome === 'not_applied') return 'not_connected';
  return 'unsafe';
}

function report<T>(
  ctx: ExecuteContext,
  start: AttemptStart,
  verdict: Verdict<T>,
  retry: RetryReason | null,
  durationMs: number,
): void {
  if (verdict.status === 429) {
    const seconds = verdict.error?.retryAfter ?? null;
    ctx.admission?.rateLimited?.({
      vendor: ctx.vendor,
      operationId: ctx.operation,
      retryAfterMs: seconds === null ? null : seconds * 1000,
    });
  }
  ctx.observer?.end?.(start, {
    status: verdict.status,
    errorKind: verdict.error?.kind ?? null,
    retry,
    durationMs,
  });
}

/** Asks the admission hook; a refusal (or a wait given up) becomes a not-sent VendorError. */
async function admit(
  ctx: ExecuteContext,
  hook: AdmissionHook,
  start: AttemptStart,
  deadline: number,
  callerSignal: AbortSignal | undefined,
): Promise<VendorError | null> {
  // The fast path: a slot at hand, so no signal to build and nothing to wait for.
  if (hook.tryAdmit?.(start)) return null;
  const wait = waitSignal(deadline, callerSignal, ctx.call?.waitSignal);
  const { signal } = wait;
  try {
    await hook.admit(start, signal);
    return null;
  } catch (error) {
    const gaveUp = signal.aborted;
    const retryAfterMs = error instanceof NotAdmittedError ? error.retryAfterMs : null;
    return new VendorError({
      kind: gaveUp ? 'timeout' : 'rate_limited',
      vendor: ctx.vendor,
      operation: ctx.operation,
      outcome: 'not_applied',
      attempts: 0,
      retryAfter: gaveUp || retryAfterMs === null ? null : Math.ceil(retryAfterMs / 1000),
      message: gaveUp
        ? `not sent: the call ended while waiting for the local ${ctx.vendor} request budget`
        : `not sent: the local ${ctx.vendor} request budget refused the call`,
      cause: error instanceof NotAdmittedError ? error : new NotAdmittedError('admission failed'),
    });
  } finally {
    wait.done();
  }
}

/**
 * What ends a wait for admission: the caller's signals and the call's deadline, as one controller
 * with one timer and a listener per given signal, all removed by `done()`. (AbortSignal.timeout plus
 * AbortSignal.any per waiting call cost more CPU than the wait itself once thousands a second wait.)
 */
function waitSignal(
  deadline: number,
  ...given: Array<AbortSignal | undefined>
): { signal: AbortSignal; done(): void } {
  const controller = new AbortController();
  const signals = given.filter((s): s is AbortSignal => s !== undefined);
  const onAbort = function (this: AbortSignal) {
    controller.abort(this.reason);
  };
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', onAbort, { once: true });
  }
  const timer =
    Number.isFinite(deadline) && !controller.signal.aborted
      ? setTimeout(
          () => controller.abort(new DOMException('the deadline passed while waiting', 'TimeoutError')),
          Math.max(0, Math.ceil(deadline - performance.now())),
        )
      : undefined;
  return {
    signal: controller.signal,
    done() {
      if (timer) clearTimeout(timer);
      for (const s of signals) s.removeEventListener('abort', onAbort);
    },
  };
}

/** Whether a VendorError is an admission refusal (nothing was sent). */
export function isNotAdmitted(error: VendorError): boolean {
  return error.cause instanceof NotAdmittedError;
}

/**
 * Attempt controllers kept for reuse. On Node 20 every AbortSignal gets a hidden class of its own
 * (its prototype is set after it is made, then it gains properties), so a signal per attempt also
 * leaves a map in the old generation per attempt: ~0.4 KB that only a mark-compact frees. A
 * controller is kept only when its signal never fired and nothing listens to it any more, so no one
 * can tell it served an earlier attempt; at most IDLE_CONTROLLERS are kept.
 */
const controllers = {
  idle: [] as AbortController[],
  take(reuse: boolean | undefined): AbortController {
    return (reuse && this.idle.pop()) || new AbortController();
  },
  giveBack(controller: AbortController, reuse: boolean | undefined): void {
    if (!reuse || controller.signal.aborted || this.idle.length >= IDLE_CONTROLLERS) return;
    if (getEventListeners(controller.signal, 'abort').length > 0) return;
    this.idle.push(controller);
  },
};
const IDLE_CONTROLLERS = 256;

async function runAttempt<T>(
  ctx: ExecuteContext,
  send: (signal: AbortSignal) => Promise<AttemptAnswer<T>>,
  budgetMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<Verdict<T>> {
  if (budgetMs <= 0)
    return notSent(ctx, 'timeout', 'not sent: the deadline passed before the call', undefined);
  const controller = controllers.take(ctx.reuseSignals);
  const timer = setTimeout(() => controller.abort(new AttemptTimeout()), budgetMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  try {
    const answer = await send(controller.signal);
    return judgeAnswer(ctx, answer);
  } catch (error) {
    return judgeThrown(ctx, error, controller.signal);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
    controllers.giveBack(controller, ctx.reuseSignals);
  }
}

function judgeAnswer<T>(ctx: ExecuteContext, answer: AttemptAnswer<T>): Verdict<T> {
  const { status } = answer;
  if (status >= 200 && status < 300) {
    if (answer.invalid || answer.data === undefined) {
      // The vendor accepted the request but its answer is not what the spec says: it may have applied.
      return fail(
        ctx,
        'bad_response',
        'unknown',
        status,
        `the vendor answered HTTP ${status} with a body that breaks its spec${where(answer.invalid)}; the change may have been applied`,
        ctx.retry.retryUnsafe,
      );
    }
    return { status, data: answer.data, retryable: false, waitSeconds: null };
  }
  const retryAfter = parseRetryAfter(answer.headers.get('retry-after'));
  if (status === 429 || status === 503) {
    const kind = status === 429 ? 'rate_limited' : 'upstream_unavailable';
    const tooLong = retryAfter !== null && retryAfter > ctx.retry.maxRetryAfterSeconds;
    const error = new VendorError({
      kind: tooLong ? 'rate_limited' : kind,
      vendor: ctx.vendor,
      operation: ctx.operation,
      outcome: 'not_applied',
      vendorFailed: true,
      status,
      retryAfter,
      message:
        status === 429
          ? `the vendor is rate limiting requests${retryAfter === null ? '' : `; retry after ${retryAfter} s`}`
          : `the vendor is temporarily unavailable${retryAfter === null ? '' : `; retry after ${retryAfter} s`}`,
    });
    return { status, error, retryable: !tooLong, waitSeconds: tooLong ? null : retryAfter };
  }
  if (status >= 500) {
    return fail(
      ctx,
      'upstream_unavailable',
      'unknown',
      status,
      `the vendor failed with HTTP ${status}; the change may have been applied`,
      ctx.retry.retryUnsafe,
    );
  }
  if (answer.invalid) {
    // A refusal by its status, but its body is not the documented one: believe the status only.
    return fail(
      ctx,
      'bad_response',
      'not_applied',
      status,
      `the vendor refused the request (HTTP ${status}) with a body that breaks its spec${where(answer.invalid)}`,
      false,
    );
  }
  const { kind, vendorCode } = ctx.classify(status, answer.errorBody);
  const error = new VendorError({
    kind,
    vendor: ctx.vendor,
    operation: ctx.operation,
    outcome: 'not_applied',
    status,
    vendorCode,
    retryAfter,
    message: describe(kind, status, vendorCode),
  });
  return { status, error, retryable: false, waitSeconds: null };
}

function judgeThrown<T>(ctx: ExecuteContext, error: unknown, signal: AbortSignal): Verdict<T> {
  const code = errorCode(error);
  if (error instanceof NotSentError || (code !== null && PRE_WIRE_CODES.has(code))) {
    return notSent(ctx, 'invalid_request', 'not sent: the request could not be built from its input', error);
  }
  if (error instanceof ResponseTooLargeError) {
    // A 4xx is a refusal whatever its size; a 2xx or 5xx that we could not read may have applied.
    const outcome: VendorOutcome = error.status >= 400 && error.status < 500 ? 'not_applied' : 'unknown';
    return fail(
      ctx,
      'bad_response',
      outcome,
      error.status,
      'the vendor answer exceeded the response size cap',
      false,
      error,
    );
  }
  if (signal.aborted) {
    const timedOut = signal.reason instanceof AttemptTimeout;
    return failBy(
      timedOut,
      ctx,
      'timeout',
      'unknown',
      null,
      timedOut
        ? 'the vendor did not answer in time; the change may have been applied'
        : 'the call was aborted by the caller; the change may have been applied',
      timedOut && ctx.retry.retryUnsafe,
      error,
    );
  }
  if (code !== null && NOT_SENT_CODES.has(code)) {
    return fail(
      ctx,
      'upstream_unavailable',
      'not_applied',
      null,
      'could not connect to the vendor',
      true,
      error,
    );
  }
  if (error instanceof SyntaxError) {
    return fail(
      ctx,
      'bad_response',
      'unknown',
      null,
      'the vendor answered with a body that is not valid JSON',
      false,
      error,
    );
  }
  return fail(
    ctx,
    'upstream_unavailable',
    'unknown',
    null,
    'the connection to the vendor failed after the request was sent; the change may have been applied',
    ctx.retry.retryUnsafe,
    error,
  );
}

/** A failure of the vendor (or the way to it) after the request was sent. */
function fail<T>(
  ctx: ExecuteContext,
  kind: VendorErrorKind,
  outcome: VendorOutcome,
  status: number | null,
  message: string,
  retryable: boolean,
  cause?: unknown,
): Verdict<T> {
  return failBy(true, ctx, kind, outcome, status, message, retryable, cause);
}

function failBy<T>(
  vendorFailed: boolean,
  ctx: ExecuteContext,
  kind: VendorErrorKind,
  outcome: VendorOutcome,
  status: number | null,
  message: string,
  retryable: boolean,
  cause?: unknown,
): Verdict<T> {
  return {
    status,
    error: new VendorError({
      kind,
      vendor: ctx.vendor,
      operation: ctx.operation,
      outcome,
      vendorFailed,
      status,
      message,
      cause: scrubCause(cause),
    }),
    retryable,
    waitSeconds: null,
  };
}

/** Nothing reached the wire: the vendor is not involved (no attempt, no retry, not its failure). */
function notSent<T>(ctx: ExecuteContext, kind: VendorErrorKind, message: string, cause: unknown): Verdict<T> {
  return { ...failBy<T>(false, ctx, kind, 'not_applied', null, message, false, cause), sent: false };
}

/** ` (at /data/group: must have required property 'group_name')`: where a body breaks its schema. */
function where(issue: SchemaIssue | null | undefined): string {
  return issue ? ` (at ${issue.path === '' ? 'the root' : issue.path}: ${issue.message})` : '';
}

// A cause keeps only its name, message and code: transport errors can carry request options.
function scrubCause(cause: unknown): unknown {
  if (!(cause instanceof Error)) return undefined;
  const safe = new Error(
    cause.message.replace(/(authorization|token|key|secret|password)[^,;]*/gi, '$1 [REDACTED]'),
  );
  safe.name = cause.name;
  const code = errorCode(cause);
  if (code) Object.assign(safe, { code });
  return safe;
}

function withAttempts(error: VendorError, attempts: number, mayHaveApplied: boolean): VendorError {
  return new VendorError({
    kind: error.kind,
    vendor: error.vendor,
    operation: error.operation,
    outcome: mayHaveApplied ? 'unknown' : error.outcome,
    status: error.status,
    vendorCode: error.vendorCode,
    retryAfter: error.retryAfter,
    attempts,
    field: error.field,
    issue: error.issue,
    vendorFailed: error.vendorFailed,
    message: error.message,
    cause: error.cause,
  });
}

function errorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Seconds from a Retry-After header (delta-seconds or HTTP-date); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function describe(kind: VendorErrorKind, status: number, vendorCode: number | string | null): string {
  const code = vendorCode === null ? '' : ` (vendor code ${vendorCode})`;
  switch (kind) {
    case 'unauthorized':
      return `the vendor refused the credentials (HTTP ${status})${code}`;
    case 'not_found':
      return `the vendor has no such resource (HTTP ${status})${code}`;
    case 'rate_limited':
      return `the vendor is rate limiting requests (HTTP ${status})${code}`;
    default:
      return `the vendor rejected the request (HTTP ${status})${code}`;
  }
}
