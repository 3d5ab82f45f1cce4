import type { Outcome, UserErrorShape } from '../errors.js';
import {
  readLabel,
  readUserGroup,
  type SettledBy,
  type UserGroupView,
  updateUserGroup,
  type WarningShape,
} from '../operations/index.js';
import { builder, graphqlErrors, queryError, recordedMutation } from './builder.js';
import {
  ATTEMPTS_DESCRIPTION,
  MutationOutcomeEnum,
  SETTLED_BY_DESCRIPTION,
  SettledByEnum,
  UserErrorRef,
  VendorWarningRef,
} from './common.js';

type UserGroupShape = UserGroupView;

interface UpdateUserGroupPayloadShape {
  userGroup: UserGroupShape | null;
  outcome: Outcome;
  userErrors: UserErrorShape[];
  warnings: WarningShape[];
  settledBy: SettledBy;
  attempts: number;
}

const ExtendedFieldRef = builder.objectRef<{ name: string; value: string }>('ExtendedField').implement({
  description: 'One Capillary extended field of the usergroup2 entity.',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'Extended field name (a key of Capillary `extendedFields`).',
    }),
    value: t.exposeString('value', {
      description: 'Its value as Capillary stores it (typed by the field; shown as text).',
    }),
  }),
});

const UserGroupRef = builder.objectRef<UserGroupShape>('UserGroup').implement({
  description:
    'A Capillary user group (`UserGroup` of specs/capillary.yaml): the fields PUT and GET both return. Left out on purpose: `entityType`, `promisedPointsScheduleList` and `triggerBasedPointsList`, which the docs list but no sample shows (their shapes are undocumented, C17); the GET-only fields (`groupStatus`, `createdBy`, `createdOn`, `lifeTimePurchases`, `totalActiveMembers`, `totalExitedMembers`, `fleetGroupUsers` and the points data), because a mutation payload could never fill them and this type serves both; and `warnings`, which the payload carries as `warnings`.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Capillary `id` (as a string, exact beyond 2^53).' }),
    externalId: t.exposeString('externalId', { nullable: true, description: 'Capillary `externalId`.' }),
    name: t.exposeString('name', { nullable: true, description: 'Capillary `groupName`.' }),
    maxGroupSize: t.exposeInt('maxGroupSize', { nullable: true, description: 'Capillary `maxGroupSize`.' }),
    extendedFields: t.field({
      type: [ExtendedFieldRef],
      description: 'Capillary `extendedFields`, as a list of name/value pairs.',
      resolve: (g) => g.extendedFields,
    }),
  }),
});

const UpdateUserGroupPayloadRef = builder
  .objectRef<UpdateUserGroupPayloadShape>('UpdateUserGroupPayload')
  .implement({
    description: 'Result of `updateUserGroup` (Capillary `PUT /v2/userGroup2`).',
    fields: (t) => ({
      userGroup: t.field({
        type: UserGroupRef,
        nullable: true,
        description:
          'The group as Capillary returned it; null unless the outcome is APPLIED or APPLIED_WITH_WARNINGS.',
        resolve: (p) => p.userGroup,
      }),
      outcome: t.field({
        type: MutationOutcomeEnum,
        description: 'What the mutation did to vendor state.',
        resolve: (p) => p.outcome,
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Expected failures.',
        resolve: (p) => p.userErrors,
      }),
      warnings: t.field({
        type: [VendorWarningRef],
        description:
          'Capillary `warnings` of an applied update (91016 unknown extended field, 91017 wrong type).',
        resolve: (p) => p.warnings,
      }),
      settledBy: t.field({
        type: SettledByEnum,
        description: SETTLED_BY_DESCRIPTION,
        resolve: (p) => p.settledBy,
      }),
      attempts: t.exposeInt('attempts', { description: ATTEMPTS_DESCRIPTION }),
    }),
  });

const UserGroupRefInput = builder.inputType('UserGroupRef', {
  description:
    'Which Capillary group: exactly one of `id` or `externalId` (Capillary requires one of the two).',
  isOneOf: true,
  fields: (t) => ({
    id: t.id({ description: 'Capillary group `id`: digits, no leading zero, at most 19.' }),
    externalId: t.string({
      description:
        'Capillary group `externalId` (1 to 50 characters; an empty one, as in a legacy doc sample, is refused).',
    }),
  }),
});

const ExtendedFieldInput = builder.inputType('ExtendedFieldInput', {
  description: 'One extended field to set (an entry of Capillary `extendedFields`).',
  fields: (t) => ({
    name: t.string({
      required: true,
      description:
        'Extended field name, defined for the usergroup2 entity. Any name is sent as given: one Capillary does not know comes back as warning 91016 and the rest of the update is applied.',
    }),
    value: t.string({
      required: true,
      description: 'The value; Capillary coerces it to the field type ("35" -> 35).',
    }),
  }),
});

export const UpdateUserGroupInput = builder.inputType('UpdateUserGroupInput', {
  description:
    'Input of `updateUserGroup`: the body of Capillary `PUT /v2/userGroup2`. Omitted fields are left unchanged.',
  fields: (t) => ({
    group: t.field({
      type: UserGroupRefInput,
      required: true,
      description: 'The group to update (`id` or `externalId` in the body).',
    }),
    name: t.string({
      description: 'New name (Capillary `groupName`, at most 50 characters). Null is refused.',
    }),
    maxGroupSize: t.int({
      description:
        "New member cap (Capillary `maxGroupSize`): at least 1 and at most the org's cap, Capillary's `CONF_MAX_FLEET_GROUP_SIZE`, which this gateway takes from `CAPILLARY_MAX_GROUP_SIZE` (default 30000, the vendor's default); a larger value is refused before the call. Null is refused.",
    }),
    extendedFields: t.field({
      type: [ExtendedFieldInput],
      description:
        'Extended fields to set (Capillary `extendedFields`); unknown names or wrong types come back as warnings. An empty list sets nothing and is not sent.',
    }),
  }),
});

builder.mutationField('updateUserGroup', (t) =>
  t.field({
    type: UpdateUserGroupPayloadRef,
    description:
      'Updates a Capillary user group (name, member cap, extended fields): Capillary `PUT /v2/userGroup2` (operation `updateUserGroup`, Basic or OAuth). An input that changes nothing is refused before the call (Capillary would answer 1643). A group Capillary does not find (1632, an invalid id 1619, or 8015 for identifiers that match no customer) is `NOT_FOUND`.',
    args: { input: t.arg({ type: UpdateUserGroupInput, required: true }) },
    resolve: recordedMutation('updateUserGroup', async (input, ctx) => {
      const result = await updateUserGroup(input, ctx);
      const { outcome, userErrors, warnings, settledBy, attempts } = result;
      return { userGroup: result.group, outcome, userErrors, warnings, settledBy, attempts };
    }),
  }),
);

builder.queryField('userGroup', (t) =>
  t.field({
    type: UserGroupRef,
    nullable: true,
    description:
      'Reads a Capillary user group by id or externalId, e.g. after an UNKNOWN outcome: Capillary `GET /v2/userGroup2` (operation `getUserGroup`). Null when it does not exist (Capillary 1632, 1619 or 8015, which the client reads as not found).',
    args: {
      ref: t.arg({
        type: UserGroupRefInput,
        required: true,
        description: 'The group: exactly one of id or externalId.',
      }),
    },
    resolve: async (_root, { ref }, ctx) => {
      const startedAt = performance.now();
      const result = await graphqlErrors(() => readUserGroup({ ref }, ctx));
      ctx.record('userGroup', readLabel(result), startedAt);
      if (result.status === 'found') return result.group;
      if (result.status === 'not_found') return null;
      throw queryError(result.error);
    },
  }),
);
