import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { GatewayConfig } from '../config/env.js';
import type { UserErrorShape } from '../errors.js';
import type { VendorEndpoints, Vendors } from '../vendors.js';
import { createJobEvents, type JobEvents } from './events.js';
import { createMemoryStore } from './memory-store.js';
import { createLocalScheduler, type Scheduler } from './scheduler.js';
import type { JobStore } from './store.js';
import { acceptItems } from './submit.js';
import {
  type BulkItemInput,
  type BulkVendor,
  emptyCounts,
  type ItemResult,
  type JobRecord,
  type JobState,
} from './types.js';
import { createItemValidator, type ItemValidator } from './validate.js';
import type { WorkerDeps } from './worker.js';

export interface BulkJobsDeps {
  config: GatewayConfig;
  endpoints: VendorEndpoints;
  /** The vendors items run with: `createVendors(config, endpoints, { admission: budgets.admission('bulk') })`. */
  vendors: Vendors;
  logger?: Logger;
  /** The vendor budget per minute, for estimated completion (budgets' `perMinute`); null when unknown. */
  perMinute?: (vendor: BulkVendor) => number | null;
}

/** What the schema and the front door see of bulk jobs, the same with and without Redis. */
export interface BulkJobs {
  /** True with REDIS_URL: jobs survive restarts and run on every replica. */
  readonly durable: boolean;
  submit(
    owner: string,
    vendor: BulkVendor,
    items: BulkItemInput[],
  ): Promise<{ job: JobRecord | null; userErrors: UserErrorShape[] }>;
  /** The job if `owner` created it, else null (another key's job is as good as absent). */
  get(owner: string, id: string): Promise<JobRecord | null>;
  list(
    owner: string,
    options: { first: number; after: string | null; state: JobState | null },
  ): Promise<JobRecord[]>;
  cancel(owner: string, id: string): Promise<JobRecord | null>;
  results(
    owner: string,
    id: string,
    options: { fromIndex: number; limit: number; outcome: string | null },
  ): Promise<ItemResult[] | null>;
  follow(owner: string, id: string): Promise<AsyncIterable<JobRecord> | null>;
  /** When the job should be done at the vendor budget's pace (ms since epoch); null without a budget or once finished. */
  estimatedCompletionAt(job: JobRecord): number | null;
  close(): Promise<void>;
}

/** A job id that sorts by creation time. */
function newJobId(): string {
  return `bj_${Date.now().toString(36).padStart(9, '0')}${randomBytes(6).toString('hex')}`;
}

/** What runs behind the face: a store, the progress events, a scheduler. */
interface Parts {
  store: JobStore;
  events: JobEvents;
  scheduler: Scheduler;
  close(): Promise<void>;
}

async function partsFor(deps: BulkJobsDeps, validator: ItemValidator): Promise<Parts> {
  const { config, logger } = deps;
  const bulk = config.bulk;
  const { redisUrl } = config.rateLimits;
  const backend = redisUrl
    ? (await import('./redis-backend.js')).connectRedisBackend(redisUrl, logger)
    : null;
  const store = backend?.store ?? createMemoryStore();
  const events = createJobEvents(backend?.eventTarget);
  const workerDeps: WorkerDeps = {
    store,
    vendors: deps.vendors,
    deadlineMs: config.mutationDeadlineMs,
    settle: config.settle,
    concurrency: bulk.concurrency,
    logger,
    progressed: (job) => events.publish(job),
  };
  const scheduler = backend
    ? backend.scheduler(workerDeps, {
        chunkSize: bulk.chunkSize,
        lockMs: bulk.lockMs,
        ...(logger ? { logger } : {}),
      })
    : createLocalScheduler(workerDeps, bulk.chunkSize, logger);
  return {
    store,
    events,
    scheduler,
    async close() {
      await scheduler.close();
      await validator.close();
      await store.close();
      await backend?.close();
    },
  };
}

export function createBulkJobs(deps: BulkJobsDeps): BulkJobs {
  const bulk = deps.config.bulk;
  const validator = createItemValidator(deps.config, deps.endpoints);
  const ready = partsFor(deps, validator);
  // Without a catch here an unreachable module would be an unhandled rejection; callers see it on use.
  ready.catch(() => undefined);
  const owned = async (owner: string, id: string) => {
    const job = await (await ready).store.get(id);
    return job && job.owner === owner ? job : null;
  };
  return {
    durable: deps.config.rateLimits.redisUrl !== null,
    async submit(owner, vendor, items) {
      const { store, scheduler } = await ready;
      const accepted = await acceptItems({
        vendor,
        items,
        maxItems: bulk.maxItems,
        forwarded: deps.vendors.forwarded[vendor],
        validator,
      });
      if ('userErrors' in accepted) return { job: null, userErrors: accepted.userErrors };
      const job: JobRecord = {
        id: newJobId(),
        owner,
        vendor,
        state: 'QUEUED',
        total: items.length,
        processed: 0,
        counts: emptyCounts(),
        cancelRequested: false,
        createdAt: Date.now(),
        startedAt: null,
        finishedAt: null,
      };
      if (!(await store.create(job, items, accepted.known, bulk.maxUnfinishedPerKey))) {
        const message = `this API key already has ${bulk.maxUnfinishedPerKey} unfinished bulk jobs (BULK_MAX_UNFINISHED_PER_KEY); wait for one to end or cancel one`;
        return {
          job: null,
          userErrors: [
            { code: 'TOO_MANY_JOBS', field: null, message, vendorCode: null, retryAfterSeconds: null },
          ],
        };
      }
      await scheduler.enqueue(job.id, job.total);
      return { job: await store.get(job.id), userErrors: [] };
    },
    get: owned,
    list: async (owner, options) => (await ready).store.list(owner, options),
    async cancel(owner, id) {
      if (!(await owned(owner, id))) return null;
      const { store } = await ready;
      await store.requestCancel(id);
      return store.get(id);
    },
    async results(owner, id, options) {
      if (!(await owned(owner, id))) return null;
      return (await ready).store.results(id, options);
    },
    async follow(owner, id) {
      if (!(await owned(owner, id))) return null;
      const { events, store } = await ready;
      return events.follow(id, () => store.get(id));
    },
    estimatedCompletionAt(job) {
      const perMinute = deps.perMinute?.(job.vendor) ?? null;
      if (!perMinute || job.finishedAt !== null) return null;
      return Date.now() + Math.ceil(((job.total - job.processed) / perMinute) * 60_000);
    },
    async close() {
      await (await ready).close();
    },
  };
}
