import {
  comparisonOf,
  type FieldCheck,
  type Settlement,
  settleByReadBack,
  type UnclearAnswer,
  type UpdateComparison,
} from '@loyalty-gateway/http-runtime';
import type { CustomerGroup, UpdateCustomerGroupBody, XtrakitCallOptions, XtrakitClient } from './client.js';

const check = (field: string, asked: unknown, found: unknown): FieldCheck => ({
  field,
  state: asked === found ? 'equal' : 'different',
  asked,
  found,
});

/**
 * Compares what `PUT /api/v1/customer-groups/{id}` asked to set with a group as Xtrakit returns it:
 * `group_name`, and `group_description` when the body has it (an omitted field is not compared).
 * Pure; `matches` is true when the group holds every value asked for.
 */
export function compareCustomerGroupUpdate(
  body: UpdateCustomerGroupBody,
  group: CustomerGroup,
): UpdateComparison {
  const fields = [check('group_name', body.group_name, group.group_name)];
  if (body.group_description !== undefined)
    fields.push(check('group_description', body.group_description, group.group_description));
  return comparisonOf(fields);
}

/**
 * After an unclear answer to `updateCustomerGroup` (see `unclearAnswer`), reads the group back
 * (`GET /api/v1/customer-groups/{id}`, one request, under `call`'s deadline and signal) and says
 * what happened: `applied`, `not_applied` (only when the write ended, `writeEnded(unclear)`: a complete
 * answer, or a sender gone for good, see `senderGone`), or `unknown`. It never writes: sending the
 * change again after `not_applied` is the caller's call.
 */
export function settleCustomerGroupUpdate(
  client: Pick<XtrakitClient, 'getCustomerGroup'>,
  input: { id: string; body: UpdateCustomerGroupBody },
  unclear: UnclearAnswer,
  call?: XtrakitCallOptions,
): Promise<Settlement<CustomerGroup>> {
  return settleByReadBack(
    () => client.getCustomerGroup({ id: input.id }, call),
    (group) => compareCustomerGroupUpdate(input.body, group),
    unclear,
  );
}
