import { USER_ERROR_CODES, type UserErrorShape } from '../errors.js';
import type { WarningShape } from '../operations/index.js';
import { builder } from './builder.js';

export const MutationOutcomeEnum = builder.enumType('MutationOutcome', {
  description:
    'What a mutation did to vendor state. Retry only NOT_APPLIED; read the group back after UNKNOWN.',
  values: {
    APPLIED: { description: 'The vendor applied the change.' },
    APPLIED_WITH_WARNINGS: {
      description:
        'The vendor applied the change but not all of it (see `warnings`, e.g. Capillary 91016/91017).',
    },
    NOT_APPLIED: {
      description:
        'The change provably did not take effect (refused before sending, or refused by the vendor).',
    },
    UNKNOWN: { description: 'The request may have taken effect: a timeout, reset or 5xx after it was sent.' },
  } as const,
});

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  description: 'The closed set of expected failure codes.',
  values: Object.fromEntries(
    Object.entries(USER_ERROR_CODES).map(([code, description]) => [code, { description }]),
  ) as {
    [K in keyof typeof USER_ERROR_CODES]: { description: string };
  },
});

export const UserErrorRef = builder.objectRef<UserErrorShape>('UserError').implement({
  description: 'An expected failure of a mutation, returned as data.',
  fields: (t) => ({
    code: t.field({
      type: UserErrorCodeEnum,
      description: 'What went wrong, from a closed set.',
      resolve: (e) => e.code,
    }),
    field: t.exposeStringList('field', {
      nullable: true,
      description: 'Path of the input field at fault, e.g. ["input", "name"]; null when no single field is.',
    }),
    message: t.exposeString('message', {
      description: 'A message safe to show; never a vendor body or a secret.',
    }),
    vendorCode: t.exposeString('vendorCode', {
      nullable: true,
      description: "The vendor's own error code, when it gave one (e.g. Capillary 1632).",
    }),
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', {
      nullable: true,
      description: 'With RATE_LIMITED or VENDOR_UNAVAILABLE: seconds the vendor asked to wait.',
    }),
  }),
});

export const VendorWarningRef = builder.objectRef<WarningShape>('VendorWarning').implement({
  description:
    'A warning the vendor attached to an applied change (Capillary: the change was applied except this part).',
  fields: (t) => ({
    code: t.exposeInt('code', {
      description: 'The vendor warning code, e.g. 91016 (unknown extended field) or 91017 (wrong type).',
    }),
    message: t.exposeString('message', {
      description: "The code's documented meaning (from specs/capillary.yaml).",
    }),
  }),
});
