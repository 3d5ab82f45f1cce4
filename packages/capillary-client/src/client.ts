import {
  type CallOptions,
  type ClientOptionsBase,
  capillaryBasicCredential,
  createClientCore,
  createCompiledValidator,
  isSafeCredential,
  type LosslessIds,
  type SchemaIssue,
  type SpecValidator,
  VendorError,
  type VendorErrorKind,
  type VendorResult,
  type VendorWarning,
} from '@loyalty-gateway/http-runtime';
import createClient, { type Client } from 'openapi-fetch';
import type { components, operations, paths } from './generated/capillary.gen.js';
import { capillaryValidators } from './generated/capillary.validators.gen.js';
import { TokenCache } from './token-cache.js';

type Schemas = components['schemas'];
/**
 * Body of PUT /v2/userGroup2, as the spec's union generates it: `id` or `externalId`, and at least
 * one of `groupName`, `maxGroupSize` or `extendedFields` (a body that changes nothing is refused).
 */
export type UpdateUserGroupBody = Schemas['UpdateUserGroupRequest'];
export type CreateUserGroupBody = Schemas['CreateUserGroupRequest'];
/** A user group as PUT returns it (ids beyond 2^53 arrive as digit strings). */
export type UserGroup = LosslessIds<Schemas['UserGroup']>;
/** A user group as GET returns it. */
export type UserGroupDetails = LosslessIds<Schemas['UserGroupDetails']>;
export type GetUserGroupQuery = NonNullable<operations['getUserGroup']['parameters']['query']>;
export type GroupRef = { id: string | number } | { externalId: string };

/** The documented regional hosts (specs/capillary.yaml `servers[0].variables.host`). */
export const CAPILLARY_REGIONS = {
  eu: 'eu.api.capillarytech.com',
  apac: 'apac.api.capillarytech.com',
  apac2: 'apac2.api.capillarytech.com',
  us: 'us.api.capillarytech.com',
  ushc: 'ushc.api.capillarytech.com',
  sea: 'sea.api.capillarytech.com',
  cn: 'api.capillarytech.cn.com',
} as const;
export type CapillaryRegion = keyof typeof CAPILLARY_REGIONS;

/** Basic (till username + password, sent as md5) or OAuth client credentials. */
export type CapillaryAuth =
  | { type: 'basic'; username: string; password: string }
  | { type: 'oauth'; key: string; secret: string };

/** Options of createCapillaryClient: a region or a base URL, and the credentials. */
export type CapillaryClientOptions = ClientOptionsBase & {
  auth: CapillaryAuth;
  /** Region whose documented host to call (ignored when baseUrl is given; default eu). */
  region?: CapillaryRegion;
  /** Clock for token expiry (ms); tests use it. */
  now?: () => number;
  /**
   * The org's group size cap (`CONF_MAX_FLEET_GROUP_SIZE`): a larger `maxGroupSize` is refused
   * before sending. Default 30000, the vendor's cap when the org has not configured one.
   */
  maxGroupSize?: number;
};

/** The vendor's group size cap when the org configured none (C14). */
export const DEFAULT_MAX_GROUP_SIZE = 30_000;

/** Per-call options; `auth` replaces the client's credentials for this call (forwarded credentials). */
export interface CapillaryCallOptions extends CallOptions {
  auth?: { type: 'basic'; username: string; password: string } | { type: 'token'; accessToken: string };
}

/** The Capillary client: one method per operation, each resolving to a result you narrow on `ok`. */
export interface CapillaryClient {
  /** The typed openapi-fetch client. */
  readonly raw: Client<paths>;
  /** PUT /v2/userGroup2; 91016/91017 come back as `warnings` on an applied update. */
  updateUserGroup(
    body: UpdateUserGroupBody,
    options?: CapillaryCallOptions,
  ): Promise<VendorResult<UserGroup>>;
  /** GET /v2/userGroup2?id=|externalId= */
  getUserGroup(
    ref: GroupRef,
    query?: Omit<GetUserGroupQuery, 'id' | 'externalId'>,
    options?: CapillaryCallOptions,
  ): Promise<VendorResult<UserGroupDetails>>;
  /** POST /v2/userGroup2; resolves to the new group's id. */
  addUserGroup(
    body: CreateUserGroupBody,
    options?: CapillaryCallOptions,
  ): Promise<VendorResult<{ entity: number | string }>>;
  /** Closes the keep-alive pool (only when the client created it). */
  close(): Promise<void>;
}

const NOT_FOUND_CODES = new Set([1632, 1619, 8015]);

function classify(status: number, body: unknown): { kind: VendorErrorKind; vendorCode: number | null } {
  const code = (body as { errors?: Array<{ code?: unknown }> } | null)?.errors?.[0]?.code;
  const vendorCode = typeof code === 'number' ? code : null;
  if (status === 401 || (status === 403 && vendorCode !== 403)) return { kind: 'unauthorized', vendorCode };
  if (status === 404 || (vendorCode !== null && NOT_FOUND_CODES.has(vendorCode)))
    return { kind: 'not_found', vendorCode };
  return { kind: 'invalid_request', vendorCode };
}

function warningsOf(json: unknown): VendorWarning[] {
  const list = (json as { warnings?: unknown } | null)?.warnings;
  if (!Array.isArray(list)) return [];
  return list
    .filter((w): w is { code: number; message: string } => typeof w?.code === 'number')
    .map((w) => ({ code: w.code, message: typeof w.message === 'string' ? w.message : '' }));
}

function acceptGroup<T>(json: unknown): { value: T; warnings: VendorWarning[] } | undefined {
  const id = (json as { id?: unknown } | null)?.id;
  return typeof id === 'number' || typeof id === 'string'
    ? { value: json as T, warnings: warningsOf(json) }
    : undefined;
}

/** Which field a refused body is blamed on, and why, from the spec's schema issues. */
function bodyRefusal(operation: string, issues: SchemaIssue[]): { field: string; message: string } {
  // A field's own issue says most; an empty extendedFields only fails the "something to change" rule.
  const issue = issues.find((i) => i.path !== '' && i.keyword !== 'minProperties');
  if (issue) return { field: `body${issue.path.split('/').join('.')}`, message: issue.message };
  const missing = issues.filter((i) => i.path === '' && i.keyword === 'required').map((i) => i.message);
  if (missing.some((m) => /'(id|externalId)'/.test(m))) {
    return { field: 'body.id', message: 'or body.externalId is required' };
  }
  if (operation === 'updateUserGroup') {
    return {
      field: 'body',
      message:
        'changes nothing: give groupName, maxGroupSize or a non-empty extendedFields (Capillary answers 1643)',
    };
  }
  return { field: 'body', message: missing[0] ?? issues[0]?.message ?? 'is invalid' };
}

/**
 * The request, parameter and response validators of specs/capillary.yaml, generated ahead of time
 * (`pnpm generate`): what the client checks its inputs with, with no spec parsing at start-up.
 */
export const capillarySpecValidator: SpecValidator = createCompiledValidator(
  'capillary',
  capillaryValidators,
);

/** Creates a Capillary client. Inputs are checked against specs/capillary.yaml before anything is sent. */
export function createCapillaryClient(options: CapillaryClientOptions): CapillaryClient {
  const { auth } = options;
  const credentials = auth.type === 'basic' ? [auth.username, auth.password] : [auth.key, auth.secret];
  if (!credentials.every((c) => typeof c === 'string' && c.length > 0)) {
    throw new TypeError('Capillary credentials must be non-empty strings');
  }
  if (auth.type === 'basic' && !isSafeCredential(auth.username)) {
    throw new TypeError('the Capillary username contains characters not allowed in an HTTP header');
  }
  const maxGroupSize = options.maxGroupSize ?? DEFAULT_MAX_GROUP_SIZE;
  if (!Number.isSafeInteger(maxGroupSize) || maxGroupSize < 1) {
    throw new TypeError('maxGroupSize must be a positive integer');
  }
  const core = createClientCore('capillary', options, classify);
  const spec = capillarySpecValidator;
  const baseUrl = options.baseUrl ?? `https://${CAPILLARY_REGIONS[options.region ?? 'eu']}`;
  const raw = createClient<paths>({ baseUrl, fetch: core.fetch, Request: core.Request });

  const basicHeader =
    auth.type === 'basic' ? `Basic ${capillaryBasicCredential(auth.username, auth.password)}` : null;
  const tokens =
    auth.type === 'oauth'
      ? new TokenCache(async () => {
          const result = await core.run({
            operation: 'generateOAuthToken',
            send: (signal) =>
              raw.POST('/v3/oauth/token/generate', {
                body: { key: auth.key, secret: auth.secret },
                parseAs: 'text',
                signal,
              }),
            accept: (json) => {
              const data = (json as { data?: { accessToken?: unknown; ttlSeconds?: unknown } } | null)?.data;
              return typeof data?.accessToken === 'string' && typeof data.ttlSeconds === 'number'
                ? { value: { token: data.accessToken, ttlSeconds: data.ttlSeconds } }
                : undefined;
            },
          });
          if (!result.ok) throw result.error;
          return result.data;
        }, options.now)
      : null;

  type Headers = Record<string, string>;
  /** The auth headers for a call, or a refusal when a forwarded credential could not travel safely. */
  const headersFor = async (
    operation: string,
    call?: CapillaryCallOptions,
  ): Promise<Headers | VendorError> => {
    const override = call?.auth;
    if (override?.type === 'basic') {
      if (!isSafeCredential(override.username) || override.password.length === 0) {
        return core.refuse(operation, 'auth.username', 'contains characters not allowed in an HTTP header')
          .error;
      }
      return { authorization: `Basic ${capillaryBasicCredential(override.username, override.password)}` };
    }
    if (override?.type === 'token') {
      return isSafeCredential(override.accessToken)
        ? { 'x-cap-api-oauth-token': override.accessToken }
        : core.refuse(operation, 'auth.accessToken', 'contains characters not allowed in an HTTP header')
            .error;
    }
    if (basicHeader) return { authorization: basicHeader };
    try {
      return { 'x-cap-api-oauth-token': await (tokens as TokenCache).get() };
    } catch (error) {
      return error instanceof VendorError
        ? error
        : core.refuse(operation, 'auth', 'could not obtain a token').error;
    }
  };

  /** Runs a call; with cached OAuth, a 401 drops the token and the call is repeated once with a new one. */
  const authorized = async <T>(
    operation: string,
    call: CapillaryCallOptions | undefined,
    run: (headers: Headers) => Promise<VendorResult<T>>,
  ): Promise<VendorResult<T>> => {
    const headers = await headersFor(operation, call);
    if (headers instanceof VendorError) return { ok: false, error: headers };
    const first = await run(headers);
    const usedToken = headers['x-cap-api-oauth-token'];
    if (first.ok || first.error.kind !== 'unauthorized' || !tokens || call?.auth || usedToken === undefined)
      return first;
    tokens.invalidate(usedToken);
    const fresh = await headersFor(operation, call);
    return fresh instanceof VendorError ? { ok: false, error: fresh } : run(fresh);
  };

  const checkBody = (operation: string, body: unknown): VendorResult<never> | null => {
    const result = spec.validateRequestBody(operation, body);
    if (!result.valid) {
      const { field, message } = bodyRefusal(operation, result.issues);
      return core.refuse(operation, field, message);
    }
    const size = (body as { maxGroupSize?: unknown }).maxGroupSize;
    if (typeof size === 'number' && size > maxGroupSize) {
      return core.refuse(
        operation,
        'body.maxGroupSize',
        `must be at most ${maxGroupSize}, the org's group size cap (Capillary answers 1639 above it)`,
      );
    }
    return null;
  };

  return {
    raw,
    close: () => core.close(),
    async updateUserGroup(body, call) {
      const op = 'updateUserGroup';
      const refused = checkBody(op, body);
      if (refused) return refused;
      return authorized(op, call, (headers) =>
        core.run({
          operation: op,
          call,
          send: (signal) => raw.PUT('/v2/userGroup2', { body, headers, parseAs: 'text', signal }),
          accept: (json) => acceptGroup<UserGroup>(json),
        }),
      );
    },
    async getUserGroup(ref, query, call) {
      const op = 'getUserGroup';
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries({ ...query, ...ref }))
        if (value !== undefined) params[key] = String(value);
      const check = spec.validateParameters(op, { query: params });
      const hasRef = 'id' in ref || 'externalId' in ref;
      if (!check.valid || !hasRef) {
        return core.refuse(
          op,
          'id' in ref ? 'id' : 'externalId',
          'must be a numeric group id or a valid externalId',
        );
      }
      return authorized(op, call, (headers) =>
        core.run({
          operation: op,
          call,
          send: (signal) =>
            raw.GET('/v2/userGroup2', {
              params: { query: params as unknown as GetUserGroupQuery },
              headers,
              parseAs: 'text',
              signal,
            }),
          accept: (json) => acceptGroup<UserGroupDetails>(json),
        }),
      );
    },
    async addUserGroup(body, call) {
      const op = 'addUserGroup';
      const refused = checkBody(op, body);
      if (refused) return refused;
      return authorized(op, call, (headers) =>
        core.run({
          operation: op,
          call,
          send: (signal) => raw.POST('/v2/userGroup2', { body, headers, parseAs: 'text', signal }),
          accept: (json) => {
            const entity = (json as { entity?: unknown } | null)?.entity;
            return typeof entity === 'number' || typeof entity === 'string'
              ? { value: { entity }, warnings: warningsOf(json) }
              : undefined;
          },
        }),
      );
    },
  };
}
