import {
  type CapillaryCallOptions,
  type GroupRef,
  settleUserGroupUpdate as readBackUserGroup,
  type UserGroupDetails,
} from '@loyalty-gateway/capillary-client';
import type { Settlement, UnclearAnswer } from '@loyalty-gateway/http-runtime';
import { callOptions, type OperationContext } from '../operations/context.js';
import type { MutationResult, WarningShape } from '../operations/outcomes.js';
import {
  buildUserGroupBody,
  forwardedAuth,
  toUserGroup,
  type UpdateUserGroupInput,
  type UserGroupView,
  WARNING_MEANINGS,
} from '../operations/user-group-view.js';
import type { SettleResult } from './flow.js';
import { unknownReason } from './reasons.js';

const WRONG_TYPE = 91017;

/** The fields the read shows the vendor could not have stored, as the 91017 warning it gives for them. */
function refusedWarnings(settlement: Settlement<UserGroupDetails> & { verdict: 'applied' }): WarningShape[] {
  const refused = settlement.comparison.fields.filter((f) => f.state === 'refused');
  if (refused.length === 0) return [];
  const meaning = WARNING_MEANINGS.get(WRONG_TYPE) ?? `Capillary warning ${WRONG_TYPE}`;
  return [{ code: WRONG_TYPE, message: `${meaning} (${refused.map((f) => f.field).join(', ')})` }];
}

/**
 * Settles an unclear answer to `updateUserGroup`: reads the group back (Capillary
 * `GET /v2/userGroup2`, by the input's id or externalId, through the breaker and the client's
 * admission hook, within `ctx.deadlineMs`) and compares every field the input asked to set, extended
 * fields by name and coerced value. Never writes.
 */
export async function settleUserGroupUpdate(
  input: UpdateUserGroupInput,
  ctx: OperationContext,
  unclear: UnclearAnswer,
): Promise<SettleResult<UserGroupView>> {
  const built = buildUserGroupBody(input);
  if ('refused' in built) return refusedInput(built.refused);
  const auth = forwardedAuth(ctx);
  const { vendors } = ctx;
  const reader = {
    getUserGroup: (ref: GroupRef, query: undefined, call?: CapillaryCallOptions) =>
      vendors.guarded('capillary', 'getUserGroup', () => vendors.capillary.getUserGroup(ref, query, call)),
  };
  const settlement = await readBackUserGroup(reader, built.body, unclear, { ...callOptions(ctx), ...auth });
  if (settlement.verdict === 'unknown')
    return { verdict: 'unknown', warnings: [], reason: unknownReason(settlement) };
  const group = toUserGroup(settlement.group);
  if (settlement.verdict === 'not_applied') return { verdict: 'not_applied', group, warnings: [] };
  return { verdict: 'applied', group, warnings: refusedWarnings(settlement) };
}

/** An input no write could have been sent for: nothing to settle, and nothing was applied. */
function refusedInput(refused: MutationResult<UserGroupView>): SettleResult<UserGroupView> {
  return { verdict: 'not_applied', warnings: [], reason: refused.userErrors[0]?.message ?? 'invalid input' };
}
