import type { VendorErrorKind, VendorName } from './errors.js';

/**
 * What one attempt is about to do, as the hooks see it: no secret, no body, no concrete URL
 * (the route is the spec's template, e.g. `/api/v1/customer-groups/{id}`).
 */
export interface AttemptStart {
  vendor: VendorName;
  /** The spec's operationId, e.g. `updateUserGroup` or `generateOAuthToken`. */
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The spec's path template. */
  route: string;
  /** 1 for the first attempt of a call, 2 for its first retry, ... */
  attempt: number;
}

/**
 * Why the runtime will try again after an attempt, or null when it will not:
 * `retry_after` (429/503 whose Retry-After is honoured), `unavailable` (429/503 without one),
 * `not_connected` (the connection was never made), `unsafe` (the caller opted in to `retryUnsafe`).
 */
export type RetryReason = 'retry_after' | 'unavailable' | 'not_connected' | 'unsafe';

/** How one attempt ended. */
export interface AttemptEnd {
  /** HTTP status of the answer; null when none arrived. */
  status: number | null;
  /** Why the attempt failed; null when it succeeded. */
  errorKind: VendorErrorKind | null;
  /** Set when another attempt follows. */
  retry: RetryReason | null;
  durationMs: number;
}

/**
 * Watches every attempt a client makes (retries and the Capillary OAuth token request included):
 * tracing, metrics, logs. Both methods are optional and must not throw; they receive no secret.
 */
export interface AttemptObserver {
  /**
   * Called right before an attempt is sent. May return headers to add to that attempt's request
   * (e.g. `traceparent`). Names are lower-cased; credentials (`authorization`,
   * `x-cap-api-oauth-token`, `cookie`), transport headers and values unsafe in a header are dropped.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: an observer that adds no header returns nothing.
  start?(attempt: AttemptStart): Readonly<Record<string, string>> | undefined | void;
  /** Called once the attempt ended, before any wait for a retry. */
  end?(attempt: AttemptStart, result: AttemptEnd): void;
}

/** What the runtime tells an admission hook about a vendor's 429. */
export interface VendorRateLimit {
  vendor: VendorName;
  operationId: string;
  /** The vendor's Retry-After in ms; null when it gave none (or an unreadable one). */
  retryAfterMs: number | null;
}

/**
 * Taken before every attempt a client makes (retries and the Capillary OAuth token request
 * included), e.g. by a vendor request budget. `admit` may wait (and must stop waiting when `signal`
 * aborts: the caller gave up or the call's deadline passed) and may refuse by throwing a
 * `NotAdmittedError`. A refused attempt is not sent: a refusal before the first attempt ends the
 * call with a `rate_limited` VendorError of `attempts: 0` and outcome `not_applied` (which a
 * circuit breaker counts as neutral); a refusal before a retry ends the call with the previous
 * attempt's own error.
 */
export interface AdmissionHook {
  /**
   * The optional fast path, asked first: takes a slot without waiting when one is at hand and says
   * true; false (nothing taken) hands over to `admit`. Must not throw.
   */
  tryAdmit?(attempt: AttemptStart): boolean;
  admit(attempt: AttemptStart, signal: AbortSignal): Promise<void> | void;
  /** Told when the vendor answered 429, so that a budget can pause. Must not throw. */
  rateLimited?(info: VendorRateLimit): void;
}

/** Thrown by an AdmissionHook to refuse an attempt; nothing is sent. */
export class NotAdmittedError extends Error {
  /** When it is worth asking again, in ms; null when unknown. */
  readonly retryAfterMs: number | null;

  constructor(message: string, retryAfterMs: number | null = null) {
    super(message);
    this.name = 'NotAdmittedError';
    this.retryAfterMs = retryAfterMs;
  }
}
