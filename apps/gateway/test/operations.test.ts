// The operations run without the schema: plain input and an OperationContext against the real
// sandboxes, plain results back; and nothing under src/operations imports GraphQL or the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CAPILLARY_SANDBOX_CREDENTIALS as C,
  type CapillaryStore,
  type Sandbox,
  startCapillarySandbox,
  startXtrakitSandbox,
  XTRAKIT_SANDBOX_API_KEY,
  type XtrakitStore,
} from '@loyalty-gateway/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.js';
import {
  CredentialsRequiredError,
  createVendors,
  NO_FORWARDED,
  type OperationContext,
  readCustomerGroup,
  readUserGroup,
  updateCustomerGroup,
  updateUserGroup,
  type Vendors,
} from '../src/operations/index.js';

let xtrakit: Sandbox<XtrakitStore>;
let capillary: Sandbox<CapillaryStore>;
let vendors: Vendors;
let ctx: OperationContext;

beforeAll(async () => {
  xtrakit = await startXtrakitSandbox({ port: 0, checkContract: true });
  capillary = await startCapillarySandbox({ port: 0, checkContract: true });
  vendors = createVendors(loadConfig({}), {
    xtrakit: { baseUrl: xtrakit.url, apiKey: XTRAKIT_SANDBOX_API_KEY },
    capillary: {
      baseUrl: capillary.url,
      region: null,
      auth: { type: 'basic', username: C.username, password: C.password },
    },
  });
  ctx = { vendors, forwarded: NO_FORWARDED, deadlineMs: 5_000 };
});
afterAll(async () => {
  await vendors.close();
  await Promise.all([xtrakit.close(), capillary.close()]);
});

describe('operations', () => {
  it('update and read an Xtrakit customer group with plain results', async () => {
    const updated = await updateCustomerGroup({ id: '1', name: 'Plain' }, ctx);
    expect(updated).toMatchObject({ outcome: 'APPLIED', group: { id: '1', name: 'Plain' }, userErrors: [] });
    expect(await readCustomerGroup({ id: '1' }, ctx)).toMatchObject({
      status: 'found',
      group: { id: '1', name: 'Plain' },
    });
    expect(await readCustomerGroup({ id: '999999' }, ctx)).toEqual({ status: 'not_found' });
    const bad = await readCustomerGroup({ id: 'x' }, ctx);
    expect(bad).toMatchObject({
      status: 'failed',
      error: { code: 'BAD_USER_INPUT', kind: 'invalid_request' },
    });
  });

  it('update and read a Capillary user group, refusing bad input before the wire', async () => {
    const updated = await updateUserGroup({ group: { id: '51334' }, maxGroupSize: 77 }, ctx);
    expect(updated).toMatchObject({
      outcome: 'APPLIED',
      group: { id: '51334', maxGroupSize: 77 },
      warnings: [],
    });
    expect(await readUserGroup({ ref: { id: '51334' } }, ctx)).toMatchObject({
      status: 'found',
      group: { maxGroupSize: 77 },
    });
    capillary.requests.clear();
    const refused = await updateUserGroup({ group: { id: '51334' } }, ctx);
    expect(refused).toMatchObject({
      outcome: 'NOT_APPLIED',
      group: null,
      userErrors: [{ code: 'INVALID_INPUT' }],
    });
    expect(capillary.requests.count()).toBe(0);
  });

  it('throws a typed CredentialsRequiredError in forwarded mode without a credential', async () => {
    const forwarded = createVendors(loadConfig({ XTRAKIT_CREDENTIALS: 'forwarded' }), {
      xtrakit: { baseUrl: xtrakit.url, apiKey: null },
      capillary: { baseUrl: capillary.url, region: null, auth: null },
    });
    await expect(
      updateCustomerGroup({ id: '1', name: 'x' }, { ...ctx, vendors: forwarded }),
    ).rejects.toBeInstanceOf(CredentialsRequiredError);
    await forwarded.close();
  });
});

describe('the operations room', () => {
  it('imports no GraphQL and no schema, directly or through its relative imports', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^(graphql|graphql-yoga|@pothos\/)/);
        if (spec?.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      }
    };
    for (const name of readdirSync(join(root, 'operations'))) visit(join(root, 'operations', name));
    expect([...seen].filter((f) => f.includes('/schema/') || f.endsWith('server.ts'))).toEqual([]);
  });
});
