// The verdict of a run (outcome, exit code, the "to fix this" line), the secret scrub every output
// goes through, and the table a person reads.
import { secretScrubber } from '@loyalty-gateway/http-runtime';
import type { Vendor } from './config.js';
import type { Blocker, ContractReport, Outcome, ProbeResult } from './types.js';

type Meta = Omit<ContractReport, 'probes' | 'outcome' | 'exitCode' | 'fix'>;

/** The command that runs the check again. */
export const rerunCommand = (vendor: Vendor) => `pnpm contract -- --vendor ${vendor}`;

const FIXES: Record<Blocker, Record<Vendor, string>> = {
  unreachable: {
    xtrakit:
      'check XTRAKIT_BASE_URL and that the host answers from this machine (or raise VENDOR_TIMEOUT_MS)',
    capillary:
      'check CAPILLARY_BASE_URL or CAPILLARY_REGION and that the host answers from this machine (or raise VENDOR_TIMEOUT_MS)',
  },
  credentials: {
    xtrakit: 'set XTRAKIT_API_KEY to a valid key (managed at https://app.xtrakit.com/settings/apis)',
    capillary:
      'check CAPILLARY_USERNAME + CAPILLARY_PASSWORD (or CAPILLARY_OAUTH_KEY + CAPILLARY_OAUTH_SECRET) and their access to the User Group resource',
  },
  group: {
    xtrakit: 'set CONTRACT_XTRAKIT_GROUP_ID to a customer group the account has',
    capillary:
      'set CONTRACT_CAPILLARY_GROUP_ID (or CONTRACT_CAPILLARY_GROUP_EXTERNAL_ID) to a user group the account has',
  },
  'vendor-busy': {
    xtrakit: 'wait (the vendor is rate limiting or failing; if it keeps answering so, treat it as drift)',
    capillary: 'wait (the vendor is rate limiting or failing; if it keeps answering so, treat it as drift)',
  },
};

function fixFor(vendor: Vendor, outcome: Outcome, results: ProbeResult[]): string | null {
  if (outcome === 'no-drift') return null;
  if (outcome === 'drift') {
    return `to fix this, compare each finding with the vendor's current docs (or ask the vendor); if the vendor changed, update specs/${vendor}.yaml (record it in x-doc-conflicts), run \`pnpm generate\` and \`pnpm test\`, then run \`${rerunCommand(vendor)}\``;
  }
  const blocker = results.find((r) => r.blocker)?.blocker ?? 'unreachable';
  return `to fix this, ${FIXES[blocker][vendor]}, then run \`${rerunCommand(vendor)}\``;
}

function scrubDeep<T>(value: T, scrub: (text: string) => string): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, scrub)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [scrub(k), scrubDeep(v, scrub)])) as T;
}

/** The finished report: outcome, exit code, fix line, with every form of every secret removed. */
export function finish(meta: Meta, results: ProbeResult[], secrets: readonly string[]): ContractReport {
  const outcome: Outcome = results.some((r) => r.verdict === 'drift')
    ? 'drift'
    : results.some((r) => r.verdict === 'could-not-run')
      ? 'could-not-run'
      : 'no-drift';
  const exitCode = outcome === 'no-drift' ? 0 : outcome === 'drift' ? 1 : 2;
  const report: ContractReport = {
    ...meta,
    probes: results,
    outcome,
    exitCode,
    fix: fixFor(meta.vendor, outcome, results),
  };
  return cutValues(scrubDeep(report, secretScrubber(secrets)));
}

const cut = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}...` : text);

/** Received values cut to 40 characters, after the scrub. */
function cutValues(report: ContractReport): ContractReport {
  for (const probe of report.probes) {
    for (const f of probe.findings) {
      if (f.got !== undefined) f.got = cut(f.got);
      if (f.was !== undefined) f.was = cut(f.was);
    }
  }
  return report;
}

/** What the run announces before its first request. */
export function announcement(
  report: Pick<ContractReport, 'vendor' | 'baseUrl' | 'announced' | 'timeoutMs'>,
): string {
  const { requests, probes } = report.announced;
  return [
    `pnpm contract: ${report.vendor} at ${report.baseUrl}`,
    `${probes.length} probes, at most ${requests} requests, each sent once (no retries, no redirects) and bounded by ${report.timeoutMs} ms:`,
    `  ${probes.map((p) => `${p.probe} (${p.operationId})`).join(', ')}`,
  ].join('\n');
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The table a person reads, then each finding, the totals and the fix line. */
export function renderReport(report: ContractReport): string {
  const rows = [['probe', 'request', 'expectation', 'came back', 'verdict']];
  for (const r of report.probes) {
    rows.push([
      r.probe,
      r.request ? `${r.request.method} ${r.request.path}` : '-',
      r.expectation,
      r.durationMs === undefined ? r.cameBack : `${r.cameBack} (${r.durationMs} ms)`,
      r.verdict,
    ]);
  }
  const details: string[] = [];
  for (const r of report.probes) {
    if (r.reason) details.push(`  ${r.probe}: ${r.verdict}: ${r.reason}`);
    for (const f of r.findings)
      details.push(
        `  ${r.probe}: ${f.severity} ${f.kind}${f.field ? ` ${f.field}` : ''}: ${f.message}${f.was === undefined ? '' : ` (was ${f.was})`}${f.got === undefined ? '' : ` (got ${f.got})`}`,
      );
  }
  const verdict = {
    'no-drift': 'no drift',
    drift: 'drift found',
    'could-not-run': 'could not run',
  }[report.outcome];
  return [
    table(rows),
    ...(details.length ? ['', 'details:', ...details] : []),
    '',
    `sent ${report.sent} of the ${report.announced.requests} announced requests${report.strict ? ' (--strict: unknown fields are drift)' : ''}`,
    `result: ${verdict} (exit ${report.exitCode})`,
    ...(report.fix ? [report.fix] : []),
  ].join('\n');
}
