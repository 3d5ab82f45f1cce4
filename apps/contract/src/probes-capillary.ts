// The Capillary probes: the OAuth token call (with OAuth credentials), read the group, write back
// exactly what it has, read again; then the documented refusals with requests that cannot change
// anything.
import { capillarySpecValidator } from '@loyalty-gateway/capillary-client';
import { capillaryBasicCredential } from '@loyalty-gateway/http-runtime';
import type { ContractConfig } from './config.js';
import {
  acceptedBody,
  changedFields,
  type Probe,
  type Received,
  type RunState,
  refusedBody,
  usable,
} from './probe.js';
import { specFacts } from './spec-facts.js';
import type { ProbeRequest } from './types.js';

type CapillaryConfig = Extract<ContractConfig, { vendor: 'capillary' }>;

/** Credentials no account has: visibly not real ones, never derived from the configured ones. */
export const WRONG_CAPILLARY_TOKEN = 'contract-check-wrong-token-0000000000';
const WRONG_BASIC = capillaryBasicCredential('contract.check.wrong.till', 'contract-check-wrong-password');
/** The fields `updateUserGroup` writes; the no-op write sends back those the read returned. */
const WRITTEN = ['groupName', 'maxGroupSize', 'extendedFields'] as const;
/** "No group matches the given id or externalId" (x-error-codes). */
const UNKNOWN_GROUP = 1632;
/** "Group query param is not passed" and "Group details not passed" (x-error-codes). */
const NOTHING_PASSED = [1635, 1644];

const asRecord = (json: unknown) => (json ?? {}) as Record<string, unknown>;
const path = (operationId: string) => specFacts('capillary').operation(operationId).path;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 4 ? [value] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

function errorCodes(answer: Received): unknown[] {
  const errors = asRecord(answer.json).errors;
  return Array.isArray(errors) ? errors.map((e) => asRecord(e).code) : [];
}

/** What every Capillary probe of a run shares. */
interface Context {
  auth: CapillaryConfig['auth'];
  group: CapillaryConfig['group'];
  /** `{id}` or `{externalId}`, as configured. */
  selector: Record<string, string>;
  readPath: string;
  /** A request with the run's credentials (Basic, or the token obtained), or why it cannot be sent. */
  withAuth(
    state: RunState,
    build: (headers: Record<string, string>) => ProbeRequest,
  ): ProbeRequest | { skip: string };
  /** The answer that says the configured group does not exist. */
  noGroup(answer: Received): { blocker: 'group'; reason: string } | null;
  /** The WRITTEN fields the read returned. */
  written(state: RunState): Array<(typeof WRITTEN)[number]>;
}

function contextOf(config: CapillaryConfig): Context {
  const { auth, group } = config;
  const selector: Record<string, string> =
    'id' in group ? { id: group.id } : { externalId: group.externalId };
  const named = 'id' in group ? `id ${group.id}` : `externalId ${group.externalId}`;
  return {
    auth,
    group,
    selector,
    readPath: `${path('getUserGroup')}?${new URLSearchParams(selector)}`,
    withAuth(state, build) {
      if (auth.type === 'basic')
        return build({ authorization: `Basic ${capillaryBasicCredential(auth.username, auth.password)}` });
      return state.token
        ? build({ 'x-cap-api-oauth-token': state.token })
        : { skip: 'no access token was obtained' };
    },
    noGroup: (answer) =>
      answer.status === 400 && errorCodes(answer).includes(UNKNOWN_GROUP)
        ? { blocker: 'group', reason: `the user group ${named} does not exist (${UNKNOWN_GROUP})` }
        : null,
    written: (state) => WRITTEN.filter((k) => asRecord(state.answer('read')?.json)[k] !== undefined),
  };
}

/** The token call; its token is what the other probes send. */
function tokenProbe(auth: Extract<CapillaryConfig['auth'], { type: 'oauth' }>): Probe {
  return {
    name: 'oauth token',
    operationId: 'generateOAuthToken',
    expect: { statuses: [200] },
    authenticated: true,
    prepare: () => ({
      method: 'POST',
      path: path('generateOAuthToken'),
      headers: {},
      body: { key: auth.key, secret: auth.secret },
    }),
    verify(answer, state) {
      // Every string of this answer may be a token, whatever member it arrives in: none is printed.
      for (const text of strings(answer.json)) state.learnSecret(text);
      const accessToken = asRecord(asRecord(answer.json).data).accessToken;
      if (typeof accessToken === 'string' && accessToken !== '') state.token = accessToken;
      return [];
    },
  };
}

/** Read the group, write back what it has, read it again. */
function groupProbes(ctx: Context): Probe[] {
  const read = (state: RunState) =>
    ctx.withAuth(state, (headers) => ({ method: 'GET', path: ctx.readPath, headers }));
  const unchanged = (when: string) => (answer: Received, state: RunState) =>
    changedFields(asRecord(state.answer('read')?.json), answer.json, ctx.written(state), '', when);
  return [
    {
      name: 'read',
      operationId: 'getUserGroup',
      expect: { statuses: [200] },
      authenticated: true,
      prepare: read,
      blocker: ctx.noGroup,
    },
    {
      name: 'no-op write',
      operationId: 'updateUserGroup',
      expect: { statuses: [200] },
      authenticated: true,
      prepare(state) {
        if (!usable(state.verdict('read')))
          return { skip: 'the read did not match the spec: nothing safe to write back' };
        const current = asRecord(state.answer('read')?.json);
        const keys = ctx.written(state);
        if (keys.length === 0)
          return { skip: 'the read returned none of groupName, maxGroupSize, extendedFields' };
        const body = { ...ctx.selector, ...Object.fromEntries(keys.map((k) => [k, current[k]])) };
        const checked = acceptedBody(capillarySpecValidator, 'updateUserGroup', body);
        return 'skip' in checked
          ? checked
          : ctx.withAuth(state, (headers) => ({
              method: 'PUT',
              path: path('updateUserGroup'),
              headers,
              body,
            }));
      },
      verify: unchanged('in its answer'),
      blocker: ctx.noGroup,
    },
    {
      name: 'read again',
      operationId: 'getUserGroup',
      expect: { statuses: [200] },
      authenticated: true,
      prepare: (state) =>
        state.verdict('no-op write') === undefined || state.verdict('no-op write') === 'skipped'
          ? { skip: 'the no-op write was not sent' }
          : read(state),
      verify: unchanged('after it'),
      blocker: ctx.noGroup,
    },
  ];
}

/** The documented refusals, with requests that cannot change anything. */
function refusalProbes(ctx: Context): Probe[] {
  const { auth, group } = ctx;
  const unknownId = 'id' in group && group.id === '999999999999999' ? '999999999999998' : '999999999999999';
  const wrong: Record<string, string> =
    auth.type === 'basic'
      ? { authorization: `Basic ${WRONG_BASIC}` }
      : { 'x-cap-api-oauth-token': WRONG_CAPILLARY_TOKEN };
  return [
    {
      name: 'unknown id',
      operationId: 'getUserGroup',
      expect: { statuses: [400], codes: [UNKNOWN_GROUP] },
      authenticated: true,
      prepare: (state) =>
        ctx.withAuth(state, (headers) => ({
          method: 'GET',
          path: `${path('getUserGroup')}?id=${unknownId}`,
          headers,
        })),
    },
    {
      name: 'wrong key',
      operationId: 'getUserGroup',
      expect: { statuses: [401] },
      authenticated: false,
      prepare: () => ({ method: 'GET', path: ctx.readPath, headers: wrong }),
    },
    {
      name: 'invalid body',
      operationId: 'updateUserGroup',
      expect: { statuses: [400], codes: NOTHING_PASSED },
      authenticated: true,
      prepare(state) {
        // {} names no group and no field: nothing it could change.
        const checked = refusedBody(capillarySpecValidator, 'updateUserGroup', {});
        return 'skip' in checked
          ? checked
          : ctx.withAuth(state, (headers) => ({
              method: 'PUT',
              path: path('updateUserGroup'),
              headers,
              body: {},
            }));
      },
    },
  ];
}

/** The probes, in the order they run: 7 with OAuth credentials, 6 with Basic ones. */
export function capillaryProbes(config: CapillaryConfig): Probe[] {
  const ctx = contextOf(config);
  const probes = [...groupProbes(ctx), ...refusalProbes(ctx)];
  return config.auth.type === 'oauth' ? [tokenProbe(config.auth), ...probes] : probes;
}
