import { createSpecValidator, type SpecValidator } from '@loyalty-gateway/spec-validator';
import { safeEqual } from './auth.js';
import { XTRAKIT_SANDBOX_API_KEY } from './credentials.js';
import {
  type Reply,
  type Sandbox,
  type SandboxOptions,
  type SandboxRequest,
  startEngine,
  type VendorBehaviour,
} from './engine.js';
import { exactId } from './ids.js';

/** A customer group as the Xtrakit sandbox stores it. */
export interface XtrakitGroup {
  id: number;
  group_name: string;
  group_description: string | null;
  created_at: string;
  updated_at: string;
  business_code: string;
  user_id: string;
}

export interface XtrakitStore {
  get(id: number): XtrakitGroup | undefined;
  list(): XtrakitGroup[];
  /** Back to the seed data, counters at zero. */
  reset(): void;
  /** Applied writes (successful PUT and POST), total and by operation. */
  readonly writes: number;
  readonly writesByOperation: Readonly<Record<string, number>>;
}

export interface XtrakitSandboxOptions extends SandboxOptions {
  /** The key the sandbox accepts (default XTRAKIT_SANDBOX_API_KEY). */
  apiKey?: string;
  /** Clock for `updated_at` / `created_at`. */
  now?: () => Date;
}

const SEED: XtrakitGroup[] = [
  {
    id: 1,
    group_name: 'Premium Customers',
    group_description: 'Customers who have spent over $1000 and have been with the business for over a year.',
    created_at: '2024-08-04 08:23:45',
    updated_at: '2024-08-04 02:00:43',
    business_code: '15848484',
    user_id: 'f93c5a51-ffa4-4aef-a45b-4cdec1c8cc10',
  },
  {
    id: 2,
    group_name: 'Newsletter Subscribers',
    group_description: null,
    created_at: '2024-08-05 10:00:00',
    updated_at: '2024-08-05 10:00:00',
    business_code: '15848484',
    user_id: 'f93c5a51-ffa4-4aef-a45b-4cdec1c8cc10',
  },
];

/** `YYYY-MM-DD HH:MM:SS` in UTC, the vendor's timestamp form. */
export function xtrakitTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

const error = (status: number, message: string): Reply => ({ status, body: { status, error: message } });
const notFound = () => error(404, 'Customer group not found');

/** What the Xtrakit operations share. */
interface XtrakitContext {
  spec: SpecValidator;
  groups: Map<number, XtrakitGroup>;
  wrote(operationId: string): void;
  now: () => Date;
}

/** Starts the Xtrakit sandbox: customer groups in memory, Bearer auth, spec-validated requests. */
export function startXtrakitSandbox(options: XtrakitSandboxOptions = {}): Promise<Sandbox<XtrakitStore>> {
  const apiKey = options.apiKey ?? XTRAKIT_SANDBOX_API_KEY;
  const groups = new Map<number, XtrakitGroup>();
  const counters = { writes: 0, byOperation: {} as Record<string, number> };
  const reset = () => {
    groups.clear();
    for (const g of SEED) groups.set(g.id, { ...g });
    counters.writes = 0;
    counters.byOperation = {};
  };
  reset();
  const ctx: XtrakitContext = {
    spec: createSpecValidator('xtrakit'),
    groups,
    now: options.now ?? (() => new Date()),
    wrote: (operationId) => {
      counters.writes++;
      counters.byOperation[operationId] = (counters.byOperation[operationId] ?? 0) + 1;
    },
  };
  const behaviour: VendorBehaviour = {
    vendor: 'xtrakit',
    route,
    authenticate: (req) => authenticate(apiKey, req),
    handle: (operationId, params, req) => handle(ctx, operationId, params, req),
    errorBody: (status) => ({ status, error: ERROR_TEXTS[status] ?? 'Error' }),
    notFound: () => error(404, 'Not Found'),
    rateKey: (req) => req.headers.authorization ?? '',
    reset,
  };
  const store: XtrakitStore = {
    get: (id) => {
      const g = groups.get(id);
      return g ? { ...g } : undefined;
    },
    list: () => [...groups.values()].map((g) => ({ ...g })),
    reset,
    get writes() {
      return counters.writes;
    },
    get writesByOperation() {
      return { ...counters.byOperation };
    },
  };
  return startEngine(behaviour, store, options);
}

const ERROR_TEXTS: Record<number, string> = {
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function route(method: string, path: string): { operationId: string; params: Record<string, string> } | null {
  if (path === '/api/v1/customer-groups' && method === 'GET')
    return { operationId: 'listCustomerGroups', params: {} };
  if (path === '/api/v1/customer-groups/add' && method === 'POST')
    return { operationId: 'addCustomerGroup', params: {} };
  const match = /^\/api\/v1\/customer-groups\/([^/]+)$/.exec(path);
  if (match) {
    const id = decodeURIComponent(match[1] ?? '');
    if (method === 'GET') return { operationId: 'getCustomerGroup', params: { id } };
    if (method === 'PUT') return { operationId: 'updateCustomerGroup', params: { id } };
  }
  return null;
}

function authenticate(apiKey: string, req: SandboxRequest): ReturnType<VendorBehaviour['authenticate']> {
  const header = req.headers.authorization;
  if (!header || !/^Bearer\s+\S/i.test(header)) {
    return { scheme: 'none', valid: false, reject: error(401, 'Unauthorized: Missing Bearer Token') };
  }
  const valid = safeEqual(header.replace(/^Bearer\s+/i, ''), apiKey);
  return valid
    ? { scheme: 'bearer', valid }
    : { scheme: 'bearer', valid, reject: error(401, 'Unauthorized: Invalid API Key') };
}

/** A body that is not JSON is refused first (400), then one the spec refuses (422). */
function bodyIssue(ctx: XtrakitContext, operationId: string, req: SandboxRequest): Reply | null {
  if (req.invalidJson) return error(400, 'Malformed JSON body');
  const result = ctx.spec.validateRequestBody(operationId, req.body);
  if (result.valid) return null;
  const issue = result.issues[0];
  const field = issue?.path.replace(/^\//, '') || (issue?.keyword === 'required' ? 'group_name' : 'body');
  return error(
    422,
    issue?.keyword === 'required' ? `The ${field} field is required.` : `The ${field} field is invalid.`,
  );
}

function handle(
  ctx: XtrakitContext,
  operationId: string,
  params: Record<string, string>,
  req: SandboxRequest,
): Reply {
  if (req.invalidJson) return error(400, 'Malformed JSON body');
  // The path id is read exactly: "001" is no id, and an id beyond 2^53 is not rounded onto another.
  const id = params.id === undefined ? null : exactId(params.id);
  if (params.id !== undefined && id === null) return notFound();
  switch (operationId) {
    case 'getCustomerGroup': {
      const group = ctx.groups.get(id as number);
      return group
        ? { status: 200, body: { status: 200, message: 'Group found', data: { group } } }
        : notFound();
    }
    case 'listCustomerGroups':
      return listCustomerGroups(ctx, req);
    case 'updateCustomerGroup':
      return updateCustomerGroup(ctx, id as number, req);
    case 'addCustomerGroup':
      return addCustomerGroup(ctx, req);
    default:
      return error(404, 'Not Found');
  }
}

function listCustomerGroups(ctx: XtrakitContext, req: SandboxRequest): Reply {
  if (!ctx.spec.validateParameters('listCustomerGroups', { query: req.query }).valid)
    return error(400, 'Invalid filter');
  const { business_code, created_at, updated_at } = req.query;
  const list = [...ctx.groups.values()].filter(
    (g) =>
      (business_code === undefined || g.business_code === business_code) &&
      (created_at === undefined || g.created_at >= created_at) &&
      (updated_at === undefined || g.updated_at.slice(0, 10) <= updated_at),
  );
  return {
    status: 200,
    body: { status: 200, message: `Groups found: ${list.length}`, data: { groups: list } },
  };
}

function updateCustomerGroup(ctx: XtrakitContext, id: number, req: SandboxRequest): Reply {
  const group = ctx.groups.get(id);
  if (!group) return notFound();
  const issue = bodyIssue(ctx, 'updateCustomerGroup', req);
  if (issue) return issue;
  const body = req.body as { group_name: string; group_description?: string };
  const updated: XtrakitGroup = {
    ...group,
    group_name: body.group_name,
    group_description:
      body.group_description === undefined ? group.group_description : body.group_description,
    updated_at: xtrakitTimestamp(ctx.now()),
  };
  ctx.groups.set(id, updated);
  ctx.wrote('updateCustomerGroup');
  return {
    status: 200,
    body: { status: 200, message: 'Group updated successfully', data: { group: updated } },
  };
}

function addCustomerGroup(ctx: XtrakitContext, req: SandboxRequest): Reply {
  const issue = bodyIssue(ctx, 'addCustomerGroup', req);
  if (issue) return issue;
  const body = req.body as { group_name: string; group_description?: string };
  const stamp = xtrakitTimestamp(ctx.now());
  const group: XtrakitGroup = {
    id: Math.max(0, ...ctx.groups.keys()) + 1,
    group_name: body.group_name,
    group_description: body.group_description ?? null,
    created_at: stamp,
    updated_at: stamp,
    business_code: '15848484',
    user_id: 'f93c5a51-ffa4-4aef-a45b-4cdec1c8cc10',
  };
  ctx.groups.set(group.id, group);
  ctx.wrote('addCustomerGroup');
  return { status: 200, body: { status: 200, message: 'Group added successfully', data: { group } } };
}
