/** A group id exactly as documented: digits with no leading zero, 1-19 of them (`^[1-9][0-9]{0,18}$`). */
const ID_DIGITS = /^[1-9][0-9]{0,18}$/;

/**
 * The stored id a request's id names, read exactly: `"001"` names no group (it is no id), and an id
 * beyond 2^53 names none either instead of being rounded onto a neighbour. Null when it names none.
 */
export function exactId(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !ID_DIGITS.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) && String(id) === text ? id : null;
}
