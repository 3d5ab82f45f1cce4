// The words of a contract run: probes, answers, findings, the report.
import type { Vendor } from './config.js';

/** What a probe sends: exactly one request. */
export interface ProbeRequest {
  method: string;
  /** Path (with the query string, if any) below the base URL. */
  path: string;
  headers: Record<string, string>;
  /** JSON-encoded when given. */
  body?: unknown;
}

/** What came back for one request, or why nothing did. */
export type Answer =
  | {
      kind: 'answer';
      status: number;
      /** Media type of `content-type`, lowercase, without parameters; '' when absent. */
      contentType: string;
      headers: Record<string, string>;
      text: string;
      /** The parsed body; undefined when it is empty or not JSON. */
      json: unknown;
      durationMs: number;
    }
  | {
      kind: 'no-answer';
      reason: 'timeout' | 'unreachable' | 'too-large';
      message: string;
      durationMs: number;
    };

/** What a probe expects. */
export interface Expectation {
  statuses: readonly number[];
  /** Capillary error codes, one of which the `errors` of the answer must carry. */
  codes?: readonly number[];
}

/** Why a run could not judge a probe (exit code 2). */
export type Blocker = 'unreachable' | 'credentials' | 'group' | 'vendor-busy';

/** A drift (exit 1) or a notice (exit 1 only with --strict). */
export interface Finding {
  severity: 'drift' | 'notice';
  kind: 'status' | 'content-type' | 'header' | 'schema' | 'unknown-field' | 'code' | 'changed' | 'body';
  /** JSON pointer into the body, or a header name; absent for the answer as a whole. */
  field?: string;
  message: string;
  /** What came back there, as JSON (scrubbed of secrets, then cut to 40 characters). */
  got?: string;
  /** What it was before (a group the no-op write changed), likewise. */
  was?: string;
}

export type Verdict = 'ok' | 'notice' | 'drift' | 'could-not-run' | 'skipped';

/** One probe's line of the report. */
export interface ProbeResult {
  probe: string;
  operationId: string;
  request: { method: string; path: string } | null;
  expectation: string;
  cameBack: string;
  verdict: Verdict;
  findings: Finding[];
  /** Set when the verdict is could-not-run. */
  blocker?: Blocker;
  /** Why the probe was skipped or could not run. */
  reason?: string;
  durationMs?: number;
}

export type Outcome = 'no-drift' | 'drift' | 'could-not-run';

/** The whole run: what the JSON report holds and the table shows. */
export interface ContractReport {
  vendor: Vendor;
  baseUrl: string;
  startedAt: string;
  strict: boolean;
  timeoutMs: number;
  /** Announced before the first request; never exceeded. */
  announced: { requests: number; probes: Array<{ probe: string; operationId: string }> };
  sent: number;
  probes: ProbeResult[];
  outcome: Outcome;
  exitCode: 0 | 1 | 2;
  /** A "to fix this, …" line; null when there is nothing to fix. */
  fix: string | null;
}
