import type { CustomerGroup } from '@loyalty-gateway/xtrakit-client';
import { GraphQLError } from 'graphql';
import { fromVendorError, type Outcome, type UserErrorShape } from '../errors.js';
import { inputPathFor, UPDATE_CUSTOMER_GROUP_MAPPING } from '../mapping.js';
import { builder, type GatewayContext, recordedMutation } from './builder.js';
import { MutationOutcomeEnum, UserErrorRef } from './common.js';

interface CustomerGroupShape {
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  businessCode: string | null;
}

interface UpdateCustomerGroupPayloadShape {
  customerGroup: CustomerGroupShape | null;
  outcome: Outcome;
  userErrors: UserErrorShape[];
}

const CustomerGroupRef = builder.objectRef<CustomerGroupShape>('CustomerGroup').implement({
  description:
    "An Xtrakit customer group (`CustomerGroup` of specs/xtrakit.yaml). Left out on purpose: `user_id`, the UUID of the account that owns the API key, seen in some doc samples only (X10): it names the caller's account, not the group, and is the same for every group a key can reach.",
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Xtrakit `id` (an integer id, as a string: digits, no leading zero).',
    }),
    name: t.exposeString('name', { description: 'Xtrakit `group_name`.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'Xtrakit `group_description`.',
    }),
    createdAt: t.exposeString('createdAt', {
      description: 'Xtrakit `created_at`, in the vendor form `YYYY-MM-DD HH:MM:SS` (timezone undocumented).',
    }),
    updatedAt: t.exposeString('updatedAt', {
      description: 'Xtrakit `updated_at`, in the vendor form `YYYY-MM-DD HH:MM:SS`.',
    }),
    businessCode: t.exposeString('businessCode', { nullable: true, description: 'Xtrakit `business_code`.' }),
  }),
});

const UpdateCustomerGroupPayloadRef = builder
  .objectRef<UpdateCustomerGroupPayloadShape>('UpdateCustomerGroupPayload')
  .implement({
    description: 'Result of `updateCustomerGroup` (Xtrakit `PUT /api/v1/customer-groups/{id}`).',
    fields: (t) => ({
      customerGroup: t.field({
        type: CustomerGroupRef,
        nullable: true,
        description: 'The group as Xtrakit returned it after the update; null unless the outcome is APPLIED.',
        resolve: (p) => p.customerGroup,
      }),
      outcome: t.field({
        type: MutationOutcomeEnum,
        description: 'What the mutation did to vendor state.',
        resolve: (p) => p.outcome,
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Expected failures; empty when the outcome is APPLIED.',
        resolve: (p) => p.userErrors,
      }),
    }),
  });

const UpdateCustomerGroupInput = builder.inputType('UpdateCustomerGroupInput', {
  description: 'Input of `updateCustomerGroup`: the body of Xtrakit `PUT /api/v1/customer-groups/{id}`.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The group id (Xtrakit path `id`; digits only).' }),
    name: t.string({
      required: true,
      description: 'New name (Xtrakit `group_name`, required by the vendor).',
    }),
    description: t.string({
      description:
        'New description (Xtrakit `group_description`). Omit to keep the current one; null is refused.',
    }),
  }),
});

function toCustomerGroup(group: CustomerGroup): CustomerGroupShape {
  return {
    id: String(group.id),
    name: group.group_name,
    description: group.group_description ?? null,
    createdAt: group.created_at,
    updatedAt: group.updated_at,
    businessCode: group.business_code ?? null,
  };
}

function notApplied(userErrors: UserErrorShape[]): UpdateCustomerGroupPayloadShape {
  return { customerGroup: null, outcome: 'NOT_APPLIED', userErrors };
}

function forwardedKey(ctx: GatewayContext): { apiKey?: string } {
  if (!ctx.vendors.forwarded.xtrakit) return {};
  if (!ctx.forwarded.xtrakitApiKey) {
    throw new GraphQLError(
      'the X-Xtrakit-Api-Key header is required: this gateway forwards caller credentials to Xtrakit',
      {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      },
    );
  }
  return { apiKey: ctx.forwarded.xtrakitApiKey };
}

const fieldFor = (vendorField: string) => inputPathFor(UPDATE_CUSTOMER_GROUP_MAPPING, vendorField);

builder.mutationField('updateCustomerGroup', (t) =>
  t.field({
    type: UpdateCustomerGroupPayloadRef,
    description:
      'Renames an Xtrakit customer group and optionally changes its description: Xtrakit `PUT /api/v1/customer-groups/{id}` (operation `updateCustomerGroup`, Bearer API key).',
    args: { input: t.arg({ type: UpdateCustomerGroupInput, required: true }) },
    resolve: recordedMutation('updateCustomerGroup', updateCustomerGroup),
  }),
);

async function updateCustomerGroup(
  input: { id: string; name: string; description?: string | null | undefined },
  ctx: GatewayContext,
): Promise<UpdateCustomerGroupPayloadShape> {
  if (input.description === null) {
    return notApplied([
      {
        code: 'INVALID_INPUT',
        field: ['input', 'description'],
        message:
          'description cannot be null: Xtrakit has no documented way to clear it; omit it to keep the current one',
        vendorCode: null,
        retryAfterSeconds: null,
      },
    ]);
  }
  const auth = forwardedKey(ctx);
  const body =
    input.description === undefined
      ? { group_name: input.name }
      : { group_name: input.name, group_description: input.description };
  const result = await ctx.vendors.guarded('xtrakit', 'updateCustomerGroup', () =>
    ctx.vendors.xtrakit.updateCustomerGroup(
      { id: input.id, body },
      { deadlineMs: ctx.mutationDeadlineMs, ...auth },
    ),
  );
  if (result.ok) return { customerGroup: toCustomerGroup(result.data), outcome: 'APPLIED', userErrors: [] };
  const { userError, outcome } = fromVendorError(result.error, fieldFor);
  return { customerGroup: null, outcome, userErrors: [userError] };
}

builder.queryField('customerGroup', (t) =>
  t.field({
    type: CustomerGroupRef,
    nullable: true,
    description:
      'Reads an Xtrakit customer group, e.g. after a mutation whose outcome was UNKNOWN: Xtrakit `GET /api/v1/customer-groups/{id}` (operation `getCustomerGroup`). Null when it does not exist.',
    args: { id: t.arg.id({ required: true, description: 'The group id (digits only).' }) },
    resolve: async (_root, { id }, ctx) => {
      const startedAt = performance.now();
      const auth = forwardedKey(ctx);
      const result = await ctx.vendors.guarded('xtrakit', 'getCustomerGroup', () =>
        ctx.vendors.xtrakit.getCustomerGroup({ id }, { deadlineMs: ctx.mutationDeadlineMs, ...auth }),
      );
      ctx.record('customerGroup', result.ok ? 'FOUND' : result.error.kind.toUpperCase(), startedAt);
      if (result.ok) return toCustomerGroup(result.data);
      if (result.error.kind === 'not_found') return null;
      throw queryError(result.error);
    },
  }),
);

/** A query's vendor failure as a GraphQL error from the closed set (the message is safe). */
export function queryError(error: {
  kind: string;
  attempts: number;
  message: string;
  retryAfter: number | null;
}): GraphQLError {
  if (error.kind === 'invalid_request' && error.attempts === 0) {
    return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return new GraphQLError(error.message, {
    extensions: {
      code: 'VENDOR_ERROR',
      kind: error.kind,
      ...(error.retryAfter === null ? {} : { retryAfterSeconds: error.retryAfter }),
    },
  });
}
