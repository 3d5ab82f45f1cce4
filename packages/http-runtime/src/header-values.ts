// RFC 9110 field values: visible ASCII, space and tab, plus obs-text (0x80-0xFF). CR, LF, NUL and
// anything beyond Latin-1 could split or corrupt a request, so they are refused.
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
// Credentials get the stricter token68-like rule: no spaces or control characters at all.
const CREDENTIAL = /^[\x21-\x7e]+$/;

/** Whether `value` can be sent as an HTTP header value unchanged. */
export function isSafeHeaderValue(value: string): boolean {
  return FIELD_VALUE.test(value);
}

/** Whether `value` is usable as a credential (API key, token, username, password digest). */
export function isSafeCredential(value: string): boolean {
  return CREDENTIAL.test(value);
}
