// Bulk jobs (issue 15): sizes, concurrency and where jobs live. Errors name the variable, never its value.
import { ConfigError, type Env, int } from './read.js';

/** The hard ceiling of items in one job; more items are sent as several jobs. */
export const BULK_MAX_ITEMS = 10_000;

export interface BulkConfig {
  /** Items accepted in one job (BULK_MAX_ITEMS, at most 10,000). */
  maxItems: number;
  /** Body limit of the two bulk mutations (the other requests keep MAX_BODY_BYTES). */
  bodyBytes: number;
  /** Items of one job in flight at once on one replica. */
  concurrency: number;
  /** Items per unit of work (one BullMQ job with Redis). */
  chunkSize: number;
  /** Unfinished (QUEUED or RUNNING) jobs one gateway API key may have. */
  maxUnfinishedPerKey: number;
  /** With Redis: how long a replica holds a chunk before another may take it over after a crash. */
  lockMs: number;
  /** Redis for durable jobs shared by every replica; null runs jobs in the process (lost on restart). */
  redisUrl: string | null;
}

export function bulkConfig(env: Env): BulkConfig {
  const redisUrl = redisUrlOf(env);
  return {
    maxItems: int(env, 'BULK_MAX_ITEMS', BULK_MAX_ITEMS, 1, BULK_MAX_ITEMS),
    // 10,000 Capillary items with a few extended fields each are about 4 MB as JSON variables.
    bodyBytes: int(env, 'BULK_MAX_BODY_BYTES', 8 * 1024 * 1024, 1024, 64 * 1024 * 1024),
    concurrency: int(env, 'BULK_CONCURRENCY', 4, 1, 64),
    chunkSize: int(env, 'BULK_CHUNK_SIZE', 50, 1, 1000),
    maxUnfinishedPerKey: int(env, 'BULK_MAX_UNFINISHED_PER_KEY', 3, 1, 100),
    lockMs: int(env, 'BULK_LOCK_MS', 30_000, 1000, 600_000),
    redisUrl,
  };
}

/** REDIS_URL: redis:// or rediss://, a password in it allowed (it is scrubbed from logs). */
function redisUrlOf(env: Env): string | null {
  const value = env.REDIS_URL;
  if (value === undefined || value === '') return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') || !parsed.hostname) {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL (value not shown)');
  }
  return value;
}

/** The password inside REDIS_URL, if any, for scrubbing. */
export function redisSecrets(redisUrl: string | null): string[] {
  if (!redisUrl) return [];
  const parsed = new URL(redisUrl);
  return [parsed.password, decodeURIComponent(parsed.password)].filter((s) => s.length > 0);
}
