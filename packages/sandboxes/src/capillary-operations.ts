import { randomBytes } from 'node:crypto';
import type { SchemaIssue, SpecValidator } from '@loyalty-gateway/spec-validator';
import { safeEqual } from './auth.js';
import type { CapillaryGroup, ExtendedFieldType, ExtendedValue } from './capillary.js';
import { type CapillaryGroups, groupView } from './capillary-groups.js';
import type { Reply, SandboxRequest } from './engine.js';
import { exactId } from './ids.js';

/** What the Capillary operations share: the spec, the groups and the org's configuration. */
export interface CapillaryContext {
  spec: SpecValidator;
  groups: CapillaryGroups;
  fields: Record<string, ExtendedFieldType>;
  /** CONF_MAX_FLEET_GROUP_SIZE. */
  cap: number;
  ttlSeconds: number;
  oauth: { key: string; secret: string };
  now: () => number;
}

type Item = { status: false; code: number; message: string };
const item = (code: number, message: string): Item => ({ status: false, code, message });

/** An error answer in the v2 envelope, with the legacy doc's text for `code`. */
export const failure = (status: number, code: number, message: string): Reply => ({
  status,
  body: { errors: [item(code, message)], warnings: [] },
});
const notValid = (x: unknown) =>
  failure(400, 1632, `Group id/externalId/primary userId ${String(x)} passed is not valid.`);
const overCap = (cap: number) => failure(400, 1639, `Group max size can not exceed product limit ${cap}`);

/** Coerces an extended-field value to its field's type, as the vendor does ("35" -> 35); null if it does not fit. */
export function coerceExtended(value: ExtendedValue, type: ExtendedFieldType): ExtendedValue | null {
  switch (type) {
    case 'integer':
      if (typeof value === 'number') return Number.isInteger(value) ? value : null;
      return typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : null;
    case 'number':
      if (typeof value === 'number') return value;
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
        ? Number(value)
        : null;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return value === 'true' ? true : value === 'false' ? false : null;
    case 'string':
      return typeof value === 'string' ? value : String(value);
  }
}

/** Applies extended fields; unknown names (91016) and mistyped values (91017) become warnings. */
function applyExtended(
  ctx: CapillaryContext,
  target: Record<string, ExtendedValue>,
  given: Record<string, ExtendedValue>,
): Item[] {
  const warnings: Item[] = [];
  for (const [name, value] of Object.entries(given)) {
    // Own keys only: `constructor` or `__proto__` is an unknown field (91016), not an Object.prototype member.
    const type = Object.hasOwn(ctx.fields, name) ? ctx.fields[name] : undefined;
    const coerced = type === undefined ? undefined : coerceExtended(value, type);
    if (coerced === undefined) warnings.push(item(91016, `Extended field name ${name} is invalid.`));
    else if (coerced === null) warnings.push(item(91017, `Extended field value for ${name} is invalid.`));
    else target[name] = coerced;
  }
  return warnings;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The documented code for a field's schema issue, or null when only the body as a whole failed. */
function fieldCode(issues: SchemaIssue[], body: Record<string, unknown>): Reply | null {
  const issue = issues.find((i) => i.path !== '' && i.keyword !== 'minProperties');
  if (!issue) return null;
  if (issue.path === '/maxGroupSize' && issue.keyword === 'minimum')
    return failure(400, 1640, 'Group max size field should be a positive value.');
  if (issue.path === '/id') return failure(400, 1619, `Group id ${String(body.id)} is invalid`);
  if (issue.path === '/externalId' && body.externalId === '')
    return failure(400, 1634, "Group externalId can't be null");
  return failure(400, 1645, 'Group details passed are not valid.');
}

/** The group a PUT names: by exact id, else by externalId; with both, they must name the same group. */
function selected(ctx: CapillaryContext, body: { id?: unknown; externalId?: unknown }) {
  if (body.id === undefined) {
    const group = ctx.groups.byExternalId(String(body.externalId));
    return group ?? notValid(body.externalId);
  }
  const id = exactId(body.id);
  const group = id === null ? undefined : ctx.groups.groups.get(id);
  if (!group) return notValid(body.id);
  if (body.externalId !== undefined && body.externalId !== group.externalId) return notValid(body.externalId);
  return group;
}

type UpdateBody = {
  id?: number | string;
  externalId?: string;
  groupName?: string;
  maxGroupSize?: number;
  extendedFields?: Record<string, ExtendedValue>;
};

/** PUT /v2/userGroup2: codes in the order a field check, the lookup, "nothing to update", the cap. */
export function updateUserGroup(ctx: CapillaryContext, req: SandboxRequest): Reply {
  const body = req.body;
  if (req.invalidJson || !isObject(body)) return failure(400, 1644, 'Group details not passed.');
  if (body.id === undefined && body.externalId === undefined)
    return failure(400, 1635, 'Group query param is not passed.');
  const check = ctx.spec.validateRequestBody('updateUserGroup', body);
  const refused = check.valid ? null : fieldCode(check.issues, body);
  if (refused) return refused;
  const given = body as UpdateBody;
  const group = selected(ctx, given);
  if (!('id' in group && 'groupName' in group)) return group;
  if (!check.valid) return failure(400, 1643, 'Nothing to update in the group');
  if (given.maxGroupSize !== undefined && given.maxGroupSize > ctx.cap) return overCap(ctx.cap);
  const next: CapillaryGroup = { ...group, extendedFields: { ...group.extendedFields } };
  if (given.groupName !== undefined) next.groupName = given.groupName;
  if (given.maxGroupSize !== undefined) next.maxGroupSize = given.maxGroupSize;
  const warnings = applyExtended(ctx, next.extendedFields, given.extendedFields ?? {});
  ctx.groups.groups.set(next.id, next);
  ctx.groups.wrote('updateUserGroup');
  return { status: 200, body: groupView(next, warnings) };
}

/** GET /v2/userGroup2?id=|externalId=, the id read exactly. */
export function getUserGroup(ctx: CapillaryContext, req: SandboxRequest): Reply {
  const { id, externalId } = req.query;
  if (id === undefined && externalId === undefined)
    return failure(400, 1635, 'Group query param is not passed.');
  if (!ctx.spec.validateParameters('getUserGroup', { query: req.query }).valid)
    return failure(400, 1619, `Group id ${id ?? externalId} is invalid`);
  const exact = id === undefined ? null : exactId(id);
  const group =
    id === undefined
      ? ctx.groups.byExternalId(externalId ?? '')
      : exact === null
        ? undefined
        : ctx.groups.groups.get(exact);
  if (!group) return notValid(id ?? externalId);
  return {
    status: 200,
    body: {
      ...groupView(group, []),
      groupStatus: group.groupStatus,
      createdOn: group.createdOn,
      totalActiveMembers: 0,
      totalExitedMembers: 0,
      fleetGroupUsers: [],
    },
  };
}

/** POST /v2/userGroup2. */
export function addUserGroup(ctx: CapillaryContext, req: SandboxRequest): Reply {
  if (req.invalidJson || !isObject(req.body)) return failure(400, 1644, 'Group details not passed.');
  const check = ctx.spec.validateRequestBody('addUserGroup', req.body);
  const body = req.body as { externalId?: unknown; groupName?: string; maxGroupSize: number };
  if (body.externalId === undefined || body.externalId === null || body.externalId === '')
    return failure(400, 1634, "Group externalId can't be null");
  if (!check.valid)
    return fieldCode(check.issues, req.body) ?? failure(400, 403, 'Field maxGroupSize is mandatory.');
  const externalId = String(body.externalId);
  if (ctx.groups.byExternalId(externalId))
    return failure(400, 1633, `Group external Id ${externalId} already exists.`);
  if (body.maxGroupSize > ctx.cap) return overCap(ctx.cap);
  const group: CapillaryGroup = {
    id: ctx.groups.nextId(),
    externalId,
    groupName: body.groupName ?? externalId,
    maxGroupSize: body.maxGroupSize,
    extendedFields: {},
    groupStatus: 'ACTIVE',
    createdOn: new Date(ctx.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  const given = (req.body as { extendedFields?: Record<string, ExtendedValue> }).extendedFields;
  const warnings = applyExtended(ctx, group.extendedFields, given ?? {});
  ctx.groups.groups.set(group.id, group);
  ctx.groups.wrote('addUserGroup');
  return { status: 200, body: { entity: group.id, warnings } };
}

/** POST /v3/oauth/token/generate. */
export function generateOAuthToken(ctx: CapillaryContext, req: SandboxRequest): Reply {
  if (req.invalidJson) return failure(400, 400, 'The request body is not JSON');
  const check = ctx.spec.validateRequestBody('generateOAuthToken', req.body);
  const body = (isObject(req.body) ? req.body : {}) as { key?: unknown; secret?: unknown };
  const key = typeof body.key === 'string' ? body.key : '';
  const secret = typeof body.secret === 'string' ? body.secret : '';
  if (!check.valid || !safeEqual(key, ctx.oauth.key) || !safeEqual(secret, ctx.oauth.secret)) {
    return failure(401, 401, 'Invalid API client key or secret');
  }
  const accessToken = `sbx.${randomBytes(24).toString('base64url')}`;
  ctx.groups.tokens.set(accessToken, ctx.now() + ctx.ttlSeconds * 1000);
  ctx.groups.tokensIssued++;
  return { status: 200, body: { data: { accessToken, ttlSeconds: ctx.ttlSeconds }, errors: null } };
}
