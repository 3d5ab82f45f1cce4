// Bulk jobs (issue 15): sizes, concurrency and crash takeover. Where jobs live is REDIS_URL, read once
// with the other Redis settings (rate-limits.ts: `config.rateLimits.redisUrl`). Errors name the variable,
// never its value.
import { type Env, int } from './read.js';

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
}

export function bulkConfig(env: Env): BulkConfig {
  return {
    maxItems: int(env, 'BULK_MAX_ITEMS', BULK_MAX_ITEMS, 1, BULK_MAX_ITEMS),
    // 10,000 Capillary items with a few extended fields each are about 4 MB as JSON variables.
    bodyBytes: int(env, 'BULK_MAX_BODY_BYTES', 8 * 1024 * 1024, 1024, 64 * 1024 * 1024),
    concurrency: int(env, 'BULK_CONCURRENCY', 4, 1, 64),
    chunkSize: int(env, 'BULK_CHUNK_SIZE', 50, 1, 1000),
    maxUnfinishedPerKey: int(env, 'BULK_MAX_UNFINISHED_PER_KEY', 3, 1, 100),
    lockMs: int(env, 'BULK_LOCK_MS', 30_000, 1000, 600_000),
  };
}
