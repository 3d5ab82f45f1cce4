import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  capillaryBasicCredential,
  isSafeCredential,
  isSafeHeaderValue,
  parseJsonKeepingIds,
  parseRetryAfter,
  scrubSecrets,
  secretScrubber,
  VendorError,
} from '../src/index.js';

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120],
    [' 3 ', 3],
    ['', null],
    ['soon', null],
    [null, null],
  ])('%j -> %j', (value, expected) => {
    expect(parseRetryAfter(value)).toBe(expected);
  });

  it('reads an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });
});

describe('parseJsonKeepingIds', () => {
  it('keeps id members beyond 2^53 exact, as digit strings', () => {
    const parsed = parseJsonKeepingIds(
      '{"id": 9007199254740993, "entity":12345678901234567890, "count": 1}',
    ) as Record<string, unknown>;
    expect(parsed).toEqual({ id: '9007199254740993', entity: '12345678901234567890', count: 1 });
  });

  it('leaves safe ids as numbers and strings alone', () => {
    expect(parseJsonKeepingIds('{"id": 9007199254740991, "name": "\\"id\\": 99999999999999999"}')).toEqual({
      id: 9007199254740991,
      name: '"id": 99999999999999999',
    });
  });
});

describe('header values', () => {
  it.each([
    ['plain', true, true],
    ['with space', true, false],
    ['crlf\r\nX: 1', false, false],
    ['nul\0', false, false],
    ['latin1 é', true, false],
    ['emoji 😀', false, false],
  ])('%j', (value, header, credential) => {
    expect(isSafeHeaderValue(value)).toBe(header);
    expect(isSafeCredential(value)).toBe(credential);
  });
});

describe('secrets', () => {
  it('builds the Capillary Basic credential of the docs worked example', () => {
    expect(capillaryBasicCredential('store.server', 'server123')).toBe(
      'c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3',
    );
  });

  it('scrubs a secret in every encoding', () => {
    const secret = 'canary-secret-1234';
    const md5 = createHash('md5').update(secret).digest('hex');
    const text = `a ${secret} b ${Buffer.from(secret).toString('base64')} c ${md5} d ${encodeURIComponent(secret)}`;
    const scrubbed = scrubSecrets(text, [secret]);
    expect(scrubbed).not.toContain(secret);
    expect(scrubbed).not.toContain(md5);
    expect(scrubbed).not.toContain(Buffer.from(secret).toString('base64'));
    expect(scrubbed.match(/\[REDACTED\]/g)).toHaveLength(4);
  });

  it('scrubs the same with a scrubber built once for several secrets', () => {
    const scrub = secretScrubber(['first-secret-1', 'second-secret-2']);
    const text = `x first-secret-1 y ${Buffer.from('second-secret-2').toString('base64')} z`;
    expect(scrub(text)).toBe('x [REDACTED] y [REDACTED] z');
    expect(scrub(text)).toBe(scrubSecrets(text, ['first-secret-1', 'second-secret-2']));
  });

  it('serialises a VendorError without its cause', () => {
    const error = new VendorError({
      kind: 'timeout',
      vendor: 'xtrakit',
      operation: 'updateCustomerGroup',
      outcome: 'unknown',
      message: 'the vendor did not answer in time',
      cause: new Error('authorization: Bearer secret'),
    });
    expect(JSON.stringify(error)).not.toContain('secret');
    expect(error.name).toBe('VendorError');
    expect(error.cause).toBeInstanceOf(Error);
  });
});
