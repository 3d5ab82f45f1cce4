import type { InputIssue, VendorError, VendorErrorKind, VendorName } from '@loyalty-gateway/http-runtime';
import type { Outcome, UserErrorShape } from '../errors.js';
import { refusedInputMessage } from '../input-messages.js';
import { type FieldMapping, inputPathFor, mappingRowFor } from '../mapping.js';

export type { Outcome, UserErrorShape } from '../errors.js';
export { fromVendorError } from '../errors.js';

/** A vendor warning on an applied change, with its documented meaning as message. */
export interface WarningShape {
  code: number;
  message: string;
}

/** What a mutation operation returns: plain data, whatever the caller (GraphQL, bulk, CLI). */
export interface MutationResult<G> {
  outcome: Outcome;
  /** The group as the vendor returned it; null unless the outcome is APPLIED(_WITH_WARNINGS). */
  group: G | null;
  userErrors: UserErrorShape[];
  warnings: WarningShape[];
  /**
   * How the outcome was reached: VENDOR_ANSWER (the answer to the write itself, or a refusal before
   * sending) or READ_BACK (the answer was unclear, and reading the group back settled it).
   */
  settledBy: SettledBy;
  /** How many times the change was sent (0 when refused before sending; 2 after a settled retry). */
  attempts: number;
}

export type SettledBy = 'VENDOR_ANSWER' | 'READ_BACK';

/** Why a read could not be answered: the caller's input (nothing sent) or the vendor call. */
export interface ReadError {
  code: 'BAD_USER_INPUT' | 'VENDOR_ERROR';
  kind: VendorErrorKind;
  /** Safe to show: no vendor body, no secret. */
  message: string;
  retryAfterSeconds: number | null;
}

/** What a read operation returns. */
export type ReadResult<G> =
  | { status: 'found'; group: G }
  | { status: 'not_found' }
  | { status: 'failed'; error: ReadError };

/** A forwarded-credentials gateway was called without the caller's credential; nothing was sent. */
export class CredentialsRequiredError extends Error {
  readonly vendor: VendorName;
  constructor(vendor: VendorName, message: string) {
    super(message);
    this.name = 'CredentialsRequiredError';
    this.vendor = vendor;
  }
}

/** A refusal of the input before anything was sent. */
export function invalidInput<G>(field: string[], message: string): MutationResult<G> {
  return {
    outcome: 'NOT_APPLIED',
    group: null,
    userErrors: [{ code: 'INVALID_INPUT', field, message, vendorCode: null, retryAfterSeconds: null }],
    warnings: [],
    settledBy: 'VENDOR_ANSWER',
    attempts: 0,
  };
}

/** A read's failed client call as a ReadError; not_found is not a failure (see ReadResult). */
export function readResultOf<T, G>(
  result: { ok: true; data: T } | { ok: false; error: VendorError },
  toGroup: (data: T) => G,
  mapping: readonly FieldMapping[] = [],
): ReadResult<G> {
  if (result.ok) return { status: 'found', group: toGroup(result.data) };
  if (result.error.kind === 'not_found') return { status: 'not_found' };
  return { status: 'failed', error: readError(result.error, mapping) };
}

/**
 * A vendor error as a ReadError: input refused before the wire is the caller's (worded after the
 * query's argument, through `mapping`), anything else the vendor's.
 */
export function readError(
  error: {
    kind: VendorErrorKind;
    attempts: number;
    message: string;
    retryAfter: number | null;
    field?: string | null;
    issue?: InputIssue | null;
  },
  mapping: readonly FieldMapping[] = [],
): ReadError {
  const refused = error.kind === 'invalid_request' && error.attempts === 0;
  const field = error.field ?? null;
  const message =
    refused && field
      ? refusedInputMessage(
          inputPathFor(mapping, field, null),
          field,
          error.issue ?? null,
          mappingRowFor(mapping, field),
        )
      : error.message;
  return {
    code: refused ? 'BAD_USER_INPUT' : 'VENDOR_ERROR',
    kind: error.kind,
    message,
    retryAfterSeconds: error.retryAfter,
  };
}

/** The metrics / log label of a read: FOUND, NOT_FOUND, or the failure kind upper-cased. */
export function readLabel(result: ReadResult<unknown>): string {
  if (result.status === 'found') return 'FOUND';
  if (result.status === 'not_found') return 'NOT_FOUND';
  return result.error.kind.toUpperCase();
}
