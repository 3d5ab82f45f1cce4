// The Xtrakit probes: read the group, write back exactly what it has, read again; then the
// documented refusals with requests that cannot change anything.
import { xtrakitSpecValidator } from '@loyalty-gateway/xtrakit-client';
import type { ContractConfig } from './config.js';
import { acceptedBody, changedFields, type Probe, refusedBody, usable } from './probe.js';
import { specFacts } from './spec-facts.js';

type XtrakitConfig = Extract<ContractConfig, { vendor: 'xtrakit' }>;

/** A key no account has: visibly not a real one, and never derived from the configured key. */
export const WRONG_XTRAKIT_KEY = 'contract-check-wrong-key-000000000000';
/** The fields `updateCustomerGroup` writes; the no-op write sends them back as read. */
const WRITTEN = ['group_name', 'group_description'] as const;

const groupOf = (json: unknown) =>
  ((json as { data?: { group?: unknown } } | undefined)?.data?.group ?? {}) as Record<string, unknown>;

/** The path of an operation with its `{id}` filled in. */
function pathFor(operationId: string, id: string): string {
  return specFacts('xtrakit').operation(operationId).path.replace('{id}', encodeURIComponent(id));
}

/** Read the group, write back what it has, read it again. */
function groupProbes(config: XtrakitConfig, auth: Record<string, string>): Probe[] {
  const read = { method: 'GET', path: pathFor('getCustomerGroup', config.groupId), headers: auth };
  const noGroup = (status: number) =>
    status === 404
      ? { blocker: 'group' as const, reason: `customer group ${config.groupId} does not exist (404)` }
      : null;
  return [
    {
      name: 'read',
      operationId: 'getCustomerGroup',
      expect: { statuses: [200] },
      authenticated: true,
      prepare: () => read,
      blocker: (answer) => noGroup(answer.status),
    },
    {
      name: 'no-op write',
      operationId: 'updateCustomerGroup',
      expect: { statuses: [200] },
      authenticated: true,
      prepare(state) {
        if (!usable(state.verdict('read')))
          return { skip: 'the read did not match the spec: nothing safe to write back' };
        const group = groupOf(state.answer('read')?.json);
        const body: Record<string, unknown> = { group_name: group.group_name };
        // null (or absent) cannot be sent; left out, the description stays as it is.
        if (typeof group.group_description === 'string') body.group_description = group.group_description;
        const checked = acceptedBody(xtrakitSpecValidator, 'updateCustomerGroup', body);
        return 'skip' in checked
          ? checked
          : { method: 'PUT', path: pathFor('updateCustomerGroup', config.groupId), headers: auth, body };
      },
      verify: (answer, state) =>
        changedFields(
          groupOf(state.answer('read')?.json),
          groupOf(answer.json),
          WRITTEN,
          '/data/group',
          'in its answer',
        ),
      blocker: (answer) => noGroup(answer.status),
    },
    {
      name: 'read again',
      operationId: 'getCustomerGroup',
      expect: { statuses: [200] },
      authenticated: true,
      prepare: (state) =>
        state.verdict('no-op write') === undefined || state.verdict('no-op write') === 'skipped'
          ? { skip: 'the no-op write was not sent' }
          : read,
      verify: (answer, state) =>
        changedFields(
          groupOf(state.answer('read')?.json),
          groupOf(answer.json),
          WRITTEN,
          '/data/group',
          'after it',
        ),
      blocker: (answer) => noGroup(answer.status),
    },
  ];
}

/** The documented refusals, with requests that cannot change anything. */
function refusalProbes(config: XtrakitConfig, auth: Record<string, string>): Probe[] {
  const groupPath = pathFor('getCustomerGroup', config.groupId);
  const unknownId = config.groupId === '999999999999999' ? '999999999999998' : '999999999999999';
  return [
    {
      name: 'unknown id',
      operationId: 'getCustomerGroup',
      expect: { statuses: [404] },
      authenticated: true,
      prepare: () => ({ method: 'GET', path: pathFor('getCustomerGroup', unknownId), headers: auth }),
    },
    {
      name: 'wrong key',
      operationId: 'getCustomerGroup',
      expect: { statuses: [401] },
      authenticated: false,
      prepare: () => ({
        method: 'GET',
        path: groupPath,
        headers: { authorization: `Bearer ${WRONG_XTRAKIT_KEY}` },
      }),
    },
    {
      name: 'invalid body',
      operationId: 'updateCustomerGroup',
      // The spec documents both for a body that fails validation; {} names nothing to change.
      expect: { statuses: [400, 422] },
      authenticated: true,
      prepare() {
        const checked = refusedBody(xtrakitSpecValidator, 'updateCustomerGroup', {});
        return 'skip' in checked
          ? checked
          : { method: 'PUT', path: pathFor('updateCustomerGroup', config.groupId), headers: auth, body: {} };
      },
    },
  ];
}

/** The six Xtrakit probes, in the order they run. */
export function xtrakitProbes(config: XtrakitConfig): Probe[] {
  const auth = { authorization: `Bearer ${config.apiKey}` };
  return [...groupProbes(config, auth), ...refusalProbes(config, auth)];
}
