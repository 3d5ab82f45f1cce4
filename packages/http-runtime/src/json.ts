// Vendors send group ids as JSON numbers. A number beyond 2^53 would be rounded by JSON.parse, so
// id-like members holding such a number are turned into digit strings before parsing: the id
// survives unchanged, and the client's types say `number | string` for those members.
const UNSAFE_ID_MEMBER = /("(?:id|entity|userId|groupId|createdBy)"\s*:\s*)(-?\d{16,})(?=\s*[,}\]])/g;

/** JSON.parse that keeps id members beyond Number.MAX_SAFE_INTEGER exact, as digit strings. */
export function parseJsonKeepingIds(text: string): unknown {
  return LONG_DIGITS.test(text) ? parseKeepingIds(text) : JSON.parse(text);
}

/** A run of 16 digits: only a body with one can hold a number beyond 2^53. */
const LONG_DIGITS = /\d{16}/;

function parseKeepingIds(text: string): unknown {
  return JSON.parse(
    text.replace(UNSAFE_ID_MEMBER, (match, prefix: string, digits: string) =>
      Number.isSafeInteger(Number(digits)) ? match : `${prefix}"${digits}"`,
    ),
  );
}

/** An id member beyond 2^53 arrives as a digit string (see parseJsonKeepingIds). */
export type LosslessIds<T> =
  T extends Array<infer U>
    ? LosslessIds<U>[]
    : T extends object
      ? {
          [K in keyof T]: K extends 'id' | 'entity' | 'userId' | 'groupId' | 'createdBy'
            ? T[K] | string
            : LosslessIds<T[K]>;
        }
      : T;

/**
 * Parses a vendor body twice over when it holds long digit runs: `checked` (plain JSON.parse,
 * types as the vendor sent them) is what the spec's validator judges, `kept` (ids beyond 2^53 as
 * digit strings) is what the client returns. Otherwise both are the same value.
 */
export function parseJsonForCheck(text: string): { checked: unknown; kept: unknown } {
  if (!LONG_DIGITS.test(text)) {
    const value: unknown = JSON.parse(text);
    return { checked: value, kept: value };
  }
  return { checked: JSON.parse(text), kept: parseKeepingIds(text) };
}
