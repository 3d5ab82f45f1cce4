// Everything Redis of bulk jobs, loaded only when REDIS_URL is set (bulk-jobs.ts imports it on first
// use): a gateway without Redis never runs bullmq's or ioredis's module code.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
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

export function connectRedisBackend(url: string): RedisBackend {
  // BullMQ needs maxRetriesPerRequest: null (its blocking commands wait as long as they must).
  const connect = () => new Redis(url, { maxRetriesPerRequest: null });
  const main = connect();
  const publishClient = connect();
  const subscribeClient = connect();
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient }) as JobEventTarget;
  return {
    store: createRedisStore(main),
    eventTarget,
    scheduler: (deps, options) => createBullmqScheduler(deps, { connection: main, ...options }),
    close: async () => {
      await Promise.all([main, publishClient, subscribeClient].map((c) => c.quit().catch(() => undefined)));
    },
  };
}
