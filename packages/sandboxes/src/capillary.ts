import { createHash, randomBytes } from 'node:crypto';
import { createSpecValidator, type SchemaIssue } from '@loyalty-gateway/specs';
import { safeEqual } from './auth.js';
import { CAPILLARY_SANDBOX_CREDENTIALS } from './credentials.js';
import {
  type Reply,
  type Sandbox,
  type SandboxOptions,
  startEngine,
  type VendorBehaviour,
} from './engine.js';

export type ExtendedFieldType = 'integer' | 'number' | 'string' | 'boolean';
export type ExtendedValue = string | number | boolean;

/** A user group as the Capillary sandbox stores it. */
export interface CapillaryGroup {
  id: number;
  externalId: string;
  groupName: string;
  maxGroupSize: number;
  extendedFields: Record<string, ExtendedValue>;
  groupStatus: 'ACTIVE';
  createdOn: string;
}

export interface CapillaryStore {
  get(id: number): CapillaryGroup | undefined;
  getByExternalId(externalId: string): CapillaryGroup | undefined;
  list(): CapillaryGroup[];
  reset(): void;
  readonly writes: number;
  readonly writesByOperation: Readonly<Record<string, number>>;
  /** Tokens issued by generateOAuthToken. */
  readonly tokensIssued: number;
}

export interface CapillarySandboxOptions extends SandboxOptions {
  username?: string;
  password?: string;
  oauthKey?: string;
  oauthSecret?: string;
  /** Lifetime of issued tokens (default 300 s, as in the docs' sample). */
  tokenTtlSeconds?: number;
  /** Extended fields defined for the usergroup2 entity, with their data types. */
  extendedFieldDefinitions?: Record<string, ExtendedFieldType>;
  /** CONF_MAX_FLEET_GROUP_SIZE (default 30000). */
  maxGroupSizeCap?: number;
  /** Clock in ms, for token expiry. */
  now?: () => number;
}

const DEFAULT_FIELDS: Record<string, ExtendedFieldType> = {
  platinum: 'integer',
  tier_label: 'string',
  is_vip: 'boolean',
};

const SEED: CapillaryGroup[] = [
  {
    id: 51334,
    externalId: 'natwest14',
    groupName: 'natwest14',
    maxGroupSize: 110,
    extendedFields: { platinum: 35 },
    groupStatus: 'ACTIVE',
    createdOn: '2025-11-03T05:23:40Z',
  },
  {
    id: 3962909,
    externalId: 'uat_ug_10_txn',
    groupName: 'uatUserGroup10Transactions',
    maxGroupSize: 2,
    extendedFields: {},
    groupStatus: 'ACTIVE',
    createdOn: '2025-11-03T05:23:40Z',
  },
];

const item = (code: number, message: string) => ({ status: false, code, message });
const failure = (status: number, code: number, message: string): Reply => ({
  status,
  body: { errors: [item(code, message)], warnings: [] },
});

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

/** Starts the Capillary sandbox: user groups in memory, Basic (md5) or OAuth auth, documented codes. */
export async function startCapillarySandbox(
  options: CapillarySandboxOptions = {},
): Promise<Sandbox<CapillaryStore> & { expireTokens(): void }> {
  const creds = {
    username: options.username ?? CAPILLARY_SANDBOX_CREDENTIALS.username,
    password: options.password ?? CAPILLARY_SANDBOX_CREDENTIALS.password,
    oauthKey: options.oauthKey ?? CAPILLARY_SANDBOX_CREDENTIALS.oauthKey,
    oauthSecret: options.oauthSecret ?? CAPILLARY_SANDBOX_CREDENTIALS.oauthSecret,
  };
  const expectedBasic = Buffer.from(
    `${creds.username}:${createHash('md5').update(creds.password).digest('hex')}`,
  ).toString('base64');
  const ttl = options.tokenTtlSeconds ?? 300;
  const fields = options.extendedFieldDefinitions ?? DEFAULT_FIELDS;
  const cap = options.maxGroupSizeCap ?? 30_000;
  const now = options.now ?? Date.now;
  const spec = createSpecValidator('capillary');
  const groups = new Map<number, CapillaryGroup>();
  const tokens = new Map<string, number>();
  const counters = { writes: 0, byOperation: {} as Record<string, number>, tokens: 0 };

  const reset = () => {
    groups.clear();
    for (const g of SEED) groups.set(g.id, { ...g, extendedFields: { ...g.extendedFields } });
    tokens.clear();
    counters.writes = 0;
    counters.byOperation = {};
    counters.tokens = 0;
  };
  reset();
  const wrote = (operationId: string) => {
    counters.writes++;
    counters.byOperation[operationId] = (counters.byOperation[operationId] ?? 0) + 1;
  };
  const findByExternalId = (externalId: string) =>
    [...groups.values()].find((g) => g.externalId === externalId);
  const view = (g: CapillaryGroup, warnings: unknown[]) => ({
    id: g.id,
    externalId: g.externalId,
    groupName: g.groupName,
    maxGroupSize: g.maxGroupSize,
    extendedFields: { ...g.extendedFields },
    warnings,
  });

  /** The documented code for the first schema issue of a body. */
  const codeFor = (issues: SchemaIssue[], body: unknown): Reply => {
    if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
      return failure(400, 1644, 'Group details not passed');
    }
    const specific = issues.find((i) => i.path !== '') ?? issues[0];
    if (
      !specific ||
      (specific.path === '' && (specific.keyword === 'anyOf' || specific.keyword === 'required'))
    ) {
      return failure(400, 1635, 'Group query param is not passed');
    }
    if (specific.path === '/maxGroupSize' && specific.keyword === 'maximum') {
      return failure(400, 1639, `Group max size can not exceed product limit ${cap}`);
    }
    if (specific.path === '/maxGroupSize' && specific.keyword === 'minimum') {
      return failure(400, 1640, 'Group max size field should be a positive value');
    }
    if (specific.path === '/id') return failure(400, 1619, 'Group id is invalid');
    return failure(400, 1645, 'Group details passed are not valid');
  };

  /** Applies extended fields; unknown names (91016) and mistyped values (91017) become warnings. */
  const applyExtended = (target: Record<string, ExtendedValue>, given: Record<string, ExtendedValue>) => {
    const warnings: ReturnType<typeof item>[] = [];
    let changed = false;
    for (const [name, value] of Object.entries(given)) {
      // Own keys only: `constructor` or `__proto__` is an unknown field (91016), not an Object.prototype member.
      const type = Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (!type) {
        warnings.push(item(91016, `Extended field name ${name} is invalid.`));
        continue;
      }
      const coerced = coerceExtended(value, type);
      if (coerced === null) {
        warnings.push(item(91017, `Extended field value for ${name} is invalid.`));
        continue;
      }
      target[name] = coerced;
      changed = true;
    }
    return { warnings, changed };
  };

  const behaviour: VendorBehaviour = {
    vendor: 'capillary',
    route(method, path) {
      if (path === '/v3/oauth/token/generate' && method === 'POST')
        return { operationId: 'generateOAuthToken', params: {} };
      if (path === '/v2/userGroup2') {
        if (method === 'PUT') return { operationId: 'updateUserGroup', params: {} };
        if (method === 'GET') return { operationId: 'getUserGroup', params: {} };
        if (method === 'POST') return { operationId: 'addUserGroup', params: {} };
      }
      return null;
    },
    authenticate(req, operationId) {
      if (operationId === 'generateOAuthToken') return { scheme: 'none', valid: true };
      const unauthorized = failure(401, 401, 'Invalid or expired credentials');
      const token = req.headers['x-cap-api-oauth-token'];
      if (typeof token === 'string' && token !== '') {
        const expiresAt = tokens.get(token);
        const valid = expiresAt !== undefined && now() < expiresAt;
        return valid ? { scheme: 'oauth', valid } : { scheme: 'oauth', valid, reject: unauthorized };
      }
      const header = req.headers.authorization;
      if (header && /^Basic\s+/i.test(header)) {
        const valid = safeEqual(header.replace(/^Basic\s+/i, '').trim(), expectedBasic);
        return valid ? { scheme: 'basic', valid } : { scheme: 'basic', valid, reject: unauthorized };
      }
      return { scheme: 'none', valid: false, reject: unauthorized };
    },
    handle(operationId, _params, req) {
      if (req.invalidJson) return failure(400, 1644, 'Group details not passed');
      switch (operationId) {
        case 'generateOAuthToken': {
          const check = spec.validateRequestBody(operationId, req.body);
          const body = req.body as { key?: string; secret?: string };
          if (
            !check.valid ||
            !safeEqual(body.key ?? '', creds.oauthKey) ||
            !safeEqual(body.secret ?? '', creds.oauthSecret)
          ) {
            return failure(401, 401, 'Invalid API client key or secret');
          }
          const accessToken = `sbx.${randomBytes(24).toString('base64url')}`;
          tokens.set(accessToken, now() + ttl * 1000);
          counters.tokens++;
          return { status: 200, body: { data: { accessToken, ttlSeconds: ttl }, errors: null } };
        }
        case 'getUserGroup': {
          const { id, externalId } = req.query;
          if (id === undefined && externalId === undefined)
            return failure(400, 1635, 'Group query param is not passed');
          if (!spec.validateParameters(operationId, { query: req.query }).valid)
            return failure(400, 1619, 'Group id is invalid');
          const group = id !== undefined ? groups.get(Number(id)) : findByExternalId(externalId ?? '');
          if (!group)
            return failure(
              400,
              1632,
              `Group id/externalId/primary userId ${id ?? externalId} passed is not valid.`,
            );
          return {
            status: 200,
            body: {
              ...view(group, []),
              groupStatus: group.groupStatus,
              createdOn: group.createdOn,
              totalActiveMembers: 0,
              totalExitedMembers: 0,
              fleetGroupUsers: [],
            },
          };
        }
        case 'updateUserGroup': {
          const check = spec.validateRequestBody(operationId, req.body);
          if (!check.valid) return codeFor(check.issues, req.body);
          const body = req.body as {
            id?: number | string;
            externalId?: string;
            groupName?: string;
            maxGroupSize?: number;
            extendedFields?: Record<string, ExtendedValue>;
          };
          const group =
            body.id !== undefined ? groups.get(Number(body.id)) : findByExternalId(body.externalId ?? '');
          if (!group) {
            return failure(
              400,
              1632,
              `Group id/externalId/primary userId ${body.id ?? body.externalId} passed is not valid.`,
            );
          }
          const renamesExternalId =
            body.id !== undefined && body.externalId !== undefined && body.externalId !== group.externalId;
          if (
            body.groupName === undefined &&
            body.maxGroupSize === undefined &&
            body.extendedFields === undefined &&
            !renamesExternalId
          ) {
            return failure(400, 1643, 'Nothing to update in the group');
          }
          if (body.maxGroupSize !== undefined && body.maxGroupSize > cap) {
            return failure(400, 1639, `Group max size can not exceed product limit ${cap}`);
          }
          if (renamesExternalId && findByExternalId(body.externalId ?? '')) {
            return failure(400, 1633, `Group external Id ${body.externalId} already exists`);
          }
          const next: CapillaryGroup = { ...group, extendedFields: { ...group.extendedFields } };
          if (renamesExternalId) next.externalId = body.externalId as string;
          if (body.groupName !== undefined) next.groupName = body.groupName;
          if (body.maxGroupSize !== undefined) next.maxGroupSize = body.maxGroupSize;
          const { warnings } = applyExtended(next.extendedFields, body.extendedFields ?? {});
          groups.set(next.id, next);
          wrote(operationId);
          return { status: 200, body: view(next, warnings) };
        }
        case 'addUserGroup': {
          const check = spec.validateRequestBody(operationId, req.body);
          if (!check.valid) {
            const missingExternal = check.issues.some(
              (i) => i.keyword === 'required' && i.message.includes('externalId'),
            );
            return missingExternal
              ? failure(400, 1634, "Group externalId can't be null")
              : codeFor(check.issues, req.body);
          }
          const body = req.body as {
            externalId: string;
            groupName?: string;
            maxGroupSize: number;
            extendedFields?: Record<string, ExtendedValue>;
          };
          if (findByExternalId(body.externalId))
            return failure(400, 1633, `Group external Id ${body.externalId} already exists`);
          if (body.maxGroupSize > cap)
            return failure(400, 1639, `Group max size can not exceed product limit ${cap}`);
          const group: CapillaryGroup = {
            id: Math.max(0, ...groups.keys()) + 1,
            externalId: body.externalId,
            groupName: body.groupName ?? body.externalId,
            maxGroupSize: body.maxGroupSize,
            extendedFields: {},
            groupStatus: 'ACTIVE',
            createdOn: new Date(now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
          };
          const { warnings } = applyExtended(group.extendedFields, body.extendedFields ?? {});
          groups.set(group.id, group);
          wrote(operationId);
          return { status: 200, body: { entity: group.id, warnings } };
        }
        default:
          return failure(404, 404, 'Not found');
      }
    },
    errorBody: (status) => ({
      errors: [
        item(
          status,
          status === 429 ? 'Too many requests' : status === 503 ? 'Service unavailable' : 'Server error',
        ),
      ],
      warnings: [],
    }),
    notFound: () => failure(404, 404, 'Not found'),
    reset,
  };

  const store: CapillaryStore = {
    get: (id) => {
      const g = groups.get(id);
      return g ? { ...g, extendedFields: { ...g.extendedFields } } : undefined;
    },
    getByExternalId: (externalId) => {
      const g = findByExternalId(externalId);
      return g ? { ...g, extendedFields: { ...g.extendedFields } } : undefined;
    },
    list: () => [...groups.values()].map((g) => ({ ...g, extendedFields: { ...g.extendedFields } })),
    reset,
    get writes() {
      return counters.writes;
    },
    get writesByOperation() {
      return { ...counters.byOperation };
    },
    get tokensIssued() {
      return counters.tokens;
    },
  };
  const sandbox = await startEngine(behaviour, store, options);
  return { ...sandbox, expireTokens: () => tokens.clear() };
}
