import { createHash, randomUUID } from 'node:crypto';
import { createSpecValidator } from '@loyalty-gateway/spec-validator';
import { safeEqual } from './auth.js';
import { CapillaryGroups } from './capillary-groups.js';
import {
  addUserGroup,
  type CapillaryContext,
  failure,
  generateOAuthToken,
  getUserGroup,
  updateUserGroup,
} from './capillary-operations.js';
import { CAPILLARY_SANDBOX_CREDENTIALS } from './credentials.js';
import {
  type Sandbox,
  type SandboxOptions,
  type SandboxRequest,
  startEngine,
  type VendorBehaviour,
} from './engine.js';

export { coerceExtended } from './capillary-operations.js';

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
  /**
   * The org's CONF_MAX_FLEET_GROUP_SIZE (default 30000): a larger maxGroupSize is answered with
   * 1639, and any size up to it is applied (the spec sets no maximum; the cap is per org).
   */
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
  const groups = new CapillaryGroups(SEED);
  const ctx: CapillaryContext = {
    spec: createSpecValidator('capillary'),
    groups,
    fields: options.extendedFieldDefinitions ?? DEFAULT_FIELDS,
    cap: options.maxGroupSizeCap ?? 30_000,
    ttlSeconds: options.tokenTtlSeconds ?? 300,
    oauth: { key: creds.oauthKey, secret: creds.oauthSecret },
    now: options.now ?? Date.now,
  };
  const expectedBasic = Buffer.from(
    `${creds.username}:${createHash('md5').update(creds.password).digest('hex')}`,
  ).toString('base64');
  const behaviour: VendorBehaviour = {
    vendor: 'capillary',
    route,
    authenticate: (req, operationId) => authenticate(ctx, expectedBasic, req, operationId),
    handle(operationId, _params, req) {
      switch (operationId) {
        case 'generateOAuthToken':
          return generateOAuthToken(ctx, req);
        case 'getUserGroup':
          return getUserGroup(ctx, req);
        case 'updateUserGroup':
          return updateUserGroup(ctx, req);
        case 'addUserGroup':
          return addUserGroup(ctx, req);
        default:
          return failure(404, 404, 'Not found');
      }
    },
    errorBody: (status) => failure(status, status, ERROR_TEXTS[status] ?? 'Server error').body,
    // Every Capillary answer carries a trace id (C39).
    responseHeaders: () => ({ 'x-cap-requestid': randomUUID() }),
    notFound: () => failure(404, 404, 'Not found'),
    // One org: its Basic till, or its OAuth client (the token call and every call made with its tokens).
    rateKey: (req, operationId) =>
      operationId === 'generateOAuthToken' || req.headers['x-cap-api-oauth-token']
        ? `oauth:${creds.oauthKey}`
        : `basic:${req.headers.authorization ?? ''}`,
    reset: () => groups.reset(),
  };
  const sandbox = await startEngine(behaviour, groups.facade(), options);
  return { ...sandbox, expireTokens: () => groups.tokens.clear() };
}

const ERROR_TEXTS: Record<number, string> = {
  413: 'Request entity too large',
  429: 'Too many requests',
  503: 'Service unavailable',
};

function route(method: string, path: string): { operationId: string; params: Record<string, string> } | null {
  if (path === '/v3/oauth/token/generate' && method === 'POST')
    return { operationId: 'generateOAuthToken', params: {} };
  if (path !== '/v2/userGroup2') return null;
  const operationId = ({ PUT: 'updateUserGroup', GET: 'getUserGroup', POST: 'addUserGroup' } as const)[
    method as 'PUT'
  ];
  return operationId ? { operationId, params: {} } : null;
}

/** Basic (md5 of the password) or an unexpired OAuth token; the token call itself needs none. */
function authenticate(
  ctx: CapillaryContext,
  expectedBasic: string,
  req: SandboxRequest,
  operationId: string,
): ReturnType<VendorBehaviour['authenticate']> {
  if (operationId === 'generateOAuthToken') return { scheme: 'none', valid: true };
  const unauthorized = failure(401, 401, 'Invalid or expired credentials');
  const token = req.headers['x-cap-api-oauth-token'];
  if (typeof token === 'string' && token !== '') {
    const expiresAt = ctx.groups.tokens.get(token);
    const valid = expiresAt !== undefined && ctx.now() < expiresAt;
    return valid ? { scheme: 'oauth', valid } : { scheme: 'oauth', valid, reject: unauthorized };
  }
  const header = req.headers.authorization;
  if (header && /^Basic\s+/i.test(header)) {
    const valid = safeEqual(header.replace(/^Basic\s+/i, '').trim(), expectedBasic);
    return valid ? { scheme: 'basic', valid } : { scheme: 'basic', valid, reject: unauthorized };
  }
  return { scheme: 'none', valid: false, reject: unauthorized };
}
