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
  cause?: unknown;
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
): VendorError {
  return new VendorError({
    kind: 'invalid_request',
    vendor,
    operation,
    outcome: 'not_applied',
    field,
    message: `${field} ${reason}`,
  });
}
