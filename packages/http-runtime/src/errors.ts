import type { VendorName } from '@loyalty-gateway/vendor-types';

/** The vendors the runtime serves: the vendors with a spec (defined once, in `@loyalty-gateway/specs`). */
export type { VendorName };

/** Why a vendor call did not succeed. */
export type VendorErrorKind =
  | 'unauthorized'
  | 'not_found'
  | 'invalid_request'
  | 'rate_limited'
  | 'upstream_unavailable'
  | 'timeout'
  | 'bad_response';

/**
 * What the failed call did to vendor state: `not_applied` when the request provably did not take
 * effect (refused before the wire, connection never made, or a status that means "not processed"),
 * `unknown` when it may have (sent, then a 5xx, a timeout, a reset or an unreadable answer).
 */
export type VendorOutcome = 'not_applied' | 'unknown';

export interface VendorErrorInit {
  kind: VendorErrorKind;
  vendor: VendorName;
  operation: string;
  message: string;
  outcome: VendorOutcome;
  status?: number | null;
  vendorCode?: number | string | null;
  retryAfter?: number | null;
  attempts?: number;
  /** The input field that was refused before the wire, e.g. `id` or `body.groupName`. */
  field?: string | null;
  /** Why that field was refused, as a keyword and its parameters (callers word it their own way). */
  issue?: InputIssue | null;
  /** Whether the vendor, or the way to it, failed (see VendorError.vendorFailed); default false. */
  vendorFailed?: boolean;
  cause?: unknown;
}

/**
 * Why an input was refused before the wire, independent of wording: the JSON Schema keyword of
 * the spec constraint it breaks (`maxLength`, `pattern`, `required`, ...) and its parameters as Ajv
 * reports them (`{ limit: 50 }`), or one of the client's own checks: `wellFormed` (not well-formed
 * Unicode), `headerValue` (cannot travel in an HTTP header), `groupSizeCap` (`{ limit }`),
 * `nothingToUpdate`.
 */
export interface InputIssue {
  keyword: string;
  params: Readonly<Record<string, unknown>>;
}

/** A vendor call that did not succeed; `message` is always safe to show (no secret, no vendor body). */
export class VendorError extends Error {
  readonly kind: VendorErrorKind;
  readonly vendor: VendorName;
  readonly operation: string;
  readonly outcome: VendorOutcome;
  /** HTTP status of the vendor's answer; null when none arrived. */
  readonly status: number | null;
  /** The vendor's own error code (Capillary `errors[0].code`), when it gave one. */
  readonly vendorCode: number | string | null;
  /** Seconds the vendor asked us to wait (`Retry-After`), when given. */
  readonly retryAfter: number | null;
  /** How many attempts were made (0 when refused before the wire). */
  readonly attempts: number;
  /** The input field refused before the wire; null for vendor answers. */
  readonly field: string | null;
  /** Why `field` was refused (keyword and parameters); null for vendor answers. */
  readonly issue: InputIssue | null;
  /**
   * True when the vendor, or the way to it, failed: a 5xx, 429 or 503, a timeout, a failed or
   * reset connection, an answer that breaks the spec. False for anything that never reached the
   * wire (input refused, a request that could not be built, an admission refusal, a passed
   * deadline), for a caller's abort and for ordinary refusals (4xx). Only these move a circuit breaker.
   */
  readonly vendorFailed: boolean;

  constructor(init: VendorErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'VendorError';
    this.kind = init.kind;
    this.vendor = init.vendor;
    this.operation = init.operation;
    this.outcome = init.outcome;
    this.status = init.status ?? null;
    this.vendorCode = init.vendorCode ?? null;
    this.retryAfter = init.retryAfter ?? null;
    this.attempts = init.attempts ?? 0;
    this.field = init.field ?? null;
    this.issue = init.issue ?? null;
    this.vendorFailed = init.vendorFailed ?? false;
  }

  /** A plain, loggable view with nothing but safe fields (no cause, no stack). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      vendor: this.vendor,
      operation: this.operation,
      outcome: this.outcome,
      status: this.status,
      vendorCode: this.vendorCode,
      retryAfter: this.retryAfter,
      attempts: this.attempts,
      field: this.field,
      issue: this.issue,
      vendorFailed: this.vendorFailed,
      message: this.message,
    };
  }
}

/** A warning the vendor attached to a successful answer (Capillary 91016 / 91017, ...). */
export interface VendorWarning {
  code: number;
  message: string;
}

/** The result of every client method: narrow on `ok`. */
export type VendorResult<T> =
  | { ok: true; data: T; warnings: VendorWarning[]; attempts: number }
  | { ok: false; error: VendorError };

/** An input refused before anything reached the wire. */
export function refusedInput(
  vendor: VendorName,
  operation: string,
  field: string,
  reason: string,
  issue: InputIssue | null = null,
): VendorError {
  return new VendorError({
    kind: 'invalid_request',
    vendor,
    operation,
    outcome: 'not_applied',
    field,
    issue,
    message: `${field} ${reason}`,
  });
}

/**
 * Thrown (by the client core) when a request failed before it left: it could not be built or
 * encoded (a URL, a header, a JSON body) or the transport refused its arguments. Nothing was sent.
 */
export class NotSentError extends Error {
  constructor(cause: unknown) {
    super(`the request could not be sent: ${cause instanceof Error ? cause.name : 'error'}`, { cause });
    this.name = 'NotSentError';
  }
}
