import { USER_ERROR_CODES, type UserErrorShape } from '../errors.js';
import type { WarningShape } from '../operations/index.js';
import { builder } from './builder.js';

export const MutationOutcomeEnum = builder.enumType('MutationOutcome', {
  description:
    'What a mutation did to vendor state. Retry only NOT_APPLIED. After an unclear vendor answer the gateway has already read the group back (see `settledBy`), so UNKNOWN is what is left when even that could not tell.',
  values: {
    APPLIED: {
      description:
        'The vendor applied the change. With `settledBy: READ_BACK` it means the vendor holds every value the mutation asked to set; someone else may have set the same values in between, and no more than that is claimed.',
    },
    APPLIED_WITH_WARNINGS: {
      description:
        'The vendor applied the change but not all of it (see `warnings`, e.g. Capillary 91016/91017).',
    },
    NOT_APPLIED: {
      description:
        'The change provably did not take effect: refused before sending, refused by the vendor, or (with `settledBy: READ_BACK`) a complete 5xx answer after which the group as read holds other values. Safe to send again.',
    },
    UNKNOWN: {
      description:
        'The request may have taken effect: a timeout, reset, 5xx or garbled answer after it was sent, and the read-back could not settle it (the read failed, the deadline ran out, or the group holds other values while the write may still be in flight). The userError message says which. Never a guess.',
    },
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

export const SettledByEnum = builder.enumType('SettledBy', {
  description: 'How a mutation outcome was reached.',
  values: {
    VENDOR_ANSWER: {
      description:
        "The vendor's own answer to the write (or a refusal before sending, with `attempts: 0`); also an UNKNOWN that a read-back could not settle.",
    },
    READ_BACK: {
      description:
        'The answer to the write was unclear, and the gateway read the group back and compared every field the mutation asked to set (omitted ones are not compared). APPLIED: the vendor holds those values (someone else may have set the same ones). NOT_APPLIED: the vendor had finished (a complete 5xx answer) and holds other values; this assumes no other writer changed those fields between the write and the read (a later change by another writer looks the same as a write that never landed), so turn SETTLE_RETRY off where several writers edit one group at once. With `attempts: 2` the read-back proved the first send was not applied, the gateway sent the change once more (SETTLE_RETRY), and the outcome is that second answer.',
    },
  } as const,
});

export const SETTLED_BY_DESCRIPTION =
  'How the outcome was reached: the vendor answer, or a read-back of the group.';
export const ATTEMPTS_DESCRIPTION =
  'How many times the gateway sent the change to the vendor: 0 when refused before sending, 1 normally, 2 when a read-back proved the first send was not applied and it was sent again. The client retries of a 429/503 the vendor did not process are not counted.';
