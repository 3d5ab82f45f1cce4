import type { Settlement, UnclearAnswer } from '@loyalty-gateway/http-runtime';
import {
  type CustomerGroup,
  settleCustomerGroupUpdate as readBackCustomerGroup,
} from '@loyalty-gateway/xtrakit-client';
import { callOptions, type OperationContext } from '../operations/context.js';
import {
  type CustomerGroupView,
  customerGroupBody,
  forwardedKey,
  toCustomerGroup,
  type UpdateCustomerGroupInput,
} from '../operations/customer-group-view.js';
import type { SettleResult } from './flow.js';
import { unknownReason } from './reasons.js';

/**
 * Settles an unclear answer to `updateCustomerGroup`: reads the group back (Xtrakit
 * `GET /api/v1/customer-groups/{id}`, through the breaker and the client's admission hook, within
 * `ctx.deadlineMs`) and compares every field the input asked to set. Never writes.
 */
export async function settleCustomerGroupUpdate(
  input: UpdateCustomerGroupInput,
  ctx: OperationContext,
  unclear: UnclearAnswer,
): Promise<SettleResult<CustomerGroupView>> {
  const auth = forwardedKey(ctx);
  const { vendors } = ctx;
  const reader = {
    getCustomerGroup: (ref: { id: string }, call?: Parameters<typeof vendors.xtrakit.getCustomerGroup>[1]) =>
      vendors.guarded('xtrakit', 'getCustomerGroup', () => vendors.xtrakit.getCustomerGroup(ref, call)),
  };
  const body = customerGroupBody(input);
  const settlement: Settlement<CustomerGroup> = await readBackCustomerGroup(
    reader,
    { id: input.id, body },
    unclear,
    { ...callOptions(ctx), ...auth },
  );
  if (settlement.verdict === 'unknown')
    return { verdict: 'unknown', warnings: [], reason: unknownReason(settlement) };
  return { verdict: settlement.verdict, group: toCustomerGroup(settlement.group), warnings: [] };
}
