import type { UpdateUserGroupBody } from '@loyalty-gateway/capillary-client';
import { unclearAnswer } from '@loyalty-gateway/http-runtime';
import { fromVendorError } from '../errors.js';
import { READ_USER_GROUP_MAPPING, UPDATE_USER_GROUP_MAPPING } from '../mapping.js';
import { type WriteSend, writeAndSettle } from '../settlement/flow.js';
import { settleUserGroupUpdate } from '../settlement/user-group.js';
import { callOptions, type OperationContext } from './context.js';
import type { MutationResult, ReadResult } from './outcomes.js';
import { readResultOf } from './outcomes.js';
import {
  buildUserGroupBody,
  forwardedAuth,
  refOf,
  toUserGroup,
  toWarnings,
  type UpdateUserGroupInput,
  type UserGroupRefInput,
  type UserGroupView,
} from './user-group-view.js';

export type { UpdateUserGroupInput, UserGroupRefInput, UserGroupView } from './user-group-view.js';
export { buildUserGroupBody, toUserGroup } from './user-group-view.js';

/** One send of the PUT, as a result and the unclear answer it left (if any). */
async function sendUpdate(
  body: UpdateUserGroupBody,
  ctx: OperationContext,
): Promise<WriteSend<UserGroupView>> {
  const auth = forwardedAuth(ctx);
  const result = await ctx.vendors.guarded('capillary', 'updateUserGroup', () =>
    ctx.vendors.capillary.updateUserGroup(body, { ...callOptions(ctx), ...auth }),
  );
  const sent = { settledBy: 'VENDOR_ANSWER', attempts: 1 } as const;
  if (result.ok) {
    const warnings = toWarnings(result.warnings);
    const outcome = warnings.length > 0 ? 'APPLIED_WITH_WARNINGS' : 'APPLIED';
    return {
      result: { group: toUserGroup(result.data), outcome, userErrors: [], warnings, ...sent },
      unclear: null,
    };
  }
  const { userError, outcome } = fromVendorError(result.error, UPDATE_USER_GROUP_MAPPING);
  const attempts = result.error.attempts === 0 ? 0 : 1;
  return {
    result: { group: null, outcome, userErrors: [userError], warnings: [], ...sent, attempts },
    unclear: unclearAnswer(result.error),
  };
}

/**
 * Capillary `PUT /v2/userGroup2` (operation updateUserGroup); an unclear answer is settled by
 * reading the group back (see src/settlement/).
 */
export async function updateUserGroup(
  input: UpdateUserGroupInput,
  ctx: OperationContext,
): Promise<MutationResult<UserGroupView>> {
  const built = buildUserGroupBody(input);
  if ('refused' in built) return built.refused;
  forwardedAuth(ctx);
  return writeAndSettle(
    {
      operation: 'updateUserGroup',
      send: (c) => sendUpdate(built.body, c),
      settle: (c, unclear) => settleUserGroupUpdate(input, c, unclear),
    },
    ctx,
  );
}

/** Capillary `GET /v2/userGroup2?id=|externalId=` (operation getUserGroup). */
export async function readUserGroup(
  input: { ref: UserGroupRefInput },
  ctx: OperationContext,
): Promise<ReadResult<UserGroupView>> {
  const auth = forwardedAuth(ctx);
  const result = await ctx.vendors.guarded('capillary', 'getUserGroup', () =>
    ctx.vendors.capillary.getUserGroup(refOf(input.ref), undefined, { ...callOptions(ctx), ...auth }),
  );
  return readResultOf(result, toUserGroup, READ_USER_GROUP_MAPPING);
}
