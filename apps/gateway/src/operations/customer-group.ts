import { unclearAnswer } from '@loyalty-gateway/http-runtime';
import type { UpdateCustomerGroupBody } from '@loyalty-gateway/xtrakit-client';
import { fromVendorError } from '../errors.js';
import { READ_CUSTOMER_GROUP_MAPPING, UPDATE_CUSTOMER_GROUP_MAPPING } from '../mapping.js';
import { settleCustomerGroupUpdate } from '../settlement/customer-group.js';
import { type WriteSend, writeAndSettle } from '../settlement/flow.js';
import { callOptions, type OperationContext } from './context.js';
import {
  type CustomerGroupView,
  customerGroupBody,
  forwardedKey,
  toCustomerGroup,
  type UpdateCustomerGroupInput,
} from './customer-group-view.js';
import { invalidInput, type MutationResult, type ReadResult, readResultOf } from './outcomes.js';

export type { CustomerGroupView, UpdateCustomerGroupInput } from './customer-group-view.js';
export { toCustomerGroup } from './customer-group-view.js';

/** One send of the PUT, as a result and the unclear answer it left (if any). */
async function sendUpdate(
  id: string,
  body: UpdateCustomerGroupBody,
  ctx: OperationContext,
): Promise<WriteSend<CustomerGroupView>> {
  const auth = forwardedKey(ctx);
  const result = await ctx.vendors.guarded('xtrakit', 'updateCustomerGroup', () =>
    ctx.vendors.xtrakit.updateCustomerGroup({ id, body }, { ...callOptions(ctx), ...auth }),
  );
  const sent = { settledBy: 'VENDOR_ANSWER', attempts: 1 } as const;
  if (result.ok) {
    const group = toCustomerGroup(result.data);
    return { result: { group, outcome: 'APPLIED', userErrors: [], warnings: [], ...sent }, unclear: null };
  }
  const { userError, outcome } = fromVendorError(result.error, UPDATE_CUSTOMER_GROUP_MAPPING);
  const attempts = result.error.attempts === 0 ? 0 : 1;
  return {
    result: { group: null, outcome, userErrors: [userError], warnings: [], ...sent, attempts },
    unclear: unclearAnswer(result.error),
  };
}

/**
 * Xtrakit `PUT /api/v1/customer-groups/{id}` (operation updateCustomerGroup); an unclear answer is
 * settled by reading the group back (see src/settlement/).
 */
export async function updateCustomerGroup(
  input: UpdateCustomerGroupInput,
  ctx: OperationContext,
): Promise<MutationResult<CustomerGroupView>> {
  if (input.description === null) {
    return invalidInput(
      ['input', 'description'],
      'input.description cannot be null: Xtrakit has no documented way to clear it; omit it to keep the current one',
    );
  }
  forwardedKey(ctx);
  const body = customerGroupBody(input);
  return writeAndSettle(
    {
      operation: 'updateCustomerGroup',
      send: (c) => sendUpdate(input.id, body, c),
      settle: (c, unclear) => settleCustomerGroupUpdate(input, c, unclear),
    },
    ctx,
  );
}

/** Xtrakit `GET /api/v1/customer-groups/{id}` (operation getCustomerGroup). */
export async function readCustomerGroup(
  input: { id: string },
  ctx: OperationContext,
): Promise<ReadResult<CustomerGroupView>> {
  const auth = forwardedKey(ctx);
  const result = await ctx.vendors.guarded('xtrakit', 'getCustomerGroup', () =>
    ctx.vendors.xtrakit.getCustomerGroup({ id: input.id }, { ...callOptions(ctx), ...auth }),
  );
  return readResultOf(result, toCustomerGroup, READ_CUSTOMER_GROUP_MAPPING);
}
