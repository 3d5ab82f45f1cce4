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

/** The probes, in the order they run: 7 with OAuth credentials, 6 with Basic ones. */
export function capillaryProbes(config: CapillaryConfig): Probe[] {
  const { auth, group } = config;
  const headersOf = (state: RunState): Record<string, string> | { skip: string } => {
    if (auth.type === 'basic')
      return { authorization: `Basic ${capillaryBasicCredential(auth.username, auth.password)}` };
    return state.token ? { 'x-cap-api-oauth-token': state.token } : { skip: 'no access token was obtained' };
  };
  const withAuth = (state: RunState, build: (headers: Record<string, string>) => ProbeRequest) => {
    const headers = headersOf(state);
    return 'skip' in headers ? { skip: String(headers.skip) } : build(headers);
  };
  const selector: Record<string, string> =
    'id' in group ? { id: group.id } : { externalId: group.externalId };
  const readPath = `${path('getUserGroup')}?${new URLSearchParams(selector)}`;
  const read = (state: RunState) =>
    withAuth(state, (headers) => ({ method: 'GET', path: readPath, headers }));
  const noGroup = (answer: Received) =>
    answer.status === 400 && errorCodes(answer).includes(UNKNOWN_GROUP)
      ? {
          blocker: 'group' as const,
          reason: `the user group ${'id' in group ? `id ${group.id}` : `externalId ${group.externalId}`} does not exist (${UNKNOWN_GROUP})`,
        }
      : null;
  const written = (state: RunState) =>
    WRITTEN.filter((k) => asRecord(state.answer('read')?.json)[k] !== undefined);

  const token: Probe = {
    name: 'oauth token',
    operationId: 'generateOAuthToken',
    expect: { statuses: [200] },
    authenticated: true,
    prepare: () =>
      auth.type === 'oauth'
        ? {
            method: 'POST',
            path: path('generateOAuthToken'),
            headers: {},
            body: { key: auth.key, secret: auth.secret },
          }
        : { skip: 'Basic credentials' },
    verify(answer, state) {
      // Every string of this answer may be a token, whatever member it arrives in: none is printed.
      for (const text of strings(answer.json)) state.learnSecret(text);
      const accessToken = asRecord(asRecord(answer.json).data).accessToken;
      if (typeof accessToken === 'string' && accessToken !== '') {
        state.learnSecret(accessToken);
        state.token = accessToken;
      }
      return [];
    },
  };
  const probes: Probe[] = [
    {
      name: 'read',
      operationId: 'getUserGroup',
      expect: { statuses: [200] },
      authenticated: true,
      prepare: read,
      blocker: noGroup,
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
        const keys = written(state);
        if (keys.length === 0)
          return { skip: 'the read returned none of groupName, maxGroupSize, extendedFields' };
        const body = { ...selector, ...Object.fromEntries(keys.map((k) => [k, current[k]])) };
        const checked = acceptedBody(capillarySpecValidator, 'updateUserGroup', body);
        return 'skip' in checked
          ? checked
          : withAuth(state, (headers) => ({ method: 'PUT', path: path('updateUserGroup'), headers, body }));
      },
      verify: (answer, state) =>
        changedFields(asRecord(state.answer('read')?.json), answer.json, written(state), '', 'in its answer'),
      blocker: noGroup,
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
      verify: (answer, state) =>
        changedFields(asRecord(state.answer('read')?.json), answer.json, written(state), '', 'after it'),
      blocker: noGroup,
    },
    {
      name: 'unknown id',
      operationId: 'getUserGroup',
      expect: { statuses: [400], codes: [UNKNOWN_GROUP] },
      authenticated: true,
      prepare: (state) =>
        withAuth(state, (headers) => ({
          method: 'GET',
          path: `${path('getUserGroup')}?id=${'id' in group && group.id === '999999999999999' ? '999999999999998' : '999999999999999'}`,
          headers,
        })),
    },
    {
      name: 'wrong key',
      operationId: 'getUserGroup',
      expect: { statuses: [401] },
      authenticated: false,
      prepare: () => ({
        method: 'GET',
        path: readPath,
        headers: (auth.type === 'basic'
          ? { authorization: `Basic ${WRONG_BASIC}` }
          : { 'x-cap-api-oauth-token': WRONG_CAPILLARY_TOKEN }) as Record<string, string>,
      }),
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
          : withAuth(state, (headers) => ({
              method: 'PUT',
              path: path('updateUserGroup'),
              headers,
              body: {},
            }));
      },
    },
  ];
  return auth.type === 'oauth' ? [token, ...probes] : probes;
}
