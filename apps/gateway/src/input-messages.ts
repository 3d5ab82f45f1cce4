// The words of an input refused before the wire. The clients report what broke as a spec issue
// (keyword + parameters, e.g. `maxLength {limit: 50}`) on a vendor field (`body.groupName`); the
// mapping tables (mapping.ts) say which GraphQL input that field came from; this module words the
// two together as GraphQL users see it: `input.name must be at most 50 characters`. Never the vendor
// field or the validator's own wording (`body.groupName must NOT have more than 50 characters`).
import type { InputIssue } from '@loyalty-gateway/http-runtime';
import type { FieldMapping } from './mapping.js';

/** Forwarded credentials are no GraphQL input: they are named by the header they came in. */
const CREDENTIAL_FIELDS: Readonly<Record<string, string>> = {
  apiKey: 'the X-Xtrakit-Api-Key header',
  'auth.username': 'the X-Capillary-Basic username',
  'auth.password': 'the X-Capillary-Basic password',
  'auth.accessToken': 'the X-Capillary-Token header',
};

type Params = Readonly<Record<string, unknown>>;
const limitOf = (params: Params) => (typeof params.limit === 'number' ? params.limit : null);

/** What a keyword says about a value, or null when the keyword has no wording of its own here. */
function wording(issue: InputIssue): string | null {
  const limit = limitOf(issue.params);
  switch (issue.keyword) {
    case 'maxLength':
      return limit === null ? null : `must be at most ${limit} characters`;
    case 'minLength':
      return limit === 1
        ? 'must not be empty'
        : limit === null
          ? null
          : `must be at least ${limit} characters`;
    case 'maximum':
      return limit === null ? null : `must be at most ${limit}`;
    case 'minimum':
      return limit === null ? null : `must be at least ${limit}`;
    case 'exclusiveMinimum':
      return limit === null ? null : `must be more than ${limit}`;
    case 'groupSizeCap':
      return limit === null
        ? null
        : `must be at most ${limit}, the org's group size cap (CAPILLARY_MAX_GROUP_SIZE); Capillary would answer 1639`;
    case 'required':
      return 'is required';
    case 'wellFormed':
      return 'must be well-formed Unicode text (it holds an unpaired surrogate)';
    case 'headerValue':
      return 'contains characters not allowed in an HTTP header';
    case 'enum':
      return Array.isArray(issue.params.allowedValues)
        ? `must be one of ${issue.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : null;
    default:
      return null;
  }
}

/**
 * The message of an input refused before the wire. `path` is the GraphQL input path the mapping
 * gave (`['input', 'name']`), `vendorField` the client's field (for credentials, which have no
 * GraphQL path), `row` the mapping row of that field (its `format` words pattern and type issues).
 */
export function refusedInputMessage(
  path: readonly string[] | null,
  vendorField: string | null,
  issue: InputIssue | null,
  row: FieldMapping | undefined,
): string {
  const subject =
    path && path.length > 0
      ? path.join('.')
      : ((vendorField && CREDENTIAL_FIELDS[vendorField]) ?? 'the input');
  if (issue?.keyword === 'nothingToUpdate')
    return `${subject} changes nothing: give name, maxGroupSize or a non-empty extendedFields`;
  const specific = issue ? wording(issue) : null;
  const byKeyword = issue?.keyword === 'wellFormed' || issue?.keyword === 'required' ? specific : null;
  const text =
    byKeyword ?? (row?.format ? `must be ${row.format}` : specific) ?? 'is not valid for the vendor API';
  return `${subject} ${text}`;
}
