import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { atMostEvery } from '../logging.js';
import { closeRedis } from '../redis/index.js';
import { within } from '../within.js';
import type { Scheduler } from './scheduler.js';
import { runRange, type WorkerDeps } from './worker.js';

const QUEUE = 'loyalty-gateway-bulk';
const ATTEMPTS = 5;
/** The longest a close waits for BullMQ before it lets go. */
const CLOSE_MS = 10_000;

interface ChunkData {
  jobId: string;
  from: number;
  to: number;
}

/**
 * Durable: one BullMQ job per chunk of items, taken by whichever replica is free. A replica killed
 * mid-chunk stops renewing its lock; after `lockMs` another replica's stalled check moves the chunk back
 * and runs it again, and the store's claims make it settle the items that were in flight by reading
 * them back instead of sending them again (worker.ts).
 */
export function createBullmqScheduler(
  deps: WorkerDeps,
  options: {
    connection: Redis;
    /** A new connection of the kind `createJobConnection` makes (the worker blocks on its own). */
    connect: () => Redis;
    chunkSize: number;
    lockMs: number;
    logger?: Logger;
  },
): Scheduler {
  const { connection, chunkSize, lockMs, logger } = options;
  const token = `replica-${randomUUID()}`;
  const queue = new Queue<ChunkData>(QUEUE, { connection });
  // The worker's own connection (BullMQ blocks on it while waiting for chunks); closed with it.
  const workerConnection = options.connect();
  const worker = new Worker<ChunkData>(
    QUEUE,
    async (chunk) => runRange(deps, chunk.data.jobId, chunk.data.from, chunk.data.to, token),
    {
      connection: workerConnection,
      concurrency: 1,
      lockDuration: lockMs,
      stalledInterval: Math.max(500, Math.floor(lockMs / 2)),
      // A chunk whose replica died is taken over, however often that happens; only errors count as attempts.
      maxStalledCount: 1000,
    },
  );
  worker.on('failed', (chunk, error) => {
    logger?.error(
      { err: { name: error.name, message: error.message }, jobId: chunk?.data.jobId },
      'bulk chunk failed',
    );
    if (!chunk || chunk.attemptsMade < ATTEMPTS) return;
    void deps.store.markFailed(chunk.data.jobId).then((failed) => failed && deps.progressed(failed));
  });
  // Both re-emit their connections' errors (already logged by src/redis's onError): at most a line in
  // 10 s each, and never BullMQ's own console fallback for an error nobody listens for.
  const warn = (message: string) =>
    atMostEvery(10_000, (error: Error) =>
      logger?.warn({ err: { name: error.name, message: error.message } }, message),
    );
  worker.on('error', warn('bulk worker'));
  queue.on('error', warn('bulk queue'));
  return {
    async enqueue(jobId, total) {
      const chunks = [];
      for (let from = 0; from < total; from += chunkSize) {
        chunks.push({
          name: 'chunk',
          data: { jobId, from, to: Math.min(total, from + chunkSize) },
          opts: {
            jobId: `${jobId}-${from}`,
            attempts: ATTEMPTS,
            backoff: { type: 'exponential', delay: 1000 },
            removeOnComplete: true,
            removeOnFail: 1000,
          },
        });
      }
      await queue.addBulk(chunks);
    },
    async close() {
      // With Redis unreachable a graceful close never resolves (bullmq#4656: it awaits an 'end' event a
      // reconnecting client never emits), and nothing a chunk does can be recorded without Redis anyway:
      // then it closes at once. A graceful close (the chunk in hand finishes) is bounded too, in case Redis
      // goes away meanwhile; a chunk cut short is taken over by another replica once its lock expires.
      const reachable = workerConnection.status === 'ready' && connection.status === 'ready';
      await within(worker.close(!reachable), CLOSE_MS);
      await within(queue.close(), CLOSE_MS);
      await closeRedis(workerConnection);
    },
  };
}
