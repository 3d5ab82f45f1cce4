// Inputs a client puts on the wire must be well-formed Unicode: a lone surrogate cannot be encoded
// into a URL (encodeURIComponent throws), is replaced by U+FFFD in a UTF-8 header or body (another
// value than the caller gave), and JSON.stringify would send it as an escape the vendor may refuse
// or store as garbage. So such a value is refused before anything is sent.

// In `u` mode a string is read by code points: a paired surrogate is one supplementary code point,
// so only an unpaired one is in the Surrogate category.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Whether `text` is well-formed Unicode (no unpaired surrogate). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * The dotted path (under `path`) of the first string in `value` that is not well-formed Unicode,
 * object keys included (a bad key is reported at its parent), or null when every string is.
 */
export function findIllFormedText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return isWellFormedText(value) ? null : path;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIllFormedText(value[i], `${path}.${i}`, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, member] of Object.entries(value)) {
    if (!isWellFormedText(key)) return path;
    const found = findIllFormedText(member, `${path}.${key}`, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
