import type { Outcome, UserErrorShape } from '../errors.js';
import type { UpdateCustomerGroupInput, UpdateUserGroupInput, WarningShape } from '../operations/index.js';

/** Which vendor a job changes: one vendor per job (each mutation makes its own kind). */
export type BulkVendor = 'xtrakit' | 'capillary';

export type JobState = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'CANCELLED' | 'FAILED';

export const FINISHED_STATES: readonly JobState[] = ['COMPLETED', 'CANCELLED', 'FAILED'];

/** How many items ended with each outcome. */
export interface JobCounts {
  applied: number;
  appliedWithWarnings: number;
  notApplied: number;
  unknown: number;
}

/** A bulk job as stored (the same shape in memory and in Redis). */
export interface JobRecord {
  id: string;
  /** Who may see it: a digest of the gateway API key that created it, never the key. */
  owner: string;
  vendor: BulkVendor;
  state: JobState;
  total: number;
  processed: number;
  counts: JobCounts;
  cancelRequested: boolean;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

/** The input of one item, as the single mutation takes it. */
export type BulkItemInput = UpdateCustomerGroupInput | UpdateUserGroupInput;

/** How an item's outcome was established. */
export type SettledBy = 'VENDOR_ANSWER' | 'READ_BACK';

/** The final result of one item; recorded once, never overwritten. */
export interface ItemResult {
  index: number;
  /** The item's group as given (Xtrakit id; Capillary id or externalId). */
  ref: { id: string | null; externalId: string | null };
  outcome: Outcome;
  userErrors: UserErrorShape[];
  warnings: WarningShape[];
  /** Null when nothing was sent (invalid input, cancelled). */
  settledBy: SettledBy | null;
}

export function emptyCounts(): JobCounts {
  return { applied: 0, appliedWithWarnings: 0, notApplied: 0, unknown: 0 };
}

/** The counts key an outcome adds to. */
export function countKey(outcome: Outcome): keyof JobCounts {
  if (outcome === 'APPLIED') return 'applied';
  if (outcome === 'APPLIED_WITH_WARNINGS') return 'appliedWithWarnings';
  if (outcome === 'NOT_APPLIED') return 'notApplied';
  return 'unknown';
}

/** The group an item names, as given (for results and for the same-group check). */
export function itemRef(
  vendor: BulkVendor,
  input: BulkItemInput,
): { id: string | null; externalId: string | null } {
  if (vendor === 'xtrakit') return { id: (input as UpdateCustomerGroupInput).id, externalId: null };
  const group = (input as UpdateUserGroupInput).group;
  return { id: group.id ?? null, externalId: group.externalId ?? null };
}
