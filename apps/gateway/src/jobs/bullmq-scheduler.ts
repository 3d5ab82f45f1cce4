import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Scheduler } from './scheduler.js';
import { runRange, type WorkerDeps } from './worker.js';

const QUEUE = 'loyalty-gateway-bulk';
const ATTEMPTS = 5;

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
  worker.on('error', (error) =>
    logger?.warn({ err: { name: error.name, message: error.message } }, 'bulk worker'),
  );
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
      await worker.close();
      await queue.close();
      await workerConnection.quit().catch(() => undefined);
    },
  };
}
