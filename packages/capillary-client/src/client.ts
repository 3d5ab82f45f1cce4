import {
  type ClientCore,
  type ClientOptionsBase,
  createClientCore,
  createCompiledValidator,
  type LosslessIds,
  operationPath,
  type SchemaIssue,
  type SpecValidator,
  type VendorErrorKind,
  type VendorResult,
  type VendorWarning,
} from '@loyalty-gateway/http-runtime';
import createClient, { type Client } from 'openapi-fetch';
import { type CapillaryAuth, type CapillaryCallOptions, checkAuth, createAuthorized } from './auth.js';
import type { components, operations, paths } from './generated/capillary.gen.js';
import { capillaryValidators } from './generated/capillary.validators.gen.js';

export type { CapillaryAuth, CapillaryCallAuth, CapillaryCallOptions } from './auth.js';

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

type OperationId = keyof operations & string;

/** The refusal of a body that breaks the spec or the org's group size cap, or null when it is valid. */
function refusedBody(
  core: ClientCore,
  operation: OperationId,
  body: unknown,
  maxGroupSize: number,
): VendorResult<never> | null {
  const result = capillarySpecValidator.validateRequestBody(operation, body);
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
}

/** The org's group size cap from the options, checked once. */
function groupSizeCap(options: CapillaryClientOptions): number {
  const cap = options.maxGroupSize ?? DEFAULT_MAX_GROUP_SIZE;
  if (!Number.isSafeInteger(cap) || cap < 1) throw new TypeError('maxGroupSize must be a positive integer');
  return cap;
}

/** Creates a Capillary client. Inputs are checked against specs/capillary.yaml before anything is sent. */
export function createCapillaryClient(options: CapillaryClientOptions): CapillaryClient {
  checkAuth(options.auth);
  const maxGroupSize = groupSizeCap(options);
  const core = createClientCore('capillary', options, classify, capillaryValidators);
  const spec = capillarySpecValidator;
  const baseUrl = options.baseUrl ?? `https://${CAPILLARY_REGIONS[options.region ?? 'eu']}`;
  const raw = createClient<paths>({ baseUrl, fetch: core.fetch, Request: core.Request });
  const authorized = createAuthorized(core, raw, options.auth, options.now);

  const checkBody = (operation: OperationId, body: unknown) =>
    refusedBody(core, operation, body, maxGroupSize);

  return {
    raw,
    close: () => core.close(),
    async updateUserGroup(body, call) {
      const op = 'updateUserGroup' satisfies OperationId;
      const refused = checkBody(op, body);
      if (refused) return refused;
      return authorized(op, call, (headers) =>
        core.run({
          operation: op,
          call,
          send: (signal, extra) =>
            raw.PUT(operationPath(capillaryValidators, op, 'put'), {
              body,
              headers: { ...extra, ...headers },
              parseAs: 'text',
              signal,
            }),
          accept: (json) => acceptGroup<UserGroup>(json),
        }),
      );
    },
    async getUserGroup(ref, query, call) {
      const op = 'getUserGroup' satisfies OperationId;
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
          send: (signal, extra) =>
            raw.GET(operationPath(capillaryValidators, op, 'get'), {
              params: { query: params as unknown as GetUserGroupQuery },
              headers: { ...extra, ...headers },
              parseAs: 'text',
              signal,
            }),
          accept: (json) => acceptGroup<UserGroupDetails>(json),
        }),
      );
    },
    async addUserGroup(body, call) {
      const op = 'addUserGroup' satisfies OperationId;
      const refused = checkBody(op, body);
      if (refused) return refused;
      return authorized(op, call, (headers) =>
        core.run({
          operation: op,
          call,
          send: (signal, extra) =>
            raw.POST(operationPath(capillaryValidators, op, 'post'), {
              body,
              headers: { ...extra, ...headers },
              parseAs: 'text',
              signal,
            }),
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
