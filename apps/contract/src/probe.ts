// The face every vendor's probes share, and the helpers they build on.
import type { SpecValidator } from '@loyalty-gateway/http-runtime';
import { shown } from './check.js';
import type { Answer, Blocker, Expectation, Finding, ProbeRequest, Verdict } from './types.js';

export type Received = Extract<Answer, { kind: 'answer' }>;

/** What earlier probes of the run left for later ones. */
export interface RunState {
  answer(probe: string): Received | undefined;
  verdict(probe: string): Verdict | undefined;
  /** The Capillary access token, once the token probe obtained one. */
  token?: string;
  /** Adds a secret learnt during the run (a token) to what the outputs are scrubbed of. */
  learnSecret(secret: string): void;
}

/** One probe: one request, sent once, and what its answer must be. */
export interface Probe {
  name: string;
  operationId: string;
  expect: Expectation;
  /** Sent with the configured credentials: then a 401 means they are wrong (could not run). */
  authenticated: boolean;
  /** The request, or why it is not sent. */
  prepare(state: RunState): ProbeRequest | { skip: string };
  /** An answer that means the run cannot go on (e.g. the group does not exist), if this is one. */
  blocker?(answer: Received): { blocker: Blocker; reason: string } | null;
  /** Checks beyond the spec's (the no-op write changed nothing); may record state for later probes. */
  verify?(answer: Received, state: RunState): Finding[];
}

/** Whether a probe's answer is good enough to build on. */
export const usable = (verdict: Verdict | undefined) => verdict === 'ok' || verdict === 'notice';

/** A request body the spec must refuse, or why the probe cannot use it. */
export function refusedBody(
  validator: SpecValidator,
  operationId: string,
  body: unknown,
): { body: unknown } | { skip: string } {
  return validator.validateRequestBody(operationId, body).valid
    ? { skip: `the spec now accepts ${JSON.stringify(body)} for ${operationId}: pick another invalid body` }
    : { body };
}

/** A request body the spec accepts, or why it is not sent (nothing that fails before the wire is sent). */
export function acceptedBody(
  validator: SpecValidator,
  operationId: string,
  body: unknown,
): { body: unknown } | { skip: string } {
  const result = validator.validateRequestBody(operationId, body);
  if (result.valid) return { body };
  const issue = result.issues[0];
  return {
    skip: `the group's current values do not fit the ${operationId} request schema (${issue?.path || 'body'} ${issue?.message ?? 'is invalid'}), so they cannot be written back`,
  };
}

/** Findings for each of `keys` whose value differs between `before` and `after`. */
export function changedFields(
  before: Record<string, unknown>,
  after: unknown,
  keys: readonly string[],
  at: string,
  when: string,
): Finding[] {
  const now = (after ?? {}) as Record<string, unknown>;
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(now[k]))
    .map((k) => ({
      severity: 'drift' as const,
      kind: 'changed' as const,
      field: `${at}/${k}`,
      message: `changed by the no-op write (${when})`,
      was: shown(before[k]),
      got: shown(now[k]),
    }));
}
