import type { VendorError, VendorErrorKind } from '@loyalty-gateway/http-runtime';

/**
 * The closed set of `userErrors[].code` values: expected failures, returned as data in a payload.
 * Each has the payload outcome it comes with when the vendor call did not provably happen.
 */
export const USER_ERROR_CODES = {
  INVALID_INPUT: 'The input breaks a documented constraint of the vendor API; nothing was sent.',
  NOT_FOUND:
    'The vendor has no group with this id (Xtrakit 404; Capillary 1632, 1619 for an id it calls invalid, 8015 for identifiers that match no customer).',
  VENDOR_REJECTED: 'The vendor refused the request as invalid (e.g. Capillary 1639, 1643); nothing changed.',
  UNAUTHORIZED: "The vendor refused the gateway's or the forwarded credentials; nothing changed.",
  RATE_LIMITED:
    "The vendor is rate limiting, or the gateway's vendor budget had no slot free within RATE_LIMIT_MAX_WAIT_MS (nothing was sent); retry after `retryAfterSeconds`. Nothing changed.",
  VENDOR_UNAVAILABLE:
    'The vendor failed or could not be reached, or its circuit breaker is open. Check `outcome`: NOT_APPLIED means nothing changed, UNKNOWN that it may have.',
  VENDOR_TIMEOUT: 'The vendor did not answer in time; the change may have been applied (outcome UNKNOWN).',
  BAD_VENDOR_RESPONSE:
    'The vendor answered with something its spec does not allow; the change may have been applied.',
} as const;
export type UserErrorCode = keyof typeof USER_ERROR_CODES;

/**
 * The closed set of GraphQL `errors[].extensions.code` values. Anything else is rewritten to
 * INTERNAL_SERVER_ERROR with a generic message before it leaves the gateway.
 */
export const GRAPHQL_ERROR_CODES = {
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL, or exceeds the token limit.',
  GRAPHQL_VALIDATION_FAILED:
    'The document does not match the schema or exceeds a depth, alias, root-field, directive or cost limit.',
  BAD_USER_INPUT: 'A variable or argument has the wrong type or a forbidden value.',
  BAD_REQUEST: 'The HTTP request is malformed (body, content type, batching, method).',
  UNAUTHENTICATED: 'The gateway API key, or a forwarded vendor credential, is missing or wrong.',
  PAYLOAD_TOO_LARGE: 'The request body exceeds the body limit.',
  UNSUPPORTED_MEDIA_TYPE: 'POST bodies must be application/json.',
  METHOD_NOT_ALLOWED: 'Mutations are refused over GET.',
  RATE_LIMITED:
    'More requests than CLIENT_RATE_LIMIT_PER_MINUTE from this API key (or address); HTTP 429, retry after its Retry-After. Nothing was sent to a vendor.',
  NOT_FOUND: 'No such route.',
  VENDOR_ERROR: 'A query could not be answered because the vendor call failed (see the message).',
  INTERNAL_SERVER_ERROR: 'Anything unexpected; details are in the gateway log, never in the response.',
} as const;
export type GraphqlErrorCode = keyof typeof GRAPHQL_ERROR_CODES;

/** Payload outcome of a mutation. */
export type Outcome = 'APPLIED' | 'APPLIED_WITH_WARNINGS' | 'NOT_APPLIED' | 'UNKNOWN';

/** How each client error kind becomes a user error code (rendered in the docs). */
export const ERROR_KIND_TO_USER_ERROR: Record<VendorErrorKind, UserErrorCode> = {
  invalid_request: 'VENDOR_REJECTED',
  not_found: 'NOT_FOUND',
  unauthorized: 'UNAUTHORIZED',
  rate_limited: 'RATE_LIMITED',
  upstream_unavailable: 'VENDOR_UNAVAILABLE',
  timeout: 'VENDOR_TIMEOUT',
  bad_response: 'BAD_VENDOR_RESPONSE',
};

/** A user error as the schema returns it. */
export interface UserErrorShape {
  code: UserErrorCode;
  field: string[] | null;
  message: string;
  vendorCode: string | null;
  retryAfterSeconds: number | null;
}

/** The user error and outcome for a failed client call; `fieldFor` maps a vendor field to the input path. */
export function fromVendorError(
  error: VendorError,
  fieldFor: (vendorField: string) => string[] | null,
): { userError: UserErrorShape; outcome: Outcome } {
  // Input refused by the client's spec check: nothing was sent.
  const refused = error.kind === 'invalid_request' && error.attempts === 0;
  const code: UserErrorCode = refused ? 'INVALID_INPUT' : ERROR_KIND_TO_USER_ERROR[error.kind];
  return {
    outcome: error.outcome === 'unknown' ? 'UNKNOWN' : 'NOT_APPLIED',
    userError: {
      code,
      field: error.field ? fieldFor(error.field) : null,
      message: error.message,
      vendorCode: error.vendorCode === null ? null : String(error.vendorCode),
      retryAfterSeconds: error.retryAfter,
    },
  };
}
