// The field mapping of each operation, checked against the wire. For mutations the table is the
// gateway's own exported mapping (the data its resolvers use); every row must be confirmed by a worked
// example whose REST request carries the value where the row says, or the build fails. For queries,
// which keep no such table, the mapping is read off the recorded requests themselves.
import {
  type FieldMapping,
  UPDATE_CUSTOMER_GROUP_MAPPING,
  UPDATE_USER_GROUP_MAPPING,
} from '@loyalty-gateway/gateway';
import type { ExampleRecord, RecordedRestRequest } from './run-examples.js';
import {
  bodyPropertySchema,
  describeSchema,
  matchPath,
  parameterSchema,
  type SpecOperation,
} from './spec-model.js';

/** The gateway's mapping table of each mutation, with the name it is exported under. */
export const MUTATION_MAPPINGS: Readonly<
  Record<string, { constant: string; rows: readonly FieldMapping[] }>
> = {
  updateCustomerGroup: { constant: 'UPDATE_CUSTOMER_GROUP_MAPPING', rows: UPDATE_CUSTOMER_GROUP_MAPPING },
  updateUserGroup: { constant: 'UPDATE_USER_GROUP_MAPPING', rows: UPDATE_USER_GROUP_MAPPING },
};

/** One row of a mapping table as the page shows it. */
export interface MappingRow {
  /** GraphQL path under the input or arguments (`input.group.id`, `ref.externalId`). */
  graphql: string;
  /** Where it travels (`path.id`, `body.groupName`, `query.externalId`). */
  vendor: string;
  /** The vendor-side constraint from the spec. */
  constraint: string;
  note: string;
  /** Ids of the worked examples whose requests show this row holding. */
  evidence: string[];
}

function valueAt(root: unknown, path: string): unknown {
  let current = root;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The value a request carries at `path.x`, `query.x` or `body.x.y`. */
export function vendorValue(op: SpecOperation, request: RecordedRestRequest, location: string): unknown {
  const [where, ...rest] = location.split('.');
  const name = rest.join('.');
  if (where === 'path') return matchPath(op.path, request.path)?.[name];
  if (where === 'query') return request.query[name];
  if (where === 'body') return valueAt(request.body, name);
  throw new Error(`unknown vendor location ${location}`);
}

function constraintOf(op: SpecOperation, location: string): string {
  const [where, name = ''] = location.split('.');
  if (where === 'body') return describeSchema(bodyPropertySchema(op, name));
  return describeSchema(parameterSchema(op, where === 'path' ? 'path' : 'query', name));
}

// What the gateway's documented transformations do to a GraphQL value on its way out: a list of
// {name, value} pairs becomes an object (extendedFields); an empty one is not sent.
function expectedOnWire(value: unknown): unknown {
  if (Array.isArray(value) && value.every((v) => v && typeof v === 'object' && 'name' in v && 'value' in v)) {
    if (value.length === 0) return undefined;
    return Object.fromEntries(value.map((v: { name: string; value: unknown }) => [v.name, v.value]));
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The requests of a field's examples that went to its REST operation. */
function requestsTo(field: string, op: SpecOperation, examples: readonly ExampleRecord[]) {
  return examples
    .filter((e) => e.field === field)
    .flatMap((e) =>
      e.vendorRequests
        .filter((r) => r.operationId === op.operationId)
        .map((request) => ({ example: e, request })),
    );
}

/** A mutation's mapping table, each row confirmed by the recorded requests; throws on any contradiction. */
export function mutationMapping(
  field: string,
  op: SpecOperation,
  examples: readonly ExampleRecord[],
): MappingRow[] {
  const mapping = MUTATION_MAPPINGS[field]?.rows;
  if (!mapping) throw new Error(`no exported mapping for mutation ${field}`);
  const sent = requestsTo(field, op, examples);
  const problems: string[] = [];
  const rows = mapping.map((entry) => {
    const evidence = new Set<string>();
    for (const { example, request } of sent) {
      const input = (example.request.body.variables as { input?: unknown }).input;
      const expected = expectedOnWire(valueAt(input, entry.graphql));
      const actual = vendorValue(op, request, entry.vendor);
      if (!same(expected, actual)) {
        problems.push(
          `${example.id}: input.${entry.graphql} = ${JSON.stringify(expected)} but ${entry.vendor} = ${JSON.stringify(actual)}`,
        );
      } else if (expected !== undefined) evidence.add(example.id);
    }
    if (evidence.size === 0)
      problems.push(`no worked example shows input.${entry.graphql} -> ${entry.vendor}`);
    return {
      graphql: `input.${entry.graphql}`,
      vendor: entry.vendor,
      constraint: constraintOf(op, entry.vendor),
      note: entry.note,
      evidence: [...evidence],
    };
  });
  // Nothing may reach the vendor that the table does not explain.
  for (const { example, request } of sent) {
    const body = request.body && typeof request.body === 'object' ? Object.keys(request.body) : [];
    for (const key of body) {
      if (!mapping.some((m) => m.vendor === `body.${key}`)) {
        problems.push(`${example.id}: body.${key} reached the vendor but is not in the ${field} mapping`);
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `the ${field} field mapping disagrees with the recorded requests:\n  ${problems.join('\n  ')}`,
    );
  }
  return rows;
}

function scalarLeaves(value: unknown, prefix: string): Array<[string, unknown]> {
  if (value === null || typeof value !== 'object') return [[prefix, value]];
  return Object.entries(value).flatMap(([key, v]) => scalarLeaves(v, prefix ? `${prefix}.${key}` : key));
}

function wireLeaves(op: SpecOperation, request: RecordedRestRequest): Array<[string, unknown]> {
  return [
    ...Object.entries(matchPath(op.path, request.path) ?? {}).map(([k, v]): [string, unknown] => [
      `path.${k}`,
      v,
    ]),
    ...Object.entries(request.query).map(([k, v]): [string, unknown] => [`query.${k}`, v]),
    ...scalarLeaves(request.body ?? null, '')
      .filter(([path]) => path !== '')
      .map(([path, v]): [string, unknown] => [`body.${path}`, v]),
  ];
}

/** A query's argument mapping, read off its recorded requests (each argument value found on the wire). */
export function observedMapping(
  field: string,
  op: SpecOperation,
  examples: readonly ExampleRecord[],
): MappingRow[] {
  const rows = new Map<string, MappingRow>();
  for (const { example, request } of requestsTo(field, op, examples)) {
    const wire = wireLeaves(op, request);
    for (const [path, value] of scalarLeaves(example.request.body.variables, '')) {
      for (const [location, sent] of wire) {
        if (String(sent) !== String(value)) continue;
        const key = `${path}->${location}`;
        const row = rows.get(key) ?? {
          graphql: path,
          vendor: location,
          constraint: constraintOf(op, location),
          note: '',
          evidence: [],
        };
        if (!row.evidence.includes(example.id)) row.evidence.push(example.id);
        rows.set(key, row);
      }
    }
  }
  if (rows.size === 0) throw new Error(`no argument of ${field} could be found in its recorded requests`);
  return [...rows.values()];
}
