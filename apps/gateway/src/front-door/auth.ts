import { hash, timingSafeEqual } from 'node:crypto';
import { reply } from './reply.js';
import type { Step } from './step.js';

// The one-shot digest: no Hash object per request (about 1 µs less than createHash on every call).
function sha256(value: string): Buffer {
  return hash('sha256', value, 'buffer');
}

/**
 * `Authorization` values already accepted, kept so that a client's next request on them skips the
 * digest (a keep-alive client sends the same header every time). Only accepted values are kept, at
 * most ACCEPTED_HEADERS of them (the oldest goes first), so a caller guessing keys never adds one
 * and every guess still takes the constant-time comparison.
 */
const ACCEPTED_HEADERS = 64;

/** The gateway API key check (`Authorization: Bearer <key>`, compared in constant time); none when no keys are set. */
export function useApiKeys(apiKeys: readonly string[]): Step {
  const keyDigests = apiKeys.map(sha256);
  const accepted = new Set<string>();
  const matches = (header: string): boolean => {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) return false;
    const digest = sha256(match[1]);
    let ok = false;
    for (const key of keyDigests) ok = timingSafeEqual(digest, key) || ok;
    return ok;
  };
  const authorized = (header: string | undefined): boolean => {
    if (keyDigests.length === 0) return true;
    if (header === undefined) return false;
    if (accepted.has(header)) return true;
    if (!matches(header)) return false;
    if (accepted.size >= ACCEPTED_HEADERS) accepted.delete(accepted.values().next().value as string);
    accepted.add(header);
    return true;
  };
  return ({ req, res }, next) => {
    // CORS preflights carry no credentials; they run no operation.
    if (req.method !== 'OPTIONS' && !authorized(req.headers.authorization)) {
      return reply(
        res,
        401,
        'UNAUTHENTICATED',
        'a valid gateway API key is required (Authorization: Bearer <key>)',
        {
          'www-authenticate': 'Bearer',
        },
      );
    }
    return next();
  };
}
