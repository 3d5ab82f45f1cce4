// What the Xtrakit operations and their settlement share: the view of a group, the input, the body
// and the per-call credential.
import type { CustomerGroup, UpdateCustomerGroupBody } from '@loyalty-gateway/xtrakit-client';
import type { OperationContext } from './context.js';
import { CredentialsRequiredError } from './outcomes.js';

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
export function forwardedKey(ctx: OperationContext): { apiKey?: string } {
  if (!ctx.vendors.forwarded.xtrakit) return {};
  if (!ctx.forwarded.xtrakitApiKey) {
    throw new CredentialsRequiredError(
      'xtrakit',
      'the X-Xtrakit-Api-Key header is required: this gateway forwards caller credentials to Xtrakit',
    );
  }
  return { apiKey: ctx.forwarded.xtrakitApiKey };
}

/** The vendor body of an update whose description is not null (refused before this). */
export function customerGroupBody(input: UpdateCustomerGroupInput): UpdateCustomerGroupBody {
  return input.description === undefined || input.description === null
    ? { group_name: input.name }
    : { group_name: input.name, group_description: input.description };
}
