import {
  comparisonOf,
  type FieldCheck,
  type Settlement,
  settleByReadBack,
  type UnclearAnswer,
  type UpdateComparison,
} from '@loyalty-gateway/http-runtime';
import type { CapillaryCallOptions } from './auth.js';
import type { CapillaryClient, UpdateUserGroupBody, UserGroup, UserGroupDetails } from './client.js';

type Scalar = string | number | boolean;

/**
 * An asked extended-field value as Capillary would store it next to a stored one: the vendor
 * coerces to the field's type ("35" -> 35, "true" -> true) and refuses (91017) what does not fit,
 * and a stored value has its field's type. Undefined when the value cannot be of that type.
 */
function asStored(asked: Scalar, stored: Scalar): Scalar | undefined {
  if (typeof stored === 'string') return String(asked);
  if (typeof stored === 'boolean') {
    if (typeof asked === 'boolean') return asked;
    return asked === 'true' ? true : asked === 'false' ? false : undefined;
  }
  if (typeof asked === 'number') return asked;
  if (typeof asked !== 'string' || asked.trim() === '') return undefined;
  const n = Number(asked.trim());
  return Number.isFinite(n) ? n : undefined;
}

/** One extended field: by name, with the value coerced as the vendor stores it. */
function extendedCheck(name: string, asked: Scalar, found: Scalar | undefined): FieldCheck {
  const field = `extendedFields.${name}`;
  // Absent: either a name the org does not have (91016) or a write that did not land; a read cannot tell.
  if (found === undefined) return { field, state: 'different', asked, found };
  const coerced = asStored(asked, found);
  if (coerced === undefined) return { field, state: 'refused', asked, found };
  return { field, state: coerced === found ? 'equal' : 'different', asked, found };
}

const plain = (field: string, asked: unknown, found: unknown): FieldCheck => ({
  field,
  state: asked === found ? 'equal' : 'different',
  asked,
  found,
});

/**
 * Compares what `PUT /v2/userGroup2` asked to set with a group as Capillary returns it: `groupName`
 * and `maxGroupSize` when the body has them, and each extended field by name and by its value
 * coerced as the vendor stores it. A value the stored field's type can never hold (a word for a
 * number field) is `refused` (the vendor answers 91017 for it, applied or not); a field the group
 * does not have is `different` (an unknown name, 91016, and an unapplied write look the same).
 * Omitted fields are not compared. Pure.
 */
export function compareUserGroupUpdate(
  body: UpdateUserGroupBody,
  group: UserGroup | UserGroupDetails,
): UpdateComparison {
  const fields: FieldCheck[] = [];
  if (body.groupName !== undefined) fields.push(plain('groupName', body.groupName, group.groupName));
  if (body.maxGroupSize !== undefined)
    fields.push(plain('maxGroupSize', body.maxGroupSize, group.maxGroupSize));
  const stored = group.extendedFields ?? {};
  for (const [name, asked] of Object.entries(body.extendedFields ?? {}))
    fields.push(extendedCheck(name, asked, Object.hasOwn(stored, name) ? stored[name] : undefined));
  return comparisonOf(fields);
}

/** The group a body names: by id when it has one, else by externalId. */
function refOf(body: UpdateUserGroupBody): { id: string | number } | { externalId: string } {
  const { id, externalId } = body as { id?: string | number; externalId?: string };
  return id !== undefined ? { id } : { externalId: externalId as string };
}

/**
 * After an unclear answer to `updateUserGroup` (see `unclearAnswer`), reads the group back
 * (`GET /v2/userGroup2`, by the body's id or else its externalId, under `call`'s deadline, signal and
 * credential) and says what happened: `applied`, `not_applied` (only when the write ended,
 * `writeEnded(unclear)`: a complete answer, or a sender gone for good, see `senderGone`), or `unknown`.
 * It never writes.
 */
export function settleUserGroupUpdate(
  client: Pick<CapillaryClient, 'getUserGroup'>,
  body: UpdateUserGroupBody,
  unclear: UnclearAnswer,
  call?: CapillaryCallOptions,
): Promise<Settlement<UserGroupDetails>> {
  return settleByReadBack(
    () => client.getUserGroup(refOf(body), undefined, call),
    (group) => compareUserGroupUpdate(body, group),
    unclear,
  );
}
