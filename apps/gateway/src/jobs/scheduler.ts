import type { Logger } from 'pino';
import { runRange, type WorkerDeps } from './worker.js';

/** Who runs a job's items once it is accepted: this process, or every replica through BullMQ. */
export interface Scheduler {
  enqueue(jobId: string, total: number): Promise<void>;
  /** Stops taking new chunks; waits for the items in flight. */
  close(): Promise<void>;
}

/** In the process: each job's chunks one after another, `concurrency` items at a time. Lost on restart. */
export function createLocalScheduler(deps: WorkerDeps, chunkSize: number, logger?: Logger): Scheduler {
  const running = new Set<Promise<void>>();
  let closing = false;
  const run = async (jobId: string, total: number) => {
    for (let from = 0; from < total && !closing; from += chunkSize) {
      await runRange(deps, jobId, from, Math.min(total, from + chunkSize), 'local');
    }
  };
  return {
    async enqueue(jobId, total) {
      const job = run(jobId, total)
        .catch(async (error: Error) => {
          logger?.error({ err: { name: error.name, message: error.message }, jobId }, 'bulk job failed');
          const failed = await deps.store.markFailed(jobId);
          if (failed) deps.progressed(failed);
        })
        .finally(() => running.delete(job));
      running.add(job);
    },
    async close() {
      closing = true;
      await Promise.all([...running]);
    },
  };
}
