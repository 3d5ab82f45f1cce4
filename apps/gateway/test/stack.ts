// A real stack for tests: both vendor sandboxes on 127.0.0.1:0 and a gateway built from a config
// (loaded from env-style variables, as in production) listening on 127.0.0.1:0, its log captured.
import {
  CAPILLARY_SANDBOX_CREDENTIALS,
  type CapillarySandboxOptions,
  type CapillaryStore,
  type Sandbox,
  startCapillarySandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitSandboxOptions,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { createGateway, type Gateway, loadConfig, startTracing } from '../src/index.js';
import type { VendorEndpoints } from '../src/vendors.js';

export interface GraphqlReply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response JSON
  body: any;
  text: string;
}

export interface Stack {
  url: string;
  gateway: Gateway;
  xtrakit: Sandbox<XtrakitStore>;
  capillary: Sandbox<CapillaryStore>;
  /** Every log line the gateway wrote. */
  logs: string[];
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlReply>;
  /** A raw request to the gateway. */
  http(path: string, init?: RequestInit): Promise<GraphqlReply>;
  /** Requests both sandboxes received. */
  vendorRequests(): number;
  reset(): void;
  stop(): Promise<void>;
}

export interface StackOptions {
  env?: Record<string, string>;
  /** Endpoint credentials override (e.g. null for forwarded mode). */
  xtrakitApiKey?: string | null;
  capillaryAuth?: VendorEndpoints['capillary']['auth'];
  capillary?: CapillarySandboxOptions;
  xtrakit?: XtrakitSandboxOptions;
  /** The gateway's fast path for plain POSTs (default on, as in production). */
  fastPath?: boolean;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const xtrakit = await startXtrakitSandbox({ port: 0, checkContract: true, ...options.xtrakit });
  const capillary = await startCapillarySandbox({ port: 0, checkContract: true, ...options.capillary });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...options.env });
  const logs: string[] = [];
  const { username, password } = CAPILLARY_SANDBOX_CREDENTIALS;
  const gateway = createGateway({
    config,
    endpoints: {
      xtrakit: {
        baseUrl: xtrakit.url,
        apiKey: options.xtrakitApiKey === undefined ? XTRAKIT_SANDBOX_API_KEY : options.xtrakitApiKey,
      },
      capillary: {
        baseUrl: capillary.url,
        region: null,
        auth:
          options.capillaryAuth === undefined ? { type: 'basic', username, password } : options.capillaryAuth,
      },
    },
    logDestination: { write: (line: string) => void logs.push(line) },
    extraSecrets: [XTRAKIT_SANDBOX_API_KEY, password],
    // On when options.env sets the OTEL_* variables.
    tracing: await startTracing(config.tracing),
    ...(options.fastPath === undefined ? {} : { fastPath: options.fastPath }),
  });
  const url = await gateway.listen();
  const http = async (path: string, init?: RequestInit): Promise<GraphqlReply> => {
    const response = await fetch(`${url}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    return { status: response.status, headers: response.headers, body, text };
  };
  return {
    url,
    gateway,
    xtrakit,
    capillary,
    logs,
    http,
    gql: (query, variables, headers) =>
      http('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
      }),
    vendorRequests: () => xtrakit.requests.all().length + capillary.requests.all().length,
    reset() {
      xtrakit.store.reset();
      capillary.store.reset();
      xtrakit.requests.clear();
      capillary.requests.clear();
      xtrakit.faults.clear();
      capillary.faults.clear();
    },
    async stop() {
      await gateway.stop();
      await Promise.all([xtrakit.close(), capillary.close()]);
    },
  };
}

export const UPDATE_CUSTOMER_GROUP = /* GraphQL */ `
  mutation Update($input: UpdateCustomerGroupInput!) {
    updateCustomerGroup(input: $input) {
      outcome
      customerGroup { id name description createdAt updatedAt businessCode }
      userErrors { code field message vendorCode retryAfterSeconds }
    }
  }
`;

export const UPDATE_USER_GROUP = /* GraphQL */ `
  mutation Update($input: UpdateUserGroupInput!) {
    updateUserGroup(input: $input) {
      outcome
      userGroup { id externalId name maxGroupSize extendedFields { name value } }
      warnings { code message }
      userErrors { code field message vendorCode retryAfterSeconds }
    }
  }
`;
