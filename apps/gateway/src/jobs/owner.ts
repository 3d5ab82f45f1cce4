import { createHash } from 'node:crypto';

/**
 * Owners by Authorization header, computed once per header: every request that reaches here passed
 * the API key step, so the headers are the configured keys' (a few); the bound only caps odd cases.
 */
const known = new Map<string, string>();
const KNOWN_MAX = 256;

/** The owner of jobs a request creates or sees: a digest of its gateway API key (never the key itself). */
export function ownerOf(authorization: string | undefined, keysConfigured: boolean): string {
  if (!keysConfigured) return 'open';
  const header = authorization ?? '';
  const cached = known.get(header);
  if (cached !== undefined) return cached;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  // The API key step has already refused requests without a valid key.
  if (!match?.[1]) return 'none';
  const owner = `key:${createHash('sha256').update(`bulk-owner:${match[1]}`).digest('hex').slice(0, 32)}`;
  if (known.size < KNOWN_MAX) known.set(header, owner);
  return owner;
}
