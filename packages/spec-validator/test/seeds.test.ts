import { docConflicts, errorCodes, loadSpec } from '@loyalty-gateway/specs';
import { describe, expect, it } from 'vitest';
import { createSpecValidator } from '../src/index.js';

const xtrakit = createSpecValidator('xtrakit');
const capillary = createSpecValidator('capillary');

// The samples exactly as the seed pages print them (quoted verbatim in specs/SOURCES.md, "Seed samples").
const xtrakitSeedRequest = {
  group_name: 'Premium Customers',
  group_description: 'Customers who have spent over $1000 and have been with the business for over a year.',
};
const xtrakitSeedResponse = {
  status: 200,
  message: 'Group updated successfully',
  data: {
    group: {
      id: 1,
      group_name: 'Premium Customers',
      group_description:
        'Customers who have spent over $1000 and have been with the business for over a year.',
      created_at: '2024-08-04 08:23:45',
      updated_at: '2024-08-04 02:00:43',
    },
  },
};
const capillarySeedRequest = { id: '51334', maxGroupSize: 110, extendedFields: { platinum: '35' } };
const capillarySeedResponse = {
  id: 51334,
  groupName: 'natwest14',
  maxGroupSize: 110,
  extendedFields: { platinum: 35 },
  warnings: [],
};

function keywords(result: ReturnType<typeof xtrakit.validateRequestBody>): string[] {
  return result.valid ? [] : result.issues.map((i) => i.keyword);
}

describe('seed samples', () => {
  it.each([
    ['Xtrakit PUT request', () => xtrakit.validateRequestBody('updateCustomerGroup', xtrakitSeedRequest)],
    [
      'Xtrakit PUT 200 response',
      () => xtrakit.validateResponse('updateCustomerGroup', 200, xtrakitSeedResponse),
    ],
    [
      'Xtrakit 401 Missing Bearer Token',
      () =>
        xtrakit.validateResponse('updateCustomerGroup', 401, {
          status: 401,
          error: 'Unauthorized: Missing Bearer Token',
        }),
    ],
    [
      'Xtrakit 401 Invalid API Key',
      () =>
        xtrakit.validateResponse('updateCustomerGroup', 401, {
          status: 401,
          error: 'Unauthorized: Invalid API Key',
        }),
    ],
    ['Xtrakit path id "1"', () => xtrakit.validateParameters('updateCustomerGroup', { path: { id: '1' } })],
    ['Capillary PUT request', () => capillary.validateRequestBody('updateUserGroup', capillarySeedRequest)],
    [
      'Capillary PUT 200 response',
      () => capillary.validateResponse('updateUserGroup', 200, capillarySeedResponse),
    ],
    [
      'Capillary PUT by externalId only',
      () => capillary.validateRequestBody('updateUserGroup', { externalId: 'uat_ug_10_txn', groupName: 'x' }),
    ],
    [
      'Capillary maxGroupSize above 30000 (the cap is per org: a client option, not a schema bound)',
      () => capillary.validateRequestBody('updateUserGroup', { id: 1, maxGroupSize: 50_000 }),
    ],
    [
      'Capillary extended field names the vendor answers with 91016 (no invented name pattern)',
      () =>
        capillary.validateRequestBody('updateUserGroup', {
          id: 1,
          extendedFields: { 'not a name!': 'x', ['é'.repeat(200)]: 'v'.repeat(5000) },
        }),
    ],
    ['Capillary GET by id', () => capillary.validateParameters('getUserGroup', { query: { id: '51334' } })],
    [
      'Xtrakit 500 with message instead of error',
      () => xtrakit.validateResponse('updateCustomerGroup', 500, { status: 500, message: 'Server Error' }),
    ],
    [
      'Capillary id beyond 2^53 as a digit string',
      () => capillary.validateRequestBody('updateUserGroup', { id: '9007199254740993', groupName: 'big' }),
    ],
  ])('%s passes', (_title, check) => {
    expect(check()).toEqual({ valid: true });
  });
});

describe('broken samples fail with the right keyword', () => {
  const { group_name: _dropped, ...withoutName } = xtrakitSeedRequest;
  it.each([
    [
      'Xtrakit group_name missing',
      xtrakit.validateRequestBody('updateCustomerGroup', withoutName),
      'required',
    ],
    [
      'Xtrakit group_name empty',
      xtrakit.validateRequestBody('updateCustomerGroup', { group_name: '' }),
      'minLength',
    ],
    [
      'Xtrakit unknown body field',
      xtrakit.validateRequestBody('updateCustomerGroup', { group_name: 'a', name: 'b' }),
      'additionalProperties',
    ],
    [
      'Xtrakit group_description null',
      xtrakit.validateRequestBody('updateCustomerGroup', { group_name: 'a', group_description: null }),
      'type',
    ],
    [
      'Xtrakit path id ../1',
      xtrakit.validateParameters('updateCustomerGroup', { path: { id: '../1' } }),
      'pattern',
    ],
    [
      'Xtrakit path id empty',
      xtrakit.validateParameters('updateCustomerGroup', { path: { id: '' } }),
      'pattern',
    ],
    [
      'Xtrakit 401 body with message instead of error',
      xtrakit.validateResponse('updateCustomerGroup', 401, { status: 401, message: 'Unauthorized' }),
      'required',
    ],
    [
      'Xtrakit timestamp in ISO T form',
      xtrakit.validateResponse('updateCustomerGroup', 200, {
        ...xtrakitSeedResponse,
        data: { group: { ...xtrakitSeedResponse.data.group, updated_at: '2024-08-04T02:00:43Z' } },
      }),
      'pattern',
    ],
    [
      'Capillary groupName of 51 characters',
      capillary.validateRequestBody('updateUserGroup', { id: '51334', groupName: 'x'.repeat(51) }),
      'maxLength',
    ],
    [
      'Capillary neither id nor externalId',
      capillary.validateRequestBody('updateUserGroup', { groupName: 'natwest14' }),
      'anyOf',
    ],
    [
      'Capillary maxGroupSize 0',
      capillary.validateRequestBody('updateUserGroup', { id: 1, maxGroupSize: 0 }),
      'minimum',
    ],
    [
      'Capillary id with a leading zero',
      capillary.validateRequestBody('updateUserGroup', { id: '051334', groupName: 'x' }),
      'pattern',
    ],
    [
      'Capillary id 0',
      capillary.validateRequestBody('updateUserGroup', { id: 0, groupName: 'x' }),
      'minimum',
    ],
    [
      'Capillary id of 20 digits',
      capillary.validateRequestBody('updateUserGroup', { id: '12345678901234567890', groupName: 'x' }),
      'pattern',
    ],
    [
      'Capillary GET id with a leading zero',
      capillary.validateParameters('getUserGroup', { query: { id: '051334' } }),
      'pattern',
    ],
    [
      'Xtrakit path id 001',
      xtrakit.validateParameters('updateCustomerGroup', { path: { id: '001' } }),
      'pattern',
    ],
    [
      'Xtrakit path id 0',
      xtrakit.validateParameters('updateCustomerGroup', { path: { id: '0' } }),
      'pattern',
    ],
    [
      'Capillary id alone: nothing to update (1643)',
      capillary.validateRequestBody('updateUserGroup', { id: '51334' }),
      'anyOf',
    ],
    [
      'Capillary id with an empty extendedFields: nothing to update',
      capillary.validateRequestBody('updateUserGroup', { id: '51334', extendedFields: {} }),
      'minProperties',
    ],
    [
      'Capillary legacy PUT sample, with its empty externalId (x-doc-conflicts "Empty externalId")',
      capillary.validateRequestBody('updateUserGroup', {
        id: '2361',
        externalId: '',
        groupName: 'newName2',
        maxGroupSize: 1110,
      }),
      'minLength',
    ],
    [
      'Capillary extendedFields as an array',
      capillary.validateRequestBody('updateUserGroup', { id: 1, extendedFields: [{ platinum: '35' }] }),
      'type',
    ],
    ['Capillary id ../1', capillary.validateRequestBody('updateUserGroup', { id: '../1' }), 'pattern'],
    [
      'Xtrakit 500 with neither error nor message',
      xtrakit.validateResponse('updateCustomerGroup', 500, { status: 500 }),
      'anyOf',
    ],
    [
      'Capillary OAuth token body without secret',
      capillary.validateRequestBody('generateOAuthToken', { key: 'k' }),
      'required',
    ],
  ])('%s', (_title, result, keyword) => {
    expect(result.valid).toBe(false);
    expect(keywords(result)).toContain(keyword);
  });
});

describe('spec metadata', () => {
  it('both specs are OpenAPI 3.1.0 with the documented servers', () => {
    const x = loadSpec('xtrakit');
    const c = loadSpec('capillary');
    expect(x.openapi).toBe('3.1.0');
    expect(c.openapi).toBe('3.1.0');
    expect(x.servers?.map((s) => s.url)).toEqual(['https://api.xtrakit.com']);
    expect(x.servers?.[0]?.description).toContain('app.xtrakit.com');
    expect(c.servers?.[0]?.url).toBe('https://{host}');
    const hostEnum = (c.servers?.[0]?.variables as { host?: { enum: string[] } } | undefined)?.host?.enum;
    for (const host of ['eu.api', 'apac.api', 'apac2.api', 'us.api', 'ushc.api', 'sea.api']) {
      expect(hostEnum).toContain(`${host}.capillarytech.com`);
    }
  });

  it('validateResponse falls back to nothing for undocumented statuses and validates documented ones', () => {
    // An undocumented status is checked against the operation's `default` response.
    expect(capillary.validateResponse('updateUserGroup', 502, {}).valid).toBe(false);
    expect(
      capillary.validateResponse('updateUserGroup', 502, {
        errors: [{ status: false, code: 502, message: 'x' }],
      }),
    ).toEqual({ valid: true });
    expect(
      xtrakit.validateResponse('updateCustomerGroup', 504, { status: 504, error: 'Gateway Timeout' }),
    ).toEqual({
      valid: true,
    });
    expect(
      capillary.validateResponse('updateUserGroup', 400, {
        errors: [{ status: false, code: 1632, message: 'x' }],
        warnings: [],
      }),
    ).toEqual({ valid: true });
  });

  it('lists the documented Capillary error and warning codes', () => {
    const codes = errorCodes('capillary');
    expect(codes.map((c) => c.code)).toEqual(
      expect.arrayContaining([1632, 1639, 1640, 1643, 1645, 8015, 91016, 91017]),
    );
    expect(codes.find((c) => c.code === 91016)?.kind).toBe('warning');
    expect(codes.find((c) => c.code === 1632)?.kind).toBe('error');
  });

  it.each(['xtrakit', 'capillary'] as const)(
    'every %s doc conflict says what the docs say and what was chosen',
    (v) => {
      const conflicts = docConflicts(v);
      expect(conflicts.length).toBeGreaterThanOrEqual(5);
      for (const c of conflicts) {
        expect(c.topic.length).toBeGreaterThan(3);
        expect(c.docs.length).toBeGreaterThan(10);
        expect(c.choice.length).toBeGreaterThan(10);
      }
    },
  );

  it('every operation of both specs is known to its validator', () => {
    expect(xtrakit.operations().sort()).toEqual(
      ['addCustomerGroup', 'getCustomerGroup', 'listCustomerGroups', 'updateCustomerGroup'].sort(),
    );
    expect(capillary.operations().sort()).toEqual(
      ['addUserGroup', 'generateOAuthToken', 'getUserGroup', 'updateUserGroup'].sort(),
    );
  });
});
