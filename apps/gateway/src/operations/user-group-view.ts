// What the Capillary operations and their settlement share: the view of a group, the input, the body
// and the per-call credential.
import {
  CAPILLARY_ERROR_CODES,
  type CapillaryCallOptions,
  type UpdateUserGroupBody,
  type UserGroup,
  type UserGroupDetails,
} from '@loyalty-gateway/capillary-client';
import type { VendorWarning } from '@loyalty-gateway/http-runtime';
import type { OperationContext } from './context.js';
import {
  CredentialsRequiredError,
  invalidInput,
  type MutationResult,
  type WarningShape,
} from './outcomes.js';

/** A Capillary user group as the gateway shows it. */
export interface UserGroupView {
  id: string;
  externalId: string | null;
  name: string | null;
  maxGroupSize: number | null;
  extendedFields: Array<{ name: string; value: string }>;
}

/** Which Capillary group: exactly one of id or externalId. */
export type UserGroupRefInput = { id?: string | null | undefined; externalId?: string | null | undefined };

/** Input of updateUserGroup; omitted fields are left unchanged, null ones are refused. */
export interface UpdateUserGroupInput {
  group: UserGroupRefInput;
  name?: string | null | undefined;
  maxGroupSize?: number | null | undefined;
  extendedFields?: Array<{ name: string; value: string }> | null | undefined;
}

/** The documented meaning of each Capillary code, for warnings. */
export const WARNING_MEANINGS = new Map(CAPILLARY_ERROR_CODES.map((c) => [c.code, c.meaning]));

export function toWarnings(warnings: VendorWarning[]): WarningShape[] {
  return warnings.map((w) => ({
    code: w.code,
    message: WARNING_MEANINGS.get(w.code) ?? `Capillary warning ${w.code}`,
  }));
}

export function toUserGroup(group: UserGroup | UserGroupDetails): UserGroupView {
  return {
    id: String(group.id),
    externalId: group.externalId ?? null,
    name: group.groupName ?? null,
    maxGroupSize: group.maxGroupSize ?? null,
    extendedFields: Object.entries(group.extendedFields ?? {}).map(([name, value]) => ({
      name,
      value: String(value),
    })),
  };
}

/** The per-call credential in forwarded mode; throws CredentialsRequiredError when the caller gave none. */
export function forwardedAuth(ctx: OperationContext): Pick<CapillaryCallOptions, 'auth'> {
  if (!ctx.vendors.forwarded.capillary) return {};
  if (!ctx.forwarded.capillary) {
    throw new CredentialsRequiredError(
      'capillary',
      'an X-Capillary-Basic or X-Capillary-Token header is required: this gateway forwards caller credentials to Capillary',
    );
  }
  return { auth: ctx.forwarded.capillary };
}

export function refOf(group: UserGroupRefInput): { id: string } | { externalId: string } {
  return typeof group.id === 'string' ? { id: group.id } : { externalId: group.externalId as string };
}

/** The vendor body for an update, or the refusal of the input (nothing is sent then). */
export function buildUserGroupBody(
  input: UpdateUserGroupInput,
): { body: UpdateUserGroupBody } | { refused: MutationResult<UserGroupView> } {
  for (const key of ['name', 'maxGroupSize', 'extendedFields'] as const) {
    if (input[key] === null) {
      const message = `input.${key} cannot be null: Capillary has no documented way to clear it; omit it to leave it unchanged`;
      return { refused: invalidInput(['input', key], message) };
    }
  }
  // An empty extendedFields list sets nothing: it is not sent, and alone it is nothing to update.
  const noExtendedFields = (input.extendedFields ?? []).length === 0;
  if (input.name === undefined && input.maxGroupSize === undefined && noExtendedFields) {
    const message =
      'input changes nothing: give name, maxGroupSize or extendedFields (Capillary would answer 1643)';
    return { refused: invalidInput(['input'], message) };
  }
  let extendedFields: Record<string, string> | undefined;
  if (input.extendedFields && !noExtendedFields) {
    // No prototype: a field named __proto__ must become a key of the body, not be swallowed by the setter.
    extendedFields = Object.create(null) as Record<string, string>;
    for (const field of input.extendedFields) {
      if (Object.hasOwn(extendedFields, field.name)) {
        const message = `input.extendedFields names ${JSON.stringify(field.name)} twice`;
        return { refused: invalidInput(['input', 'extendedFields'], message) };
      }
      extendedFields[field.name] = field.value;
    }
  }
  const body = {
    ...refOf(input.group),
    ...(input.name === undefined ? {} : { groupName: input.name }),
    ...(input.maxGroupSize === undefined ? {} : { maxGroupSize: input.maxGroupSize }),
    ...(extendedFields === undefined ? {} : { extendedFields }),
  } as UpdateUserGroupBody;
  return { body };
}
