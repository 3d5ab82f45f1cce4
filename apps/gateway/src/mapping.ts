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
}

export const UPDATE_CUSTOMER_GROUP_MAPPING = [
  {
    graphql: 'id',
    vendor: 'path.id',
    nullable: false,
    note: 'Digits, no leading zero; anything else is refused before the wire.',
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

/** The GraphQL input path of a vendor field reported by a client (`body.groupName` -> [input, name]). */
export function inputPathFor(mapping: readonly FieldMapping[], vendorField: string): string[] | null {
  const normalised = vendorField === 'id' ? 'path.id' : vendorField;
  const exact = mapping.find((m) => m.vendor === normalised || normalised.startsWith(`${m.vendor}.`));
  return exact ? ['input', ...exact.graphql.split('.')] : vendorField === 'body' ? ['input'] : null;
}
