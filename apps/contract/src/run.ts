// Runs a vendor's probes once, in order, each request sent at most once, and judges every answer.
import { checkAnswer } from './check.js';
import { type ContractConfig, configSecrets, type Vendor } from './config.js';
import type { Probe, Received, RunState } from './probe.js';
import { capillaryProbes } from './probes-capillary.js';
import { xtrakitProbes } from './probes-xtrakit.js';
import { finish } from './report.js';
import { type Fetch, sendOnce } from './send.js';
import type { Answer, Blocker, ContractReport, ProbeRequest, ProbeResult } from './types.js';

export interface RunOptions {
  /** Unknown fields count as drift. */
  strict?: boolean;
  /** Called with the plan before the first request is sent. */
  onAnnounce?: (announced: ContractReport['announced']) => void;
  fetch?: Fetch;
}

/** The probes a configuration runs, in order. */
export function probesFor(config: ContractConfig): Probe[] {
  return config.vendor === 'xtrakit' ? xtrakitProbes(config) : capillaryProbes(config);
}

function describeExpectation(probe: Probe): string {
  const codes = probe.expect.codes ? ` code ${probe.expect.codes.join('|')}` : '';
  return `${probe.expect.statuses.join('|')}${codes}`;
}

function describeAnswer(answer: Answer): string {
  if (answer.kind === 'no-answer') return `${answer.reason}: ${answer.message}`;
  const errors = (answer.json as { errors?: Array<{ code?: unknown }> } | undefined)?.errors;
  // Numbers only: anything else a vendor puts there is shown (scrubbed) in the findings.
  const codes = Array.isArray(errors) ? errors.map((e) => e?.code).filter((c) => typeof c === 'number') : [];
  const code = codes.length ? ` code ${codes.join(',')}` : '';
  return `${answer.status} ${answer.contentType || 'no content type'}${code}`;
}

/** Statuses that say the run cannot judge (rather than that the vendor drifted). */
function statusBlocker(probe: Probe, answer: Received): { blocker: Blocker; reason: string } | null {
  if (probe.expect.statuses.includes(answer.status)) return null;
  const own = probe.blocker?.(answer);
  if (own) return own;
  const code = (answer.json as { errors?: Array<{ code?: unknown }> } | undefined)?.errors?.[0]?.code;
  if (probe.authenticated && (answer.status === 401 || (answer.status === 403 && code !== 403)))
    return { blocker: 'credentials', reason: `the configured credentials were refused (${answer.status})` };
  if (answer.status === 429 || answer.status >= 500)
    return { blocker: 'vendor-busy', reason: `the vendor answered ${answer.status}` };
  return null;
}

function judge(vendor: Vendor, probe: Probe, answer: Answer, state: RunState, strict: boolean): ProbeResult {
  const base = { probe: probe.name, operationId: probe.operationId, expectation: describeExpectation(probe) };
  const cameBack = describeAnswer(answer);
  if (answer.kind === 'no-answer') {
    if (answer.reason === 'too-large') {
      const finding = { severity: 'drift' as const, kind: 'body' as const, message: answer.message };
      return {
        ...base,
        request: null,
        cameBack,
        verdict: 'drift',
        findings: [finding],
        durationMs: answer.durationMs,
      };
    }
    return {
      ...base,
      request: null,
      cameBack,
      verdict: 'could-not-run',
      blocker: 'unreachable',
      reason: answer.message,
      findings: [],
      durationMs: answer.durationMs,
    };
  }
  const blocked = statusBlocker(probe, answer);
  if (blocked)
    return {
      ...base,
      request: null,
      cameBack,
      verdict: 'could-not-run',
      ...blocked,
      findings: [],
      durationMs: answer.durationMs,
    };
  const findings = [
    ...checkAnswer(vendor, probe.operationId, answer, probe.expect),
    ...(probe.verify?.(answer, state) ?? []),
  ];
  const drift = findings.some((f) => f.severity === 'drift' || strict);
  const verdict = drift ? 'drift' : findings.length > 0 ? 'notice' : 'ok';
  return { ...base, request: null, cameBack, verdict, findings, durationMs: answer.durationMs };
}

/** Runs the contract check of one vendor. The report is already scrubbed of every secret. */
export async function runContract(config: ContractConfig, options: RunOptions = {}): Promise<ContractReport> {
  const strict = options.strict ?? false;
  const probes = probesFor(config);
  const announced = {
    requests: probes.length,
    probes: probes.map((p) => ({ probe: p.name, operationId: p.operationId })),
  };
  const secrets = configSecrets(config);
  const answers = new Map<string, Received>();
  const results = new Map<string, ProbeResult>();
  const state: RunState = {
    answer: (name) => answers.get(name),
    verdict: (name) => results.get(name)?.verdict,
    learnSecret: (secret) => secrets.push(secret),
  };
  const startedAt = new Date().toISOString();
  options.onAnnounce?.(announced);
  let sent = 0;
  let stop: string | null = null;
  for (const probe of probes) {
    const prepared: ProbeRequest | { skip: string } = stop ? { skip: stop } : probe.prepare(state);
    if ('skip' in prepared) {
      const skipped: ProbeResult = {
        probe: probe.name,
        operationId: probe.operationId,
        request: null,
        expectation: describeExpectation(probe),
        cameBack: 'not sent',
        verdict: 'skipped',
        reason: prepared.skip,
        findings: [],
      };
      results.set(probe.name, skipped);
      continue;
    }
    if (sent >= announced.requests) throw new Error('a run never sends more requests than it announced');
    sent++;
    const answer = await sendOnce(config.baseUrl, prepared, config.timeoutMs, options.fetch);
    if (answer.kind === 'answer') answers.set(probe.name, answer);
    const result: ProbeResult = {
      ...judge(config.vendor, probe, answer, state, strict),
      request: { method: prepared.method, path: prepared.path },
    };
    results.set(probe.name, result);
    if (result.verdict === 'could-not-run') stop = `not sent: ${result.reason}`;
  }
  return finish(
    {
      vendor: config.vendor,
      baseUrl: config.baseUrl,
      startedAt,
      strict,
      timeoutMs: config.timeoutMs,
      announced,
      sent,
    },
    [...results.values()],
    secrets,
  );
}
