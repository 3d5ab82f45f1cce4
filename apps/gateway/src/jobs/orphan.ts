// An item a run claimed and never recorded (its replica was killed mid-item, or its chunk was taken
// over): settled by reading the group back with issue 14's settlement, before anything is sent again.
import { setTimeout as sleep } from 'node:timers/promises';
import { senderGone, type UnclearAnswer } from '@loyalty-gateway/http-runtime';
import type { UserErrorShape } from '../errors.js';
import {
  type OperationContext,
  type SettleResult,
  settleCustomerGroupUpdate,
  settleUserGroupUpdate,
  type UpdateCustomerGroupInput,
  type UpdateUserGroupInput,
} from '../operations/index.js';
import type { Claim } from './store.js';
import { type BulkItemInput, type BulkVendor, type ItemResult, itemRef } from './types.js';

/**
 * Added to the sender's mutation deadline: the time between its claim and the start of its send
 * (reading the job, building the call), which its deadline does not count.
 */
export const CLAIM_TO_SEND_MS = 1_000;

type Orphaned = Claim & { kind: 'orphaned' };

/**
 * The unclear answer of an orphaned item once its sender is gone for good: waits until the sender's
 * whole bound (`boundMs`: its mutation deadline, which aborts every attempt and retry it makes, plus
 * CLAIM_TO_SEND_MS) has passed since its claim, on the store's clock, then `senderGone`.
 */
async function whenSenderGone(claim: Orphaned, boundMs: number): Promise<UnclearAnswer> {
  const started = performance.now();
  const waitMs = claim.since + boundMs - claim.now;
  if (waitMs > 0) await sleep(waitMs);
  // The store's clock at least this far on: its `now` was read before this run saw the claim.
  const now = claim.now + Math.ceil(performance.now() - started);
  return senderGone(claim.since, boundMs, now) ?? { complete: false };
}

function readBack(
  vendor: BulkVendor,
  input: BulkItemInput,
  ctx: OperationContext,
  unclear: UnclearAnswer,
): Promise<SettleResult<unknown>> {
  return vendor === 'xtrakit'
    ? settleCustomerGroupUpdate(input as UpdateCustomerGroupInput, ctx, unclear)
    : settleUserGroupUpdate(input as UpdateUserGroupInput, ctx, unclear);
}

/**
 * Settles an orphaned item: APPLIED (or APPLIED_WITH_WARNINGS) when the group holds every value asked
 * for, UNKNOWN when the read fails, and null (send it now) when the group as read proves it was not
 * applied: the one settlement rule of single mutations (settlement/), with the sender gone as the
 * reason nothing of the first send can still be in flight.
 */
export async function settleOrphan(
  vendor: BulkVendor,
  input: BulkItemInput,
  index: number,
  ctx: OperationContext,
  claim: Orphaned,
): Promise<ItemResult | null> {
  const unclear = await whenSenderGone(claim, ctx.deadlineMs + CLAIM_TO_SEND_MS);
  const settled = await readBack(vendor, input, ctx, unclear);
  ctx.logger?.info({ operation: `bulk ${vendor}`, settled: settled.verdict }, 'orphaned item read back');
  if (settled.verdict === 'not_applied') return null;
  const ref = itemRef(vendor, input);
  if (settled.verdict === 'applied') {
    const outcome = settled.warnings.length > 0 ? 'APPLIED_WITH_WARNINGS' : 'APPLIED';
    return { index, ref, outcome, userErrors: [], warnings: settled.warnings, settledBy: 'READ_BACK' };
  }
  const userError: UserErrorShape = {
    code: 'VENDOR_UNAVAILABLE',
    field: null,
    message: `the item was in flight when a replica stopped, and reading the group back could not tell whether it was applied: ${settled.reason ?? 'the read-back was inconclusive'}`,
    vendorCode: null,
    retryAfterSeconds: null,
  };
  return { index, ref, outcome: 'UNKNOWN', userErrors: [userError], warnings: [], settledBy: 'READ_BACK' };
}
