// Runs the worked examples for real: both sandboxes on 127.0.0.1:0, a fresh gateway per example built
// from the same configuration path as production, the GraphQL request over HTTP, and the REST
// requests read back from the sandboxes' request logs.

import { createGateway, loadConfig } from '@loyalty-gateway/gateway';
import {
  CAPILLARY_SANDBOX_CREDENTIALS,
  type CapillaryStore,
  type LoggedRequest,
  type Sandbox,
  startCapillarySandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { type CredentialSetup, EXAMPLES, type WorkedExample } from './examples.js';
import { EXAMPLE_CLOCK, normalise } from './placeholders.js';

/** One REST request as the vendor sandbox received it (its credential never recorded, only the scheme). */
export interface RecordedRestRequest {
  vendor: 'xtrakit' | 'capillary';
  operationId: string | null;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Which security scheme the request carried, and whether the vendor accepted it. */
  auth: LoggedRequest['auth'];
  authValid: boolean;
  /** The JSON body; absent when the request had none. */
  body?: unknown;
  /** The status the vendor answered; null when it never answered. */
  status: number | null;
  /** The injected fault that answered instead of the vendor, if any. */
  fault: string | null;
}

/** What one worked example really did, normalised (see placeholders.ts). */
export interface ExampleRecord {
  id: string;
  field: WorkedExample['field'];
  credentials: CredentialSetup;
  request: {
    method: 'POST';
    path: '/graphql';
    headers: Record<string, string>;
    body: { query: string; variables: Record<string, unknown> };
  };
  vendorRequests: RecordedRestRequest[];
  response: { status: number; body: unknown };
}

/** Both vendor sandboxes, with a fixed clock and their responses checked against the specs. */
export interface ExampleSandboxes {
  xtrakit: Sandbox<XtrakitStore>;
  capillary: Sandbox<CapillaryStore>;
  close(): Promise<void>;
}

export async function startExampleSandboxes(): Promise<ExampleSandboxes> {
  const xtrakit = await startXtrakitSandbox({ port: 0, checkContract: true, now: () => EXAMPLE_CLOCK });
  const capillary = await startCapillarySandbox({ port: 0, checkContract: true });
  return {
    xtrakit,
    capillary,
    close: async () => {
      await Promise.all([xtrakit.close(), capillary.close()]);
    },
  };
}

/** A gateway on 127.0.0.1:0 in the given credential setup, pointed at the given vendor base URLs. */
export function exampleGateway(
  setup: CredentialSetup,
  urls: { xtrakit: string; capillary: string },
  env: Record<string, string> = {},
) {
  const { username, password, oauthKey, oauthSecret } = CAPILLARY_SANDBOX_CREDENTIALS;
  const forwarded = setup === 'forwarded';
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...(forwarded
      ? {
          XTRAKIT_CREDENTIALS: 'forwarded',
          XTRAKIT_BASE_URL: urls.xtrakit,
          CAPILLARY_CREDENTIALS: 'forwarded',
          CAPILLARY_BASE_URL: urls.capillary,
        }
      : {}),
    ...env,
  });
  return createGateway({
    config,
    endpoints: {
      xtrakit: { baseUrl: urls.xtrakit, apiKey: forwarded ? null : XTRAKIT_SANDBOX_API_KEY },
      capillary: {
        baseUrl: urls.capillary,
        region: null,
        auth: forwarded
          ? null
          : setup === 'oauth'
            ? { type: 'oauth', key: oauthKey, secret: oauthSecret }
            : { type: 'basic', username, password },
      },
    },
  });
}

/** Posts a GraphQL request; the body must be JSON (the gateway answers nothing else). */
export async function postGraphql(
  baseUrl: string,
  body: { query: string; variables: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    throw new Error(
      `the gateway answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`,
    );
  }
}

function recorded(vendor: RecordedRestRequest['vendor'], entry: LoggedRequest): RecordedRestRequest {
  return {
    vendor,
    operationId: entry.operationId,
    method: entry.method,
    path: entry.path,
    query: entry.query,
    auth: entry.auth,
    authValid: entry.authValid,
    ...(entry.body === undefined ? {} : { body: entry.body }),
    status: entry.status,
    fault: entry.fault,
  };
}

/** Runs one example on running sandboxes (reset first, so every example starts from the seed data). */
export async function runExample(
  example: WorkedExample,
  sandboxes: ExampleSandboxes,
): Promise<ExampleRecord> {
  const { xtrakit, capillary } = sandboxes;
  for (const sandbox of [xtrakit, capillary]) {
    sandbox.store.reset();
    sandbox.requests.clear();
    sandbox.faults.clear();
    sandbox.contractViolations.length = 0;
  }
  for (const { vendor, rule } of example.faults ?? []) sandboxes[vendor].faults.add(rule);
  const gateway = exampleGateway(example.credentials, { xtrakit: xtrakit.url, capillary: capillary.url });
  const url = await gateway.listen();
  const body = { query: example.document, variables: example.variables };
  let response: { status: number; body: unknown };
  try {
    response = await postGraphql(url, body, example.headers);
  } finally {
    await gateway.stop();
  }
  const violations = [...xtrakit.contractViolations, ...capillary.contractViolations];
  if (violations.length > 0) {
    throw new Error(
      `example ${example.id}: a sandbox answered outside its spec: ${JSON.stringify(violations).slice(0, 500)}`,
    );
  }
  const vendorRequests = [
    ...xtrakit.requests.all().map((e) => ({ at: e.at, seq: e.seq, request: recorded('xtrakit', e) })),
    ...capillary.requests.all().map((e) => ({ at: e.at, seq: e.seq, request: recorded('capillary', e) })),
  ]
    .sort((a, b) => a.at - b.at || a.seq - b.seq)
    .map((e) => e.request);
  return normalise({
    id: example.id,
    field: example.field,
    credentials: example.credentials,
    request: {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...example.headers },
      body,
    },
    vendorRequests,
    response,
  });
}

/** Runs every worked example, one at a time (they share the sandboxes). */
export async function runExamples(examples: readonly WorkedExample[] = EXAMPLES): Promise<ExampleRecord[]> {
  const sandboxes = await startExampleSandboxes();
  try {
    const records: ExampleRecord[] = [];
    for (const example of examples) records.push(await runExample(example, sandboxes));
    return records;
  } finally {
    await sandboxes.close();
  }
}
