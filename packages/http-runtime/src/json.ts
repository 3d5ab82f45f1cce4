// Vendors send group ids as JSON numbers. A number beyond 2^53 would be rounded by JSON.parse, so
// id-like members holding such a number are turned into digit strings before parsing: the id
// survives unchanged, and the client's types say `number | string` for those members.
const UNSAFE_ID_MEMBER = /("(?:id|entity|userId|groupId|createdBy)"\s*:\s*)(-?\d{16,})(?=\s*[,}\]])/g;

/** JSON.parse that keeps id members beyond Number.MAX_SAFE_INTEGER exact, as digit strings. */
export function parseJsonKeepingIds(text: string): unknown {
  if (!/\d{16}/.test(text)) return JSON.parse(text);
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
  const kept = parseJsonKeepingIds(text);
  return { checked: /\d{16}/.test(text) ? JSON.parse(text) : kept, kept };
}
