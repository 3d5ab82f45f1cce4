// Against sandboxes that behave as the specs say, the check finds no drift, sends exactly the
// requests it announced, and its no-op write leaves the group as it was.
import { describe, expect, it } from 'vitest';
import { loadContractConfig, runContract } from '../src/index.js';
import { capillaryEnv, capillarySandbox, xtrakitEnv, xtrakitSandbox } from './helpers.js';

describe('pnpm contract against the sandboxes', () => {
  it('Xtrakit: no drift, exactly the announced requests, the group unchanged', async () => {
    const sandbox = await xtrakitSandbox();
    try {
      const before = sandbox.store.get(1);
      let announced = 0;
      const report = await runContract(loadContractConfig('xtrakit', xtrakitEnv(sandbox.url)), {
        strict: true,
        onAnnounce: (a) => {
          announced = a.requests;
          expect(sandbox.requests.count()).toBe(0);
        },
      });
      expect(report.probes.map((p) => [p.probe, p.verdict, p.findings])).toEqual(
        ['read', 'no-op write', 'read again', 'unknown id', 'wrong key', 'invalid body'].map((p) => [
          p,
          'ok',
          [],
        ]),
      );
      expect([report.outcome, report.exitCode, report.fix]).toEqual(['no-drift', 0, null]);
      expect(announced).toBe(6);
      expect(report.sent).toBe(6);
      const log = sandbox.requests.all();
      expect(log.map((r) => `${r.method} ${r.path}`)).toEqual(
        report.probes.map((p) => `${p.request?.method} ${p.request?.path}`),
      );
      expect(log.map((r) => r.status)).toEqual([200, 200, 200, 404, 401, 422]);
      // The write was made (once) with the values the group had; only the vendor's updated_at stamp moves.
      expect(sandbox.store.writes).toBe(1);
      expect(log[1]?.body).toEqual({
        group_name: before?.group_name,
        group_description: before?.group_description,
      });
      const { updated_at: _a, ...was } = before ?? {};
      const { updated_at: _b, ...is } = sandbox.store.get(1) ?? {};
      expect(is).toEqual(was);
      expect(sandbox.contractViolations).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  it.each([
    ['Basic', 'basic' as const, 6],
    ['OAuth', 'oauth' as const, 7],
  ])(
    'Capillary with %s credentials: no drift, exactly the announced requests, the group unchanged',
    async (_t, auth, requests) => {
      const sandbox = await capillarySandbox();
      try {
        const before = sandbox.store.get(51334);
        const report = await runContract(loadContractConfig('capillary', capillaryEnv(sandbox.url, auth)), {
          strict: true,
        });
        expect(report.probes.filter((p) => p.verdict !== 'ok')).toEqual([]);
        expect([report.outcome, report.exitCode, report.announced.requests, report.sent]).toEqual([
          'no-drift',
          0,
          requests,
          requests,
        ]);
        const log = sandbox.requests.all();
        expect(
          log.map(
            (r) =>
              `${r.method} ${r.path}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query)}` : ''}`,
          ),
        ).toEqual(report.probes.map((p) => `${p.request?.method} ${p.request?.path}`));
        expect(sandbox.store.writes).toBe(1);
        expect(sandbox.store.tokensIssued).toBe(auth === 'oauth' ? 1 : 0);
        expect(sandbox.store.get(51334)).toEqual(before);
        expect(sandbox.contractViolations).toEqual([]);
      } finally {
        await sandbox.close();
      }
    },
  );

  it('Capillary by externalId reads and writes back by externalId', async () => {
    const sandbox = await capillarySandbox();
    try {
      const env: Record<string, string> = {
        ...capillaryEnv(sandbox.url),
        CONTRACT_CAPILLARY_GROUP_EXTERNAL_ID: 'natwest14',
      };
      delete env.CONTRACT_CAPILLARY_GROUP_ID;
      const report = await runContract(loadContractConfig('capillary', env));
      expect(report.outcome).toBe('no-drift');
      const write = sandbox.requests.all().find((r) => r.method === 'PUT' && r.status === 200);
      expect(write?.body).toEqual({
        externalId: 'natwest14',
        groupName: 'natwest14',
        maxGroupSize: 110,
        extendedFields: { platinum: 35 },
      });
    } finally {
      await sandbox.close();
    }
  });
});
