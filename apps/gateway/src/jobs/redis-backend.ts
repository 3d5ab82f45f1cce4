// Everything Redis of bulk jobs, loaded only when REDIS_URL is set (bulk-jobs.ts imports it on first
// use): a gateway without Redis never runs bullmq's module code. Its connections come from src/redis.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Logger } from 'pino';
import { atMostEvery } from '../logging.js';
import { closeRedis, createJobConnection, type Redis } from '../redis/index.js';
import { createBullmqScheduler } from './bullmq-scheduler.js';
import type { JobEventTarget } from './events.js';
import { createRedisStore } from './redis-store.js';
import type { Scheduler } from './scheduler.js';
import type { JobStore } from './store.js';
import type { WorkerDeps } from './worker.js';

export interface RedisBackend {
  store: JobStore;
  eventTarget: JobEventTarget;
  scheduler(deps: WorkerDeps, options: { chunkSize: number; lockMs: number; logger?: Logger }): Scheduler;
  close(): Promise<void>;
}

/** Connections of the bulk jobs, from src/redis; their errors reach the log at most once in 10 s. */
function jobConnections(url: string, logger?: Logger) {
  const onError = atMostEvery(10_000, (message: string) =>
    logger?.warn({ err: { message } }, 'redis unreachable; bulk jobs wait for it'),
  );
  const opened: Redis[] = [];
  return {
    connect(): Redis {
      const redis = createJobConnection(url, { onError });
      opened.push(redis);
      return redis;
    },
    closeAll: () => Promise.all(opened.map((c) => closeRedis(c))),
  };
}

/** `url` is `config.rateLimits.redisUrl`, the one REDIS_URL of the gateway. */
export function connectRedisBackend(url: string, logger?: Logger): RedisBackend {
  const connections = jobConnections(url, logger);
  const connect = () => connections.connect();
  const main = connect();
  const eventTarget = createRedisEventTarget({
    publishClient: connect(),
    subscribeClient: connect(),
  }) as JobEventTarget;
  return {
    store: createRedisStore(main),
    eventTarget,
    scheduler: (deps, options) => createBullmqScheduler(deps, { connection: main, connect, ...options }),
    close: async () => {
      await connections.closeAll();
    },
  };
}
