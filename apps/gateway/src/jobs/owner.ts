import { createHash } from 'node:crypto';

/** The owner of jobs a request creates or sees: a digest of its gateway API key (never the key itself). */
export function ownerOf(authorization: string | undefined, keysConfigured: boolean): string {
  if (!keysConfigured) return 'open';
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  // The API key step has already refused requests without a valid key.
  if (!match?.[1]) return 'none';
  return `key:${createHash('sha256').update(`bulk-owner:${match[1]}`).digest('hex').slice(0, 32)}`;
}
