import type { BulkItemInput, ItemResult, JobRecord, JobState } from './types.js';

/**
 * What a claim on an item found: `fresh` (never claimed: send it), `orphaned` (claimed before by a run
 * that never recorded a result, its worker dead or its chunk taken over: settle it first), or `done`
 * (it has a result). `token` names this claim; `record` takes it, and refuses a result from a run whose
 * claim was taken over since. Times are ms of the store's one clock (Redis's with Redis), so `now - since`
 * holds across replicas whatever their own clocks say.
 */
export type Claim =
  | { kind: 'fresh'; token: string }
  | { kind: 'orphaned'; token: string; since: number; now: number }
  | { kind: 'done' };

/**
 * Where jobs, their items and their results live: in the process (memory-store.ts) or in Redis
 * (redis-store.ts). Every write that decides an item is once-only: `record` keeps the first result.
 */
export interface JobStore {
  /** Creates the job with its items and the results already known (invalid items); false when the owner has too many unfinished jobs. */
  create(
    job: JobRecord,
    items: BulkItemInput[],
    known: ItemResult[],
    maxUnfinished: number,
  ): Promise<boolean>;
  get(id: string): Promise<JobRecord | null>;
  /** The owner's jobs, newest first, after the cursor (a job id). */
  list(
    owner: string,
    options: { first: number; after: string | null; state: JobState | null },
  ): Promise<JobRecord[]>;
  items(id: string, from: number, to: number): Promise<BulkItemInput[]>;
  /** Results in index order from `fromIndex`, at most `limit`, optionally of one outcome. */
  results(
    id: string,
    options: { fromIndex: number; limit: number; outcome: string | null },
  ): Promise<ItemResult[]>;
  /** Marks the item as being sent by `worker`; says what to do with it. */
  claim(id: string, index: number, worker: string): Promise<Claim>;
  /**
   * Records an item's final result (first one wins); returns the job after it, or null if it was already
   * recorded or (with `token`) the item's claim now belongs to another run.
   */
  record(id: string, result: ItemResult, token?: string): Promise<JobRecord | null>;
  markRunning(id: string): Promise<void>;
  requestCancel(id: string): Promise<void>;
  markFailed(id: string): Promise<JobRecord | null>;
  close(): Promise<void>;
}

/** When a claim began, from its token (`worker|ms|...`, both stores write it so). */
export function claimedAt(token: string): number {
  return Number(token.split('|')[1]);
}
