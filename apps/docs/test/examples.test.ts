// The worked examples and vendor-answer tables the docs show are what really happens: everything is
// run again against the sandboxes and a real gateway, and compared with the committed recordings.
import { CAPILLARY_SANDBOX_CREDENTIALS, XTRAKIT_SANDBOX_API_KEY } from '@loyalty-gateway/sandboxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../src/examples.js';
import { mutationMapping, observedMapping } from '../src/field-mapping.js';
import {
  primaryOperationId,
  type Recordings,
  readRecordingFiles,
  readRecordings,
  record,
  recordingFiles,
} from '../src/recordings.js';
import type { ExampleRecord } from '../src/run-examples.js';
import { findOperation } from '../src/spec-model.js';

let fresh: Recordings;

beforeAll(async () => {
  fresh = await record();
}, 60_000);

describe('recordings (examples/*.json)', () => {
  it('exist for exactly the worked examples, plus the vendor-answer tables', () => {
    const expected = [...EXAMPLES.map((e) => `${e.id}.json`), 'vendor-answers.json'].sort();
    expect(
      [...readRecordingFiles().keys()].sort(),
      'run `pnpm run docs` and commit apps/docs/examples/',
    ).toEqual(expected);
  });

  it('match what the gateway and the sandboxes do now', () => {
    const committed = readRecordingFiles();
    for (const [name, text] of recordingFiles(fresh)) {
      expect(
        committed.get(name),
        `apps/docs/examples/${name} differs from what really happens now: run \`pnpm run docs\` and commit the result`,
      ).toBe(text);
    }
  });

  it('show no credential, in any form', () => {
    const { username, password, oauthKey, oauthSecret } = CAPILLARY_SANDBOX_CREDENTIALS;
    const secrets = [
      XTRAKIT_SANDBOX_API_KEY,
      password,
      oauthKey,
      oauthSecret,
      Buffer.from(`${username}:${password}`).toString('base64'),
    ];
    for (const [name, text] of readRecordingFiles()) {
      for (const secret of secrets) expect(text.includes(secret), `${name} shows a credential`).toBe(false);
    }
  });
});

describe('worked examples', () => {
  const byId = (id: string) => fresh.examples.find((e) => e.id === id) as ExampleRecord;

  it('every query and mutation has one that reaches its vendor', () => {
    for (const field of ['updateCustomerGroup', 'customerGroup', 'updateUserGroup', 'userGroup']) {
      expect(() => primaryOperationId(field, fresh.examples)).not.toThrow();
    }
  });

  it('an input refused by the spec sends nothing', () => {
    expect(byId('update-customer-group-invalid-id').vendorRequests).toEqual([]);
    expect(byId('update-user-group-invalid-size').vendorRequests).toEqual([]);
  });

  it('a retried 503 shows both requests that reached Xtrakit', () => {
    const requests = byId('update-customer-group-retried-503').vendorRequests;
    expect(requests.map((r) => [r.status, r.fault])).toEqual([
      [503, 'status'],
      [200, null],
    ]);
  });

  it('OAuth shows the token request before the update', () => {
    expect(byId('update-user-group-oauth').vendorRequests.map((r) => [r.operationId, r.auth])).toEqual([
      ['generateOAuthToken', 'none'],
      ['updateUserGroup', 'oauth'],
    ]);
  });
});

describe('field mapping check', () => {
  it('confirms every row of both mutation tables and finds the query arguments on the wire', () => {
    const committed = readRecordings();
    for (const field of ['updateCustomerGroup', 'updateUserGroup']) {
      const rows = mutationMapping(
        field,
        findOperation(primaryOperationId(field, committed.examples)),
        committed.examples,
      );
      for (const row of rows) expect(row.evidence.length, row.graphql).toBeGreaterThan(0);
    }
    const rows = observedMapping('userGroup', findOperation('getUserGroup'), committed.examples);
    expect(rows.map((r) => [r.graphql, r.vendor])).toContainEqual(['ref.externalId', 'query.externalId']);
  });

  it('fails when a request carries a value somewhere else than the table says', () => {
    const examples = structuredClone(readRecordings().examples);
    const tampered = examples.find((e) => e.id === 'update-customer-group') as ExampleRecord;
    const put = tampered.vendorRequests[0] as { body: Record<string, unknown> };
    put.body = { group_name: put.body.group_description, group_description: put.body.group_name };
    expect(() =>
      mutationMapping('updateCustomerGroup', findOperation('updateCustomerGroup'), examples),
    ).toThrow(/input\.name = .* but body\.group_name/);
  });

  it('fails when a request carries a field the table does not explain', () => {
    const examples = structuredClone(readRecordings().examples);
    const tampered = examples.find((e) => e.id === 'update-user-group') as ExampleRecord;
    (tampered.vendorRequests[0] as { body: Record<string, unknown> }).body.groupStatus = 'ACTIVE';
    expect(() => mutationMapping('updateUserGroup', findOperation('updateUserGroup'), examples)).toThrow(
      /body\.groupStatus reached the vendor but is not in the updateUserGroup mapping/,
    );
  });
});
