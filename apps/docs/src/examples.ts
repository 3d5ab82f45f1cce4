// The worked examples: the only hand-written requests in the docs. Each one is executed against the
// sandboxes by `pnpm run docs`, which records what happened in examples/<id>.json; a test re-runs them
// and fails when the recording no longer matches what the gateway and the vendors really do.
import type { FaultRule } from '@loyalty-gateway/sandboxes';
import { CAPILLARY_SANDBOX_CREDENTIALS, XTRAKIT_SANDBOX_API_KEY } from '@loyalty-gateway/sandboxes';

/** How the gateway holds vendor credentials while an example runs. */
export type CredentialSetup =
  /** Server-held: Xtrakit API key and Capillary Basic login from the gateway's environment. */
  | 'server'
  /** Server-held Capillary OAuth client: the gateway fetches and caches a token. */
  | 'oauth'
  /** Forwarded: each request brings the vendor credential in a header. */
  | 'forwarded';

/** One GraphQL request, run for real; what it produced is recorded, never written by hand. */
export interface WorkedExample {
  /** Stable id: the anchor on its page and the name of its recording (examples/<id>.json). */
  id: string;
  /** The Query or Mutation field it demonstrates. */
  field: 'updateCustomerGroup' | 'customerGroup' | 'updateUserGroup' | 'userGroup';
  title: string;
  /** One or two sentences: why a reader would look at this one. */
  summary: string;
  credentials: CredentialSetup;
  document: string;
  /** Inputs travel as variables, so the docs can check the field mapping against the wire. */
  variables: Record<string, unknown>;
  /** Request headers besides content-type (forwarded credentials). */
  headers?: Record<string, string>;
  /** Sandbox misbehaviour injected for this example only. */
  faults?: Array<{ vendor: 'xtrakit' | 'capillary'; rule: FaultRule }>;
}

const UPDATE_CUSTOMER_GROUP = `mutation UpdateCustomerGroup($input: UpdateCustomerGroupInput!) {
  updateCustomerGroup(input: $input) {
    outcome
    settledBy
    attempts
    customerGroup { id name description updatedAt }
    userErrors { code field message vendorCode retryAfterSeconds }
  }
}`;

const CUSTOMER_GROUP = `query CustomerGroup($id: ID!) {
  customerGroup(id: $id) { id name description createdAt updatedAt }
}`;

const UPDATE_USER_GROUP = `mutation UpdateUserGroup($input: UpdateUserGroupInput!) {
  updateUserGroup(input: $input) {
    outcome
    settledBy
    attempts
    userGroup { id externalId name maxGroupSize extendedFields { name value } }
    warnings { code message }
    userErrors { code field message vendorCode retryAfterSeconds }
  }
}`;

const USER_GROUP = `query UserGroup($ref: UserGroupRef!) {
  userGroup(ref: $ref) { id externalId name maxGroupSize extendedFields { name value } }
}`;

const capillaryBasic = Buffer.from(
  `${CAPILLARY_SANDBOX_CREDENTIALS.username}:${CAPILLARY_SANDBOX_CREDENTIALS.password}`,
).toString('base64');

export const EXAMPLES: readonly WorkedExample[] = [
  {
    id: 'update-customer-group',
    field: 'updateCustomerGroup',
    title: 'Rename a group and change its description',
    summary:
      'Both fields are given, so both reach Xtrakit; the payload carries the group as Xtrakit returned it.',
    credentials: 'server',
    document: UPDATE_CUSTOMER_GROUP,
    variables: {
      input: { id: '1', name: 'Premium Customers', description: 'Spent over $1000 in the last year' },
    },
  },
  {
    id: 'update-customer-group-keep-description',
    field: 'updateCustomerGroup',
    title: 'Rename only: an omitted description is not sent',
    summary:
      'Without `description` the body carries `group_name` alone and Xtrakit keeps the current description.',
    credentials: 'server',
    document: UPDATE_CUSTOMER_GROUP,
    variables: { input: { id: '2', name: 'Weekly Newsletter' } },
  },
  {
    id: 'update-customer-group-invalid-id',
    field: 'updateCustomerGroup',
    title: 'An id that is not a number never leaves the gateway',
    summary:
      'The id is checked against the spec (1 to 19 digits) before anything is sent: `INVALID_INPUT`, `NOT_APPLIED`, no request to Xtrakit.',
    credentials: 'server',
    document: UPDATE_CUSTOMER_GROUP,
    variables: { input: { id: '1/../2', name: 'Premium Customers' } },
  },
  {
    id: 'update-customer-group-retried-503',
    field: 'updateCustomerGroup',
    title: 'A 503 is retried, because it means "not processed"',
    summary:
      'Xtrakit answers the first attempt with 503; the client waits and sends the same PUT again, which is applied. Two requests reach Xtrakit.',
    credentials: 'server',
    document: UPDATE_CUSTOMER_GROUP,
    variables: { input: { id: '1', name: 'Premium Customers' } },
    faults: [{ vendor: 'xtrakit', rule: { fault: { kind: 'status', status: 503 }, times: 1 } }],
  },
  {
    id: 'update-customer-group-settled-502',
    field: 'updateCustomerGroup',
    title: 'A 502 after the write is settled by reading the group back',
    summary:
      'Xtrakit applies the PUT, then answers 502. The answer proves nothing either way, so the gateway reads the group back (`GET`), finds every asked value, and answers `APPLIED` with `settledBy: READ_BACK`: one write, one read.',
    credentials: 'server',
    document: UPDATE_CUSTOMER_GROUP,
    variables: { input: { id: '1', name: 'Premium Customers (settled)' } },
    faults: [
      {
        vendor: 'xtrakit',
        rule: {
          fault: { kind: 'status', status: 502, applyWrite: true },
          times: 1,
          match: { operationId: 'updateCustomerGroup' },
        },
      },
    ],
  },
  {
    id: 'update-customer-group-forwarded',
    field: 'updateCustomerGroup',
    title: "Forwarded credentials: the caller's Xtrakit key",
    summary:
      'With `XTRAKIT_CREDENTIALS=forwarded` the gateway holds no key; the `X-Xtrakit-Api-Key` header of each request becomes the Bearer token sent to Xtrakit.',
    credentials: 'forwarded',
    document: UPDATE_CUSTOMER_GROUP,
    variables: { input: { id: '1', name: 'Premium Customers' } },
    headers: { 'X-Xtrakit-Api-Key': XTRAKIT_SANDBOX_API_KEY },
  },
  {
    id: 'customer-group',
    field: 'customerGroup',
    title: 'Read a group back',
    summary:
      'The read the gateway makes itself to settle an unclear answer; use it after an `UNKNOWN`, before deciding to retry.',
    credentials: 'server',
    document: CUSTOMER_GROUP,
    variables: { id: '1' },
  },
  {
    id: 'customer-group-missing',
    field: 'customerGroup',
    title: 'A group that does not exist is null',
    summary: 'Xtrakit answers 404; the query answers `null` rather than an error.',
    credentials: 'server',
    document: CUSTOMER_GROUP,
    variables: { id: '999' },
  },
  {
    id: 'update-user-group',
    field: 'updateUserGroup',
    title: 'Change the member cap and an extended field',
    summary:
      'The shape of the vendor\'s own sample request: `extendedFields`, a list of name/value pairs in GraphQL, becomes an object in the body; Capillary stores `"40"` as the number 40 (an integer field).',
    credentials: 'server',
    document: UPDATE_USER_GROUP,
    variables: {
      input: {
        group: { id: '51334' },
        maxGroupSize: 120,
        extendedFields: [{ name: 'platinum', value: '40' }],
      },
    },
  },
  {
    id: 'update-user-group-warning',
    field: 'updateUserGroup',
    title: 'An unknown extended field: applied with a warning',
    summary:
      'By `externalId`, with a new name and an extended field the org has not defined: Capillary applies the rest and warns 91016, so the outcome is `APPLIED_WITH_WARNINGS`.',
    credentials: 'server',
    document: UPDATE_USER_GROUP,
    variables: {
      input: {
        group: { externalId: 'uat_ug_10_txn' },
        name: 'uatUserGroup10Transactions',
        extendedFields: [{ name: 'gender', value: 'F' }],
      },
    },
  },
  {
    id: 'update-user-group-settled-retry',
    field: 'updateUserGroup',
    title: 'A 500 before the write: read back, proven not applied, sent once more',
    summary:
      'Capillary answers the PUT with a complete 500 before acting. The gateway reads the group back (`GET`), sees the old values, so the change was not applied and is safe to send again: it sends it once more (`SETTLE_RETRY`), which is applied. `settledBy: READ_BACK`, `attempts: 2`; the extended field is compared as Capillary stores it (`"41"` is the integer 41).',
    credentials: 'server',
    document: UPDATE_USER_GROUP,
    variables: {
      input: {
        group: { id: '51334' },
        name: 'natwest14 gold',
        extendedFields: [{ name: 'platinum', value: '41' }],
      },
    },
    faults: [
      {
        vendor: 'capillary',
        rule: { fault: { kind: 'status', status: 500 }, times: 1, match: { operationId: 'updateUserGroup' } },
      },
    ],
  },
  {
    id: 'update-user-group-not-found',
    field: 'updateUserGroup',
    title: 'An unknown group: Capillary error 1632',
    summary:
      'Capillary refuses with code 1632; it becomes `NOT_FOUND` with `vendorCode` 1632, nothing changed.',
    credentials: 'server',
    document: UPDATE_USER_GROUP,
    variables: { input: { group: { id: '99999' }, maxGroupSize: 10 } },
  },
  {
    id: 'update-user-group-invalid-size',
    field: 'updateUserGroup',
    title: 'A member cap above the product limit never leaves the gateway',
    summary:
      "The body is checked against the org's cap (the Capillary client's `maxGroupSize` option, 30000 by default) before sending: `INVALID_INPUT` on `input.maxGroupSize`, no request to Capillary.",
    credentials: 'server',
    document: UPDATE_USER_GROUP,
    variables: { input: { group: { id: '51334' }, maxGroupSize: 40000 } },
  },
  {
    id: 'update-user-group-oauth',
    field: 'updateUserGroup',
    title: 'OAuth: one token request, then the update',
    summary:
      'With `CAPILLARY_OAUTH_KEY`/`CAPILLARY_OAUTH_SECRET` the gateway first exchanges them for a token, caches it, and sends it as `X-CAP-API-OAUTH-TOKEN`.',
    credentials: 'oauth',
    document: UPDATE_USER_GROUP,
    variables: { input: { group: { externalId: 'natwest14' }, name: 'NatWest household' } },
  },
  {
    id: 'update-user-group-forwarded',
    field: 'updateUserGroup',
    title: "Forwarded credentials: the caller's Capillary login",
    summary:
      'With `CAPILLARY_CREDENTIALS=forwarded`, `X-Capillary-Basic` carries base64 `till:password`; the gateway sends Capillary its Basic form with the md5 of the password.',
    credentials: 'forwarded',
    document: UPDATE_USER_GROUP,
    variables: { input: { group: { id: '51334' }, name: 'natwest14' } },
    headers: { 'X-Capillary-Basic': capillaryBasic },
  },
  {
    id: 'user-group',
    field: 'userGroup',
    title: 'Read a group back by externalId',
    summary: 'The read to use after an `UNKNOWN` outcome, by the id your system keeps.',
    credentials: 'server',
    document: USER_GROUP,
    variables: { ref: { externalId: 'natwest14' } },
  },
  {
    id: 'user-group-by-id',
    field: 'userGroup',
    title: 'Read a group back by id',
    summary: 'The same read by Capillary `id`, which travels as the `id` query parameter.',
    credentials: 'server',
    document: USER_GROUP,
    variables: { ref: { id: '3962909' } },
  },
];
