import { createPubSub } from 'graphql-yoga';
import type { JobRecord } from './types.js';
import { FINISHED_STATES } from './types.js';

type Topics = { 'bulk-job': [id: string, job: JobRecord] };

/** Where progress events travel: this process, or (with Redis) graphql-yoga's Redis event target. */
export type JobEventTarget = NonNullable<Parameters<typeof createPubSub<Topics>>[0]>['eventTarget'];

/** Progress events of jobs: one per progress step and one when a job ends. */
export interface JobEvents {
  publish(job: JobRecord): void;
  /**
   * Events of one job, in order, starting with the job as `load` reads it, ending after its last
   * event. `load` is also asked again every `recheckMs` without an event, so a step published while
   * the subscription was being set up (or lost with a Redis connection) is never waited for forever.
   */
  follow(id: string, load: () => Promise<JobRecord | null>, recheckMs?: number): AsyncIterable<JobRecord>;
}

/** A progress step: about 1 % of the job (every item for jobs under 100 items). */
export function isProgressStep(job: JobRecord): boolean {
  const step = Math.max(1, Math.ceil(job.total / 100));
  return job.processed % step === 0 || FINISHED_STATES.includes(job.state);
}

const finished = (job: JobRecord) => FINISHED_STATES.includes(job.state);

export function createJobEvents(eventTarget?: JobEventTarget): JobEvents {
  const pubsub = createPubSub<Topics>(eventTarget ? { eventTarget } : {});
  return {
    publish(job) {
      if (isProgressStep(job)) pubsub.publish('bulk-job', job.id, job);
    },
    async *follow(id, load, recheckMs = 1000) {
      const source = pubsub.subscribe('bulk-job', id)[Symbol.asyncIterator]();
      let pending = source.next(); // subscribes now, before the first read
      try {
        const current = await load();
        if (!current) return;
        yield current;
        let last = current;
        while (!finished(last)) {
          const timer = new Promise<'recheck'>((resolve) =>
            setTimeout(resolve, recheckMs, 'recheck').unref(),
          );
          const got = await Promise.race([pending, timer]);
          let job: JobRecord | null;
          if (got === 'recheck') job = await load();
          else {
            if (got.done) return;
            job = got.value;
            pending = source.next();
          }
          // Replicas publish concurrently: a step older than the last one sent is dropped.
          if (!job || (job.processed <= last.processed && !finished(job))) continue;
          last = job;
          yield job;
        }
      } finally {
        await source.return?.(undefined);
      }
    },
  };
}
