// The one place REDIS_URL becomes a client. Vendor budgets and client rate limits share one
// connection that never waits (createRedisConnection); durable bulk jobs take connections made for
// work that waits on Redis (createJobConnection): BullMQ's blocking commands and the event target's
// subscriber cannot share a connection with anything else.
import { Redis } from 'ioredis';

export type { Redis } from 'ioredis';

/** How a connection behaves when Redis is down or slow. */
export interface RedisConnectionOptions {
  /** A command not answered within this many ms fails (the caller falls back instead of hanging). */
  commandTimeoutMs: number;
  /** Told about connection errors (rate-limited by the caller's logger); never receives the URL. */
  onError?: (message: string) => void;
}

/**
 * A Redis connection that never makes a request wait for Redis: no offline queue (a command sent
 * while disconnected fails at once), no per-command retries, a command timeout, and reconnection
 * in the background every 50 ms to 1 s for as long as the process runs.
 */
export function createRedisConnection(url: string, options: RedisConnectionOptions): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs,
    connectTimeout: Math.max(1_000, options.commandTimeoutMs * 4),
    retryStrategy: (times) => Math.min(50 * times, 1_000),
    // A replica must start (and answer from its fallback) while Redis is still down.
    lazyConnect: false,
  });
  redis.on('error', (error: Error) => options.onError?.(error.message));
  return redis;
}

/**
 * Resolves once the connection's first attempt has settled: ready, refused, closed, or its own connect
 * timeout passed. A replica waits for this before it listens, so that with Redis reachable it serves
 * its first request in shared mode rather than from the fallback, and with Redis down it starts at once.
 */
export function untilFirstConnection(redis: Redis): Promise<void> {
  const maxMs = redis.options.connectTimeout ?? 10_000;
  if (redis.status === 'ready' || redis.status === 'end') return Promise.resolve();
  return new Promise((resolve) => {
    const events = ['ready', 'error', 'close', 'end'] as const;
    const done = () => {
      clearTimeout(timer);
      for (const event of events) redis.off(event, done);
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    for (const event of events) redis.once(event, done);
  });
}

/** Whether the connection can take commands now. */
export function redisReady(redis: Redis): boolean {
  return redis.status === 'ready';
}

/** Closes the connection without waiting for Redis when it is unreachable. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    await redis.quit().catch(() => redis.disconnect());
  } else {
    redis.disconnect();
  }
}

/**
 * A connection for bulk jobs (BullMQ, the job store, graphql-yoga's Redis event target): commands wait
 * while it reconnects, with no per-command retry limit and no command timeout (BullMQ requires
 * `maxRetriesPerRequest: null`: its workers block on Redis for as long as there is no work), and
 * reconnection every 50 ms to 1 s for as long as the process runs. Errors go to `onError`, never to
 * the console.
 */
export function createJobConnection(
  url: string,
  options: Pick<RedisConnectionOptions, 'onError'> = {},
): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(50 * times, 1_000),
  });
  redis.on('error', (error: Error) => options.onError?.(error.message));
  return redis;
}
