import {
  type CallOptions,
  type ClientCore,
  type ClientOptionsBase,
  createClientCore,
  createCompiledValidator,
  isSafeCredential,
  type LosslessIds,
  operationPath,
  type SpecValidator,
  type VendorErrorKind,
  type VendorResult,
} from '@loyalty-gateway/http-runtime';
import createClient, { type Client } from 'openapi-fetch';
import type { components, operations, paths } from './generated/xtrakit.gen.js';
import { xtrakitValidators } from './generated/xtrakit.validators.gen.js';

type Schemas = components['schemas'];
/** A customer group as Xtrakit returns it (ids beyond 2^53 arrive as digit strings). */
export type CustomerGroup = LosslessIds<Schemas['CustomerGroup']>;
export type UpdateCustomerGroupBody = Schemas['UpdateCustomerGroupRequest'];
export type CreateCustomerGroupBody = Schemas['CreateCustomerGroupRequest'];
export type ListCustomerGroupsQuery = NonNullable<operations['listCustomerGroups']['parameters']['query']>;

/** Options of createXtrakitClient. */
export interface XtrakitClientOptions extends ClientOptionsBase {
  /** The Xtrakit API key, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
}

/** Per-call options: abort signal, deadline, and an API key that replaces the client's for this call. */
export interface XtrakitCallOptions extends CallOptions {
  apiKey?: string;
}

/** The Xtrakit client: one method per operation, each resolving to a result you narrow on `ok`. */
export interface XtrakitClient {
  /** The typed openapi-fetch client, for anything the methods don't cover. */
  readonly raw: Client<paths>;
  /** PUT /api/v1/customer-groups/{id} */
  updateCustomerGroup(
    input: { id: string; body: UpdateCustomerGroupBody },
    options?: XtrakitCallOptions,
  ): Promise<VendorResult<CustomerGroup>>;
  /** GET /api/v1/customer-groups/{id} */
  getCustomerGroup(input: { id: string }, options?: XtrakitCallOptions): Promise<VendorResult<CustomerGroup>>;
  /** GET /api/v1/customer-groups */
  listCustomerGroups(
    query?: ListCustomerGroupsQuery,
    options?: XtrakitCallOptions,
  ): Promise<VendorResult<CustomerGroup[]>>;
  /** POST /api/v1/customer-groups/add */
  addCustomerGroup(
    body: CreateCustomerGroupBody,
    options?: XtrakitCallOptions,
  ): Promise<VendorResult<CustomerGroup>>;
  /** Closes the keep-alive pool (only when the client created it). */
  close(): Promise<void>;
}

export const XTRAKIT_DEFAULT_BASE_URL = 'https://api.xtrakit.com';

function classify(status: number): { kind: VendorErrorKind; vendorCode: null } {
  if (status === 401 || status === 403) return { kind: 'unauthorized', vendorCode: null };
  if (status === 404) return { kind: 'not_found', vendorCode: null };
  return { kind: 'invalid_request', vendorCode: null };
}

function acceptGroup(json: unknown): { value: CustomerGroup } | undefined {
  const group = (json as { data?: { group?: CustomerGroup } } | null)?.data?.group;
  return group && typeof group === 'object' && group.id !== undefined ? { value: group } : undefined;
}

function acceptGroups(json: unknown): { value: CustomerGroup[] } | undefined {
  const groups = (json as { data?: { groups?: CustomerGroup[] } } | null)?.data?.groups;
  return Array.isArray(groups) ? { value: groups } : undefined;
}

/**
 * The request, parameter and response validators of specs/xtrakit.yaml, generated ahead of time
 * (`pnpm generate`): what the client checks its inputs with, with no spec parsing at start-up.
 */
export const xtrakitSpecValidator: SpecValidator = createCompiledValidator('xtrakit', xtrakitValidators);

/** An operationId of the generated spec types: a misspelt one does not compile. */
type OperationId = keyof operations & string;

/** What the methods share: the core, the typed client and the pre-wire checks. */
interface Parts {
  core: ClientCore;
  raw: Client<paths>;
  authFor(operation: OperationId, call?: XtrakitCallOptions): string | VendorResult<never>;
  checkId(operation: OperationId, id: string): VendorResult<never> | null;
  checkBody(operation: OperationId, body: unknown): VendorResult<never> | null;
}

function parts(options: XtrakitClientOptions): Parts {
  const core = createClientCore('xtrakit', options, classify, xtrakitValidators);
  const spec = xtrakitSpecValidator;
  const raw = createClient<paths>({
    baseUrl: options.baseUrl ?? XTRAKIT_DEFAULT_BASE_URL,
    fetch: core.fetch,
    Request: core.Request,
  });
  const defaultAuth = `Bearer ${options.apiKey}`;

  // Returns the header, or a refusal when the per-call key could not travel safely.
  const authFor = (operation: string, call?: XtrakitCallOptions) => {
    if (call?.apiKey === undefined) return defaultAuth;
    return isSafeCredential(call.apiKey)
      ? `Bearer ${call.apiKey}`
      : core.refuse(operation, 'apiKey', 'contains characters not allowed in an HTTP header');
  };
  const checkId = (operation: string, id: string) =>
    spec.validateParameters(operation, { path: { id } }).valid
      ? null
      : core.refuse(operation, 'id', 'must be the numeric id of a customer group (1 to 19 digits)');
  const checkBody = (operation: string, body: unknown) => {
    const result = spec.validateRequestBody(operation, body);
    if (result.valid) return null;
    const issue = result.issues[0];
    const field = issue?.path ? `body${issue.path.replaceAll('/', '.')}` : 'body';
    return core.refuse(operation, field, issue ? issue.message : 'is invalid');
  };
  return { core, raw, authFor, checkId, checkBody };
}

/** updateCustomerGroup and addCustomerGroup. */
function writeMethods({ core, raw, authFor, checkId, checkBody }: Parts) {
  return {
    async updateCustomerGroup({ id, body }, call) {
      const op = 'updateCustomerGroup' satisfies OperationId;
      const auth = authFor(op, call);
      if (typeof auth !== 'string') return auth;
      const refused = checkId(op, id) ?? checkBody(op, body);
      if (refused) return refused;
      return core.run({
        operation: op,
        call,
        send: (signal, extra) =>
          raw.PUT(operationPath(xtrakitValidators, op, 'put'), {
            params: { path: { id } },
            body,
            headers: { ...extra, authorization: auth },
            parseAs: 'text',
            signal,
          }),
        accept: acceptGroup,
      });
    },
    async addCustomerGroup(body, call) {
      const op = 'addCustomerGroup' satisfies OperationId;
      const auth = authFor(op, call);
      if (typeof auth !== 'string') return auth;
      const refused = checkBody(op, body);
      if (refused) return refused;
      return core.run({
        operation: op,
        call,
        send: (signal, extra) =>
          raw.POST(operationPath(xtrakitValidators, op, 'post'), {
            body,
            headers: { ...extra, authorization: auth },
            parseAs: 'text',
            signal,
          }),
        accept: acceptGroup,
      });
    },
  } satisfies Partial<XtrakitClient>;
}

/** getCustomerGroup and listCustomerGroups. */
function readMethods({ core, raw, authFor, checkId }: Parts) {
  const spec = xtrakitSpecValidator;
  return {
    async getCustomerGroup({ id }, call) {
      const op = 'getCustomerGroup' satisfies OperationId;
      const auth = authFor(op, call);
      if (typeof auth !== 'string') return auth;
      const refused = checkId(op, id);
      if (refused) return refused;
      return core.run({
        operation: op,
        call,
        send: (signal, extra) =>
          raw.GET(operationPath(xtrakitValidators, op, 'get'), {
            params: { path: { id } },
            headers: { ...extra, authorization: auth },
            parseAs: 'text',
            signal,
          }),
        accept: acceptGroup,
      });
    },
    async listCustomerGroups(query, call) {
      const op = 'listCustomerGroups' satisfies OperationId;
      const auth = authFor(op, call);
      if (typeof auth !== 'string') return auth;
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(query ?? {}))
        if (value !== undefined) params[key] = String(value);
      if (!spec.validateParameters(op, { query: params }).valid)
        return core.refuse(op, 'query', 'has an invalid filter');
      return core.run({
        operation: op,
        call,
        send: (signal, extra) =>
          raw.GET(operationPath(xtrakitValidators, op, 'get'), {
            params: { query: query ?? {} },
            headers: { ...extra, authorization: auth },
            parseAs: 'text',
            signal,
          }),
        accept: acceptGroups,
      });
    },
  } satisfies Partial<XtrakitClient>;
}

/** Creates an Xtrakit client. Inputs are checked against specs/xtrakit.yaml before anything is sent. */
export function createXtrakitClient(options: XtrakitClientOptions): XtrakitClient {
  if (!isSafeCredential(options.apiKey)) {
    throw new TypeError('apiKey must be a non-empty string of visible ASCII characters');
  }
  const shared = parts(options);
  return {
    raw: shared.raw,
    close: () => shared.core.close(),
    ...writeMethods(shared),
    ...readMethods(shared),
  };
}
