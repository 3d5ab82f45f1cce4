import {
  type ClientCore,
  type ClientOptionsBase,
  createClientCore,
  createCompiledValidator,
  type InputIssue,
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

// The runtime has checked each body against the spec's response schema before these run.
type Warned = { warnings?: Array<{ code: number; message: string }> };

function warningsOf(json: Warned): VendorWarning[] {
  return (json.warnings ?? []).map((w) => ({ code: w.code, message: w.message }));
}

function pickGroup<T extends Warned>(json: unknown): { value: T; warnings: VendorWarning[] } {
  return { value: json as T, warnings: warningsOf(json as T) };
}

function pickEntity(json: unknown): { value: { entity: number | string }; warnings: VendorWarning[] } {
  const created = json as LosslessIds<Schemas['CreateUserGroupResponse']>;
  return { value: { entity: created.entity }, warnings: warningsOf(created) };
}

/** Which field a refused body is blamed on, and why, from the spec's schema issues. */
function bodyRefusal(
  operation: string,
  issues: SchemaIssue[],
): { field: string; message: string; issue: InputIssue } {
  // A field's own issue says most; an empty extendedFields only fails the "something to change" rule.
  const issue = issues.find((i) => i.path !== '' && i.keyword !== 'minProperties');
  if (issue)
    return {
      field: `body${issue.path.split('/').join('.')}`,
      message: issue.message,
      issue: { keyword: issue.keyword, params: issue.params ?? {} },
    };
  const missing = issues.filter((i) => i.path === '' && i.keyword === 'required').map((i) => i.message);
  if (missing.some((m) => /'(id|externalId)'/.test(m))) {
    return {
      field: 'body.id',
      message: 'or body.externalId is required',
      issue: { keyword: 'required', params: { missingProperty: 'id' } },
    };
  }
  if (operation === 'updateUserGroup') {
    return {
      field: 'body',
      message:
        'changes nothing: give groupName, maxGroupSize or a non-empty extendedFields (Capillary answers 1643)',
      issue: { keyword: 'nothingToUpdate', params: {} },
    };
  }
  const first = issues[0];
  return {
    field: 'body',
    message: missing[0] ?? first?.message ?? 'is invalid',
    issue: { keyword: first?.keyword ?? 'schema', params: first?.params ?? {} },
  };
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
  const illFormed = core.refuseIllFormed(operation, { body });
  if (illFormed) return illFormed;
  const result = capillarySpecValidator.validateRequestBody(operation, body);
  if (!result.valid) {
    const { field, message, issue } = bodyRefusal(operation, result.issues);
    return core.refuse(operation, field, message, issue);
  }
  const size = (body as { maxGroupSize?: unknown }).maxGroupSize;
  if (typeof size === 'number' && size > maxGroupSize) {
    return core.refuse(
      operation,
      'body.maxGroupSize',
      `must be at most ${maxGroupSize}, the org's group size cap (Capillary answers 1639 above it)`,
      { keyword: 'groupSizeCap', params: { limit: maxGroupSize } },
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

/** The GET's query string: the group reference and the options, as strings. */
function groupQuery(ref: GroupRef, query: GetUserGroupQuery | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...query, ...ref }))
    if (value !== undefined) params[key] = String(value);
  return params;
}

/** The refusal of a GET whose reference or options the spec does not allow, or null. */
function refusedGroupQuery(
  core: ClientCore,
  ref: GroupRef,
  query: GetUserGroupQuery | undefined,
  params: Record<string, string>,
): VendorResult<never> | null {
  const op = 'getUserGroup' satisfies OperationId;
  const refField = 'id' in ref ? 'id' : 'externalId';
  const illFormed = core.refuseIllFormed(op, { [refField]: params[refField], query });
  if (illFormed) return illFormed;
  const check = capillarySpecValidator.validateParameters(op, { query: params });
  const hasRef = 'id' in ref || 'externalId' in ref;
  if (check.valid && hasRef) return null;
  const issue = check.valid ? undefined : check.issues[0];
  return core.refuse(op, refField, 'must be a numeric group id or a valid externalId', {
    keyword: hasRef ? (issue?.keyword ?? 'schema') : 'required',
    params: issue?.params ?? {},
  });
}

/** Creates a Capillary client. Inputs are checked against specs/capillary.yaml before anything is sent. */
export function createCapillaryClient(options: CapillaryClientOptions): CapillaryClient {
  checkAuth(options.auth);
  const maxGroupSize = groupSizeCap(options);
  const core = createClientCore('capillary', options, classify, capillaryValidators);
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
          pick: (json) => pickGroup<UserGroup>(json),
        }),
      );
    },
    async getUserGroup(ref, query, call) {
      const op = 'getUserGroup' satisfies OperationId;
      const params = groupQuery(ref, query);
      const refused = refusedGroupQuery(core, ref, query, params);
      if (refused) return refused;
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
          pick: (json) => pickGroup<UserGroupDetails>(json),
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
          pick: pickEntity,
        }),
      );
    },
  };
}
