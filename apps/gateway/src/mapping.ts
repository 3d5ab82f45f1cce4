// How GraphQL input fields become vendor request fields. The resolvers build vendor bodies from
// these tables and the docs render them, so the two cannot drift apart.

/** One GraphQL input field and where it goes on the wire. */
export interface FieldMapping {
  /** Path in the GraphQL input, e.g. `name` or `group.id`. */
  graphql: string;
  /** Where it goes: `path.id` or `body.group_name`. */
  vendor: string;
  /** Whether an explicit null is accepted (the vendor documents no way to clear, so never). */
  nullable: false;
  note: string;
  /** What a valid value looks like, for refusals of its pattern or type: `must be <format>`. */
  format?: string;
}

const GROUP_ID_FORMAT = 'a group id: 1 to 19 digits, no leading zero';

export const UPDATE_CUSTOMER_GROUP_MAPPING = [
  {
    graphql: 'id',
    vendor: 'path.id',
    nullable: false,
    note: 'Digits, no leading zero; anything else is refused before the wire.',
    format: GROUP_ID_FORMAT,
  },
  { graphql: 'name', vendor: 'body.group_name', nullable: false, note: 'Required by Xtrakit.' },
  {
    graphql: 'description',
    vendor: 'body.group_description',
    nullable: false,
    note: 'Omitted: not sent, Xtrakit keeps the current description. Null: refused (the spec allows no null).',
  },
] as const satisfies readonly FieldMapping[];

export const UPDATE_USER_GROUP_MAPPING = [
  {
    graphql: 'group.id',
    vendor: 'body.id',
    nullable: false,
    note: 'Sent as a digit string, so ids beyond 2^53 stay exact.',
    format: GROUP_ID_FORMAT,
  },
  {
    graphql: 'group.externalId',
    vendor: 'body.externalId',
    nullable: false,
    note: 'Exactly one of group.id / group.externalId (@oneOf).',
  },
  { graphql: 'name', vendor: 'body.groupName', nullable: false, note: 'At most 50 characters.' },
  {
    graphql: 'maxGroupSize',
    vendor: 'body.maxGroupSize',
    nullable: false,
    note: "1 to the org's cap, CAPILLARY_MAX_GROUP_SIZE (default 30000).",
  },
  {
    graphql: 'extendedFields',
    vendor: 'body.extendedFields',
    nullable: false,
    note: 'A list of {name, value} becomes the object {name: value}; Capillary coerces each value to its field type.',
  },
] as const satisfies readonly FieldMapping[];

/** The GraphQL argument of a read and the vendor field it becomes (rendered nowhere; for messages). */
export const READ_CUSTOMER_GROUP_MAPPING = [
  { graphql: 'id', vendor: 'path.id', nullable: false, note: 'The group id.', format: GROUP_ID_FORMAT },
] as const satisfies readonly FieldMapping[];

export const READ_USER_GROUP_MAPPING = [
  { graphql: 'ref.id', vendor: 'query.id', nullable: false, note: 'The group id.', format: GROUP_ID_FORMAT },
  { graphql: 'ref.externalId', vendor: 'query.externalId', nullable: false, note: 'The externalId.' },
] as const satisfies readonly FieldMapping[];

/** The mapping row a vendor field reported by a client belongs to (`body.groupName`, `id`, `externalId`). */
export function mappingRowFor(
  mapping: readonly FieldMapping[],
  vendorField: string,
): FieldMapping | undefined {
  const normalised = normaliseField(mapping, vendorField);
  return mapping.find((m) => m.vendor === normalised || normalised.startsWith(`${m.vendor}.`));
}

// Clients name path and query parameters bare (`id`, `externalId`); the tables say where they travel.
function normaliseField(mapping: readonly FieldMapping[], vendorField: string): string {
  if (vendorField.includes('.')) return vendorField;
  const bare = mapping.find((m) => m.vendor === `path.${vendorField}` || m.vendor === `query.${vendorField}`);
  return bare ? bare.vendor : vendorField;
}

/**
 * The GraphQL path of a vendor field reported by a client (`body.groupName` -> [input, name]);
 * `root` is the argument the mapping's paths start from (`input` for mutations, none for reads).
 */
export function inputPathFor(
  mapping: readonly FieldMapping[],
  vendorField: string,
  root: string | null = 'input',
): string[] | null {
  const row = mappingRowFor(mapping, vendorField);
  const prefix = root === null ? [] : [root];
  if (row) return [...prefix, ...row.graphql.split('.')];
  return vendorField === 'body' && root !== null ? [root] : null;
}
