import { createSpecValidator } from '@loyalty-gateway/specs';
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

/** Starts the Xtrakit sandbox: customer groups in memory, Bearer auth, spec-validated requests. */
export function startXtrakitSandbox(options: XtrakitSandboxOptions = {}): Promise<Sandbox<XtrakitStore>> {
  const apiKey = options.apiKey ?? XTRAKIT_SANDBOX_API_KEY;
  const now = options.now ?? (() => new Date());
  const spec = createSpecValidator('xtrakit');
  const groups = new Map<number, XtrakitGroup>();
  const counters = { writes: 0, byOperation: {} as Record<string, number> };
  const reset = () => {
    groups.clear();
    for (const g of SEED) groups.set(g.id, { ...g });
    counters.writes = 0;
    counters.byOperation = {};
  };
  reset();
  const wrote = (operationId: string) => {
    counters.writes++;
    counters.byOperation[operationId] = (counters.byOperation[operationId] ?? 0) + 1;
  };

  const bodyIssue = (operationId: string, req: SandboxRequest): Reply | null => {
    if (req.invalidJson) return error(400, 'Malformed JSON body');
    const result = spec.validateRequestBody(operationId, req.body);
    if (result.valid) return null;
    const issue = result.issues[0];
    const field = issue?.path.replace(/^\//, '') || (issue?.keyword === 'required' ? 'group_name' : 'body');
    return error(
      422,
      issue?.keyword === 'required' ? `The ${field} field is required.` : `The ${field} field is invalid.`,
    );
  };

  const behaviour: VendorBehaviour = {
    vendor: 'xtrakit',
    route(method, path): { operationId: string; params: Record<string, string> } | null {
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
    },
    authenticate(req) {
      const header = req.headers.authorization;
      if (!header || !/^Bearer\s+\S/i.test(header)) {
        return { scheme: 'none', valid: false, reject: error(401, 'Unauthorized: Missing Bearer Token') };
      }
      const valid = safeEqual(header.replace(/^Bearer\s+/i, ''), apiKey);
      return valid
        ? { scheme: 'bearer', valid }
        : { scheme: 'bearer', valid, reject: error(401, 'Unauthorized: Invalid API Key') };
    },
    handle(operationId, params, req) {
      if (
        params.id !== undefined &&
        !spec.validateParameters(operationId, { path: { id: params.id } }).valid
      ) {
        return error(404, 'Customer group not found');
      }
      const id = Number(params.id);
      switch (operationId) {
        case 'getCustomerGroup': {
          const group = groups.get(id);
          return group
            ? { status: 200, body: { status: 200, message: 'Group found', data: { group } } }
            : error(404, 'Customer group not found');
        }
        case 'listCustomerGroups': {
          if (!spec.validateParameters(operationId, { query: req.query }).valid)
            return error(400, 'Invalid filter');
          const list = [...groups.values()].filter(
            (g) =>
              (req.query.business_code === undefined || g.business_code === req.query.business_code) &&
              (req.query.created_at === undefined || g.created_at >= req.query.created_at) &&
              (req.query.updated_at === undefined || g.updated_at.slice(0, 10) <= req.query.updated_at),
          );
          return {
            status: 200,
            body: { status: 200, message: `Groups found: ${list.length}`, data: { groups: list } },
          };
        }
        case 'updateCustomerGroup': {
          const group = groups.get(id);
          if (!group) return error(404, 'Customer group not found');
          const issue = bodyIssue(operationId, req);
          if (issue) return issue;
          const body = req.body as { group_name: string; group_description?: string };
          const updated: XtrakitGroup = {
            ...group,
            group_name: body.group_name,
            group_description:
              body.group_description === undefined ? group.group_description : body.group_description,
            updated_at: xtrakitTimestamp(now()),
          };
          groups.set(id, updated);
          wrote(operationId);
          return {
            status: 200,
            body: { status: 200, message: 'Group updated successfully', data: { group: updated } },
          };
        }
        case 'addCustomerGroup': {
          const issue = bodyIssue(operationId, req);
          if (issue) return issue;
          const body = req.body as { group_name: string; group_description?: string };
          const stamp = xtrakitTimestamp(now());
          const group: XtrakitGroup = {
            id: Math.max(0, ...groups.keys()) + 1,
            group_name: body.group_name,
            group_description: body.group_description ?? null,
            created_at: stamp,
            updated_at: stamp,
            business_code: '15848484',
            user_id: 'f93c5a51-ffa4-4aef-a45b-4cdec1c8cc10',
          };
          groups.set(group.id, group);
          wrote(operationId);
          return { status: 200, body: { status: 200, message: 'Group added successfully', data: { group } } };
        }
        default:
          return error(404, 'Not Found');
      }
    },
    errorBody: (status) =>
      ({
        429: { status, error: 'Too Many Requests' },
        500: { status, error: 'Internal Server Error' },
        502: { status, error: 'Bad Gateway' },
        503: { status, error: 'Service Unavailable' },
        504: { status, error: 'Gateway Timeout' },
      })[status] ?? { status, error: 'Error' },
    notFound: () => error(404, 'Not Found'),
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
