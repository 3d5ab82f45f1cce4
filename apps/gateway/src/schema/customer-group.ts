import type { Outcome, UserErrorShape } from '../errors.js';
import {
  type CustomerGroupView,
  readCustomerGroup,
  readLabel,
  type SettledBy,
  updateCustomerGroup,
} from '../operations/index.js';
import { builder, graphqlErrors, queryError, recordedMutation } from './builder.js';
import {
  ATTEMPTS_DESCRIPTION,
  MutationOutcomeEnum,
  SETTLED_BY_DESCRIPTION,
  SettledByEnum,
  UserErrorRef,
} from './common.js';

type CustomerGroupShape = CustomerGroupView;

interface UpdateCustomerGroupPayloadShape {
  customerGroup: CustomerGroupShape | null;
  outcome: Outcome;
  userErrors: UserErrorShape[];
  settledBy: SettledBy;
  attempts: number;
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
      settledBy: t.field({
        type: SettledByEnum,
        description: SETTLED_BY_DESCRIPTION,
        resolve: (p) => p.settledBy,
      }),
      attempts: t.exposeInt('attempts', { description: ATTEMPTS_DESCRIPTION }),
    }),
  });

export const UpdateCustomerGroupInput = builder.inputType('UpdateCustomerGroupInput', {
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

builder.mutationField('updateCustomerGroup', (t) =>
  t.field({
    type: UpdateCustomerGroupPayloadRef,
    description:
      'Renames an Xtrakit customer group and optionally changes its description: Xtrakit `PUT /api/v1/customer-groups/{id}` (operation `updateCustomerGroup`, Bearer API key).',
    args: { input: t.arg({ type: UpdateCustomerGroupInput, required: true }) },
    resolve: recordedMutation('updateCustomerGroup', async (input, ctx) => {
      const result = await updateCustomerGroup(input, ctx);
      const { outcome, userErrors, settledBy, attempts } = result;
      return { customerGroup: result.group, outcome, userErrors, settledBy, attempts };
    }),
  }),
);

builder.queryField('customerGroup', (t) =>
  t.field({
    type: CustomerGroupRef,
    nullable: true,
    description:
      'Reads an Xtrakit customer group, e.g. after a mutation whose outcome was UNKNOWN: Xtrakit `GET /api/v1/customer-groups/{id}` (operation `getCustomerGroup`). Null when it does not exist.',
    args: { id: t.arg.id({ required: true, description: 'The group id (digits only).' }) },
    resolve: async (_root, { id }, ctx) => {
      const startedAt = performance.now();
      const result = await graphqlErrors(() => readCustomerGroup({ id }, ctx));
      ctx.record('customerGroup', readLabel(result), startedAt);
      if (result.status === 'found') return result.group;
      if (result.status === 'not_found') return null;
      throw queryError(result.error);
    },
  }),
);
