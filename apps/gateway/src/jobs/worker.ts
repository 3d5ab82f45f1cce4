import type { Logger } from 'pino';
import {
  type MutationResult,
  NO_FORWARDED,
  type OperationContext,
  type SettleOptions,
  type UpdateCustomerGroupInput,
  type UpdateUserGroupInput,
  updateCustomerGroup,
  updateUserGroup,
} from '../operations/index.js';
import type { Vendors } from '../vendors.js';
import { settleOrphan } from './orphan.js';
import type { JobStore } from './store.js';
import {
  type BulkItemInput,
  type BulkVendor,
  FINISHED_STATES,
  type ItemResult,
  itemRef,
  type JobRecord,
  type SettledBy,
} from './types.js';

/** What runs items: the store, the bulk vendors (budgeted as 'bulk'), and who hears about progress. */
export interface WorkerDeps {
  store: JobStore;
  /** Vendors built with `admission: budgets.admission('bulk')` when budgets exist. */
  vendors: Vendors;
  deadlineMs: number;
  /** SETTLE_UNKNOWN / SETTLE_RETRY for items' own sends, as for single mutations (orphans are read back whatever they say). */
  settle: SettleOptions;
  concurrency: number;
  logger?: Logger | undefined;
  /** Told after every recorded item (the job as it is then). */
  progressed(job: JobRecord): void;
}

const cancelled = (index: number, ref: ItemResult['ref']): ItemResult => ({
  index,
  ref,
  outcome: 'NOT_APPLIED',
  userErrors: [
    {
      code: 'CANCELLED',
      field: null,
      message: 'the job was cancelled before this item was sent; nothing changed',
      vendorCode: null,
      retryAfterSeconds: null,
    },
  ],
  warnings: [],
  settledBy: null,
});

/** Runs the items [from, to) of a job that have no result yet, `concurrency` at a time. */
export async function runRange(
  deps: WorkerDeps,
  jobId: string,
  from: number,
  to: number,
  worker: string,
): Promise<void> {
  const job = await deps.store.get(jobId);
  if (!job || FINISHED_STATES.includes(job.state)) return;
  await deps.store.markRunning(jobId);
  const items = await deps.store.items(jobId, from, to);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const offset = next++;
      await runItem(deps, job.vendor, jobId, from + offset, items[offset] as BulkItemInput, worker);
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency, items.length) }, lane));
}

async function runItem(
  deps: WorkerDeps,
  vendor: BulkVendor,
  jobId: string,
  index: number,
  input: BulkItemInput,
  worker: string,
): Promise<void> {
  const { store } = deps;
  const now = await store.get(jobId);
  if (!now || FINISHED_STATES.includes(now.state)) return;
  const claim = await store.claim(jobId, index, worker);
  if (claim.kind === 'done') return;
  const ctx: OperationContext = {
    vendors: deps.vendors,
    forwarded: NO_FORWARDED,
    deadlineMs: deps.deadlineMs,
    logger: deps.logger,
    settle: deps.settle,
  };
  // An orphan proven not applied is sent now, unless the job was cancelled meanwhile.
  let result = claim.kind === 'orphaned' ? await settleOrphan(vendor, input, index, ctx, claim) : null;
  if (!result && now.cancelRequested) result = cancelled(index, itemRef(vendor, input));
  result ??= await send(vendor, input, index, ctx);
  // Refused when another run took the item over meanwhile: that run reads it back and records it.
  const after = await store.record(jobId, { ...result, ref: itemRef(vendor, input) }, claim.token);
  if (after) deps.progressed(after);
}

async function send(
  vendor: BulkVendor,
  input: BulkItemInput,
  index: number,
  ctx: OperationContext,
): Promise<ItemResult> {
  const result: MutationResult<unknown> & { settledBy?: SettledBy } =
    vendor === 'xtrakit'
      ? await updateCustomerGroup(input as UpdateCustomerGroupInput, ctx)
      : await updateUserGroup(input as UpdateUserGroupInput, ctx);
  return {
    index,
    ref: itemRef(vendor, input),
    outcome: result.outcome,
    userErrors: result.userErrors,
    warnings: result.warnings,
    settledBy: result.settledBy ?? 'VENDOR_ANSWER',
  };
}
