/**
 * Bulk jobs (issue 15): many group updates as one job, run within the vendor budget, each item with
 * its own final outcome. In the process without REDIS_URL (lost on restart); durable on Redis with
 * BullMQ with it (any replica runs items; a crashed replica's items in flight are read back).
 */
export type { BulkJobs, BulkJobsDeps } from './bulk-jobs.js';
export { createBulkJobs } from './bulk-jobs.js';
export { ownerOf } from './owner.js';
export type {
  BulkItemInput,
  BulkVendor,
  ItemResult,
  JobCounts,
  JobRecord,
  JobState,
  SettledBy,
} from './types.js';
export { FINISHED_STATES } from './types.js';
