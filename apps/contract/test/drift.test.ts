// Each kind of vendor drift, injected with the sandboxes' drift option, is caught: the report names
// the probe and the field (or the header / status) that drifted.
import type { DriftRule } from '@loyalty-gateway/sandboxes';
import { describe, expect, it } from 'vitest';
import { type ContractReport, loadContractConfig, runContract } from '../src/index.js';
import { capillaryEnv, capillarySandbox, xtrakitEnv, xtrakitSandbox } from './helpers.js';

interface Case {
  title: string;
  vendor: 'xtrakit' | 'capillary';
  drift: DriftRule;
  /** The probe, finding kind and field the report must name. */
  probe: string;
  kind: string;
  field?: string;
  exitCode: 0 | 1;
  strict?: boolean;
}

const cases: Case[] = [
  {
    title: 'a renamed field (Xtrakit group_name -> name)',
    vendor: 'xtrakit',
    drift: {
      drift: { kind: 'rename', field: '/data/group/group_name', to: 'name' },
      match: { operationId: 'getCustomerGroup' },
    },
    probe: 'read',
    kind: 'schema',
    field: '/data/group/group_name',
    exitCode: 1,
  },
  {
    title: 'a changed type (Xtrakit id becomes a string)',
    vendor: 'xtrakit',
    drift: {
      drift: { kind: 'retype', field: '/data/group/id' },
      match: { operationId: 'updateCustomerGroup' },
    },
    probe: 'no-op write',
    kind: 'schema',
    field: '/data/group/id',
    exitCode: 1,
  },
  {
    title: 'a changed type (Capillary maxGroupSize becomes a string)',
    vendor: 'capillary',
    drift: {
      drift: { kind: 'retype', field: '/maxGroupSize' },
      match: { operationId: 'updateUserGroup', status: 200 },
    },
    probe: 'no-op write',
    kind: 'schema',
    field: '/maxGroupSize',
    exitCode: 1,
  },
  {
    title: 'an extra field is a notice (exit 0)',
    vendor: 'capillary',
    drift: {
      drift: { kind: 'extra', field: '/tierLevel', value: 'gold' },
      match: { operationId: 'getUserGroup' },
    },
    probe: 'read',
    kind: 'unknown-field',
    field: '/tierLevel',
    exitCode: 0,
  },
  {
    title: 'an extra field is drift with --strict',
    vendor: 'xtrakit',
    drift: {
      drift: { kind: 'extra', field: '/data/group/colour', value: 'blue' },
      match: { operationId: 'getCustomerGroup' },
    },
    probe: 'read',
    kind: 'unknown-field',
    field: '/data/group/colour',
    exitCode: 1,
    strict: true,
  },
  {
    title: 'a different error shape (Xtrakit 404)',
    vendor: 'xtrakit',
    drift: {
      drift: { kind: 'body', body: { code: 'NOT_FOUND', detail: 'no such group' } },
      match: { status: 404 },
    },
    probe: 'unknown id',
    kind: 'schema',
    field: '/status',
    exitCode: 1,
  },
  {
    title: 'a different error shape (Capillary errors -> error)',
    vendor: 'capillary',
    drift: { drift: { kind: 'rename', field: '/errors', to: 'error' }, match: { status: 401 } },
    probe: 'wrong key',
    kind: 'schema',
    field: '/errors',
    exitCode: 1,
  },
  {
    title: 'another error code (Capillary unknown id answers 1619)',
    vendor: 'capillary',
    drift: {
      drift: {
        kind: 'body',
        body: { errors: [{ status: false, code: 1619, message: 'Group id is invalid' }], warnings: [] },
      },
      match: { operationId: 'getUserGroup', status: 400 },
    },
    probe: 'unknown id',
    kind: 'code',
    field: '/errors/0/code',
    exitCode: 1,
  },
  {
    title: 'an undocumented status (Xtrakit invalid body answers 418)',
    vendor: 'xtrakit',
    drift: {
      drift: { kind: 'status', status: 418 },
      match: { operationId: 'updateCustomerGroup', status: 422 },
    },
    probe: 'invalid body',
    kind: 'status',
    exitCode: 1,
  },
  {
    title: 'an undocumented status (Capillary read answers 202)',
    vendor: 'capillary',
    drift: { drift: { kind: 'status', status: 202 }, match: { operationId: 'getUserGroup', status: 200 } },
    probe: 'read',
    kind: 'status',
    exitCode: 1,
  },
  {
    title: 'another content type',
    vendor: 'xtrakit',
    drift: { drift: { kind: 'header', name: 'content-type', value: 'text/plain' }, match: { status: 401 } },
    probe: 'wrong key',
    kind: 'content-type',
    field: 'content-type',
    exitCode: 1,
  },
];

async function run(c: Case): Promise<ContractReport> {
  if (c.vendor === 'xtrakit') {
    const sandbox = await xtrakitSandbox([c.drift]);
    try {
      return await runContract(loadContractConfig('xtrakit', xtrakitEnv(sandbox.url)), {
        strict: c.strict ?? false,
      });
    } finally {
      await sandbox.close();
    }
  }
  const sandbox = await capillarySandbox([c.drift]);
  try {
    return await runContract(loadContractConfig('capillary', capillaryEnv(sandbox.url)), {
      strict: c.strict ?? false,
    });
  } finally {
    await sandbox.close();
  }
}

describe('pnpm contract catches vendor drift', () => {
  it.each(cases)('$title', async (c) => {
    const report = await run(c);
    const probe = report.probes.find((p) => p.probe === c.probe);
    expect(probe?.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: c.kind, ...(c.field ? { field: c.field } : {}) }),
      ]),
    );
    expect(probe?.verdict).toBe(c.exitCode === 1 ? 'drift' : 'notice');
    expect(report.exitCode).toBe(c.exitCode);
    // Every other probe is untouched by the drift, skipped because the read it builds on drifted,
    // or (a probe of the same operation) shows the same drift again.
    for (const other of report.probes.filter((p) => p.probe !== c.probe)) {
      expect(other.verdict, other.probe).toMatch(/^(ok|skipped|notice|drift)$/);
      for (const f of other.findings)
        expect([other.probe, f.kind, f.field]).toEqual([other.probe, c.kind, c.field]);
    }
  });

  it('does not write back what a drifted read returned', async () => {
    const sandbox = await xtrakitSandbox([
      {
        drift: { kind: 'rename', field: '/data/group/group_name', to: 'name' },
        match: { operationId: 'getCustomerGroup' },
      },
    ]);
    try {
      const report = await runContract(loadContractConfig('xtrakit', xtrakitEnv(sandbox.url)));
      expect(report.probes.find((p) => p.probe === 'no-op write')?.verdict).toBe('skipped');
      expect(sandbox.store.writes).toBe(0);
      expect(report.sent).toBe(4);
      expect(sandbox.requests.count()).toBe(4);
    } finally {
      await sandbox.close();
    }
  });

  it('reports a group the no-op write changed', async () => {
    const sandbox = await capillarySandbox([
      {
        drift: {
          kind: 'body',
          body: { id: 51334, groupName: 'renamed', maxGroupSize: 110, extendedFields: { platinum: 35 } },
        },
        match: { operationId: 'updateUserGroup', status: 200 },
      },
    ]);
    try {
      const report = await runContract(loadContractConfig('capillary', capillaryEnv(sandbox.url)));
      const write = report.probes.find((p) => p.probe === 'no-op write');
      expect(write?.findings).toEqual([expect.objectContaining({ kind: 'changed', field: '/groupName' })]);
      expect(report.exitCode).toBe(1);
    } finally {
      await sandbox.close();
    }
  });

  it('does not follow a redirect: a 302 is an undocumented status, and only the announced requests go out', async () => {
    const sandbox = await xtrakitSandbox([
      { drift: { kind: 'status', status: 302 }, match: { operationId: 'getCustomerGroup', status: 404 } },
      {
        drift: { kind: 'header', name: 'location', value: '/api/v1/customer-groups/1' },
        match: { status: 404 },
      },
    ]);
    try {
      const report = await runContract(loadContractConfig('xtrakit', xtrakitEnv(sandbox.url)));
      const probe = report.probes.find((p) => p.probe === 'unknown id');
      expect(probe?.findings[0]).toMatchObject({
        kind: 'status',
        message: expect.stringContaining('status 302'),
      });
      expect(sandbox.requests.count()).toBe(6);
      expect(report.sent).toBe(6);
    } finally {
      await sandbox.close();
    }
  });

  it.each(['hang', 'stall-body'] as const)('bounds each probe in time (a vendor that %ss)', async (kind) => {
    const sandbox = await xtrakitSandbox();
    sandbox.faults.add({ fault: { kind }, match: { operationId: 'getCustomerGroup' } });
    try {
      const started = Date.now();
      const env = { ...xtrakitEnv(sandbox.url), VENDOR_TIMEOUT_MS: '300' };
      const report = await runContract(loadContractConfig('xtrakit', env));
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(report.probes[0]).toMatchObject({
        probe: 'read',
        verdict: 'could-not-run',
        blocker: 'unreachable',
      });
      expect(report.probes[0]?.reason).toContain('within 300 ms');
      expect([report.exitCode, report.sent]).toEqual([2, 1]);
      // On a loaded machine the 300 ms bound can run out before the sandbox (in this process) has read
      // the request, or even before it was written: give it time to arrive, then the vendor must have
      // seen no more than the one request the run announced (no retry of a timed-out probe).
      const arrived = Date.now() + 2_000;
      while (sandbox.requests.count() < 1 && Date.now() < arrived)
        await new Promise((r) => setTimeout(r, 20));
      expect(sandbox.requests.count()).toBeLessThanOrEqual(report.sent);
    } finally {
      await sandbox.close();
    }
  });
});
