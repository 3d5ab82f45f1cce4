import type { WarningShape } from '../operations/index.js';
import {
  type OperationContext,
  readCustomerGroup,
  readUserGroup,
  type UpdateCustomerGroupInput,
  type UpdateUserGroupInput,
} from '../operations/index.js';
import type { BulkVendor } from './types.js';

/** What reading the group back says about an item whose send may or may not have landed. */
export interface Settlement {
  verdict: 'applied' | 'not_applied' | 'unknown';
  warnings: WarningShape[];
}

/**
 * Settles an item a crashed replica had in flight, by reading the group back. This is the bulk side's
 * stand-in for issue 14's `settleCustomerGroupUpdate` / `settleUserGroupUpdate(input, ctx, { complete: false })`
 * (apps/gateway/src/settlement/), which replaces it when that lands; the rule is the same: the group
 * shows every field of the item -> applied; it shows another value -> not applied; anything else unknown.
 */
export async function settleItem(
  vendor: BulkVendor,
  input: UpdateCustomerGroupInput | UpdateUserGroupInput,
  ctx: OperationContext,
): Promise<Settlement> {
  if (vendor === 'xtrakit') {
    const i = input as UpdateCustomerGroupInput;
    const read = await readCustomerGroup({ id: i.id }, ctx);
    if (read.status !== 'found')
      return { verdict: read.status === 'not_found' ? 'not_applied' : 'unknown', warnings: [] };
    const same =
      read.group.name === i.name && (i.description === undefined || read.group.description === i.description);
    return { verdict: same ? 'applied' : 'not_applied', warnings: [] };
  }
  const i = input as UpdateUserGroupInput;
  const read = await readUserGroup({ ref: i.group }, ctx);
  if (read.status !== 'found')
    return { verdict: read.status === 'not_found' ? 'not_applied' : 'unknown', warnings: [] };
  const g = read.group;
  if (i.name != null && g.name !== i.name) return { verdict: 'not_applied', warnings: [] };
  if (i.maxGroupSize != null && g.maxGroupSize !== i.maxGroupSize)
    return { verdict: 'not_applied', warnings: [] };
  for (const field of i.extendedFields ?? []) {
    const shown = g.extendedFields.find((f) => f.name === field.name);
    // An unknown field is dropped by Capillary with a warning: its absence proves nothing.
    if (!shown) return { verdict: 'unknown', warnings: [] };
    if (shown.value !== field.value) return { verdict: 'not_applied', warnings: [] };
  }
  return { verdict: 'applied', warnings: [] };
}
