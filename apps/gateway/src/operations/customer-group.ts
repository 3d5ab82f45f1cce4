import type { CustomerGroup } from '@loyalty-gateway/xtrakit-client';
import { fromVendorError } from '../errors.js';
import { READ_CUSTOMER_GROUP_MAPPING, UPDATE_CUSTOMER_GROUP_MAPPING } from '../mapping.js';
import { callOptions, type OperationContext } from './context.js';
import {
  CredentialsRequiredError,
  invalidInput,
  type MutationResult,
  type ReadResult,
  readResultOf,
} from './outcomes.js';

/** An Xtrakit customer group as the gateway shows it. */
export interface CustomerGroupView {
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  businessCode: string | null;
}

/** Input of updateCustomerGroup: the group id and its new name and (optional) description. */
export interface UpdateCustomerGroupInput {
  id: string;
  name: string;
  /** Omit to keep the current description; null is refused (Xtrakit cannot clear it). */
  description?: string | null | undefined;
}

export function toCustomerGroup(group: CustomerGroup): CustomerGroupView {
  return {
    id: String(group.id),
    name: group.group_name,
    description: group.group_description ?? null,
    createdAt: group.created_at,
    updatedAt: group.updated_at,
    businessCode: group.business_code ?? null,
  };
}

/** The per-call API key in forwarded mode; throws CredentialsRequiredError when the caller gave none. */
function forwardedKey(ctx: OperationContext): { apiKey?: string } {
  if (!ctx.vendors.forwarded.xtrakit) return {};
  if (!ctx.forwarded.xtrakitApiKey) {
    throw new CredentialsRequiredError(
      'xtrakit',
      'the X-Xtrakit-Api-Key header is required: this gateway forwards caller credentials to Xtrakit',
    );
  }
  return { apiKey: ctx.forwarded.xtrakitApiKey };
}

/** Xtrakit `PUT /api/v1/customer-groups/{id}` (operation updateCustomerGroup). */
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
  const auth = forwardedKey(ctx);
  const body =
    input.description === undefined
      ? { group_name: input.name }
      : { group_name: input.name, group_description: input.description };
  const result = await ctx.vendors.guarded('xtrakit', 'updateCustomerGroup', () =>
    ctx.vendors.xtrakit.updateCustomerGroup({ id: input.id, body }, { ...callOptions(ctx), ...auth }),
  );
  if (result.ok)
    return { group: toCustomerGroup(result.data), outcome: 'APPLIED', userErrors: [], warnings: [] };
  const { userError, outcome } = fromVendorError(result.error, UPDATE_CUSTOMER_GROUP_MAPPING);
  return { group: null, outcome, userErrors: [userError], warnings: [] };
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
