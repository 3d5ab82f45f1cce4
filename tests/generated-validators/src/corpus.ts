import type { OpenApiDocument } from '@loyalty-gateway/specs';

type Json = Record<string, unknown>;

/** One operation's inputs to validate both ways: bodies, parameter sets and responses. */
export interface OperationCorpus {
  operationId: string;
  bodies: unknown[];
  parameters: Array<{ path?: Record<string, string>; query?: Record<string, string> }>;
  responses: Array<{ status: number; body: unknown }>;
}

// Raw parameter strings: ids with separators, numbers as strings, bounds of int64, dates, junk.
const RAW_PARAMETERS = [
  '1',
  '0',
  '-1',
  '1.5',
  '1e3',
  '00012',
  '42',
  '9007199254740993',
  '9223372036854775807',
  '9223372036854775808',
  '12345678901234567890',
  '',
  ' 1',
  '12/34',
  '12%2F34',
  '../1',
  '1,2',
  '12;34',
  '12?x=1',
  '12#frag',
  '12 34',
  'abc',
  'true',
  'false',
  'null',
  '2024-08-01',
  '2024-08-01 00:00:00',
  '2024-08-01T00:00:00Z',
  'x'.repeat(256),
];

/** Every input of the corpus, per operation of the spec (examples plus mutations of them). */
export function buildCorpus(doc: OpenApiDocument): OperationCorpus[] {
  const bounds = collectBounds(doc.components ?? {});
  const replacements = replacementValues(bounds);
  const out: OperationCorpus[] = [];
  for (const item of Object.values(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (method === 'parameters' || typeof op !== 'object' || op === null) continue;
      const operation = op as Json;
      const requestBody = resolve(doc, operation.requestBody);
      const baseBodies = examplesOf(doc, requestBody);
      const bodies: unknown[] = [undefined, null, {}, [], 'text', 0, true];
      for (const base of baseBodies) bodies.push(base, ...mutations(base, replacements));

      const params = [
        ...((item.parameters as unknown[] | undefined) ?? []),
        ...((operation.parameters as unknown[] | undefined) ?? []),
      ].map((p) => resolve(doc, p) as { in: string; name: string; example?: unknown });
      const parameters: OperationCorpus['parameters'] = [{}, { path: {}, query: {} }];
      const valid: { path: Record<string, string>; query: Record<string, string> } = { path: {}, query: {} };
      for (const p of params) {
        if (p.in !== 'path' && p.in !== 'query') continue;
        if (p.example !== undefined) valid[p.in][p.name] = String(p.example);
      }
      parameters.push(valid);
      for (const p of params) {
        if (p.in !== 'path' && p.in !== 'query') continue;
        for (const raw of RAW_PARAMETERS) {
          parameters.push({ [p.in]: { [p.name]: raw } });
          parameters.push({ ...valid, [p.in]: { ...valid[p.in], [p.name]: raw } });
        }
      }

      const responses: OperationCorpus['responses'] = [];
      const statuses = Object.keys((operation.responses ?? {}) as Json).filter((s) => s !== 'default');
      for (const [key, response] of Object.entries((operation.responses ?? {}) as Json)) {
        const status = key === 'default' ? 599 : Number(key);
        const examples = examplesOf(doc, resolve(doc, response));
        for (const body of [undefined, '', null, {}, ...examples]) responses.push({ status, body });
        for (const example of examples)
          for (const body of mutations(example, replacements).slice(0, 200)) responses.push({ status, body });
      }
      // Undocumented statuses: the default response, or an issue when there is none.
      for (const status of [299, 418]) responses.push({ status, body: {} });
      if (statuses.length === 0) responses.push({ status: 200, body: {} });

      out.push({ operationId: String(operation.operationId), bodies, parameters, responses });
    }
  }
  return out;
}

/** The `example` and every `examples.*.value` of a request body or response's JSON media, and of its schema. */
function examplesOf(doc: OpenApiDocument, holder: Json | undefined): unknown[] {
  const media = (holder?.content as Record<string, Json> | undefined)?.['application/json'];
  if (!media) return [];
  const out: unknown[] = [];
  const collect = (container: Json | undefined) => {
    if (!container) return;
    if ('example' in container) out.push(container.example);
    if (container.examples && typeof container.examples === 'object') {
      for (const example of Object.values(container.examples as Record<string, unknown>)) {
        const value = resolve(doc, example);
        if (Array.isArray(container.examples)) out.push(example);
        else if (value && 'value' in value) out.push(value.value);
      }
    }
  };
  collect(media);
  collect(resolve(doc, media.schema));
  return out;
}

/** Every length, numeric and item-count bound written anywhere in the components. */
function collectBounds(value: unknown, bounds = { lengths: new Set<number>(), numbers: new Set<number>() }) {
  if (Array.isArray(value)) for (const v of value) collectBounds(v, bounds);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'number' && ['maxLength', 'minLength', 'maxItems', 'minItems'].includes(key))
        bounds.lengths.add(v);
      if (
        typeof v === 'number' &&
        ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].includes(key)
      )
        bounds.numbers.add(v);
      collectBounds(v, bounds);
    }
  }
  return bounds;
}

/** Values to put in place of any field: wrong types, boundary numbers, too long and astral strings, bad formats. */
function replacementValues(bounds: { lengths: Set<number>; numbers: Set<number> }): unknown[] {
  const values: unknown[] = [
    null,
    true,
    false,
    0,
    -1,
    1,
    1.5,
    2 ** 53 + 2,
    // Past int64: Capillary's group id bound (its maxGroupSize has no maximum: the cap is per org).
    2 ** 64,
    '',
    'x',
    '12',
    [],
    {},
    ['x'],
    [1],
  ];
  values.push('not-a-date', '2024-08-01', '2024-08-01T00:00:00Z', '2024-13-45T99:99:99Z', 'a b/c?d#e');
  for (const n of [...bounds.lengths].sort((a, b) => a - b)) {
    for (const length of [n - 1, n, n + 1]) {
      if (length < 0 || length > 5000) continue;
      values.push('a'.repeat(length), '😀'.repeat(length));
      if (length <= 50) values.push(Array.from({ length }, (_, i) => String(i)));
    }
  }
  for (const n of [...bounds.numbers].sort((a, b) => a - b)) values.push(n - 1, n - 0.5, n, n + 1, String(n));
  return values;
}

/** The value with one change each: a field replaced, a field removed, an unexpected field added. */
function mutations(base: unknown, replacements: unknown[]): unknown[] {
  const out: unknown[] = [];
  const visit = (value: unknown, rebuild: (next: unknown) => unknown) => {
    if (Array.isArray(value)) {
      out.push(rebuild([...value, value[0] ?? 'extra']), rebuild([]));
      value.forEach((item, i) => {
        visit(item, (next) => rebuild(value.map((v, j) => (j === i ? next : v))));
      });
      return;
    }
    if (value && typeof value === 'object') {
      const object = value as Json;
      out.push(rebuild({ ...object, unexpectedField: 'x' }));
      for (const key of Object.keys(object)) {
        const { [key]: _removed, ...rest } = object;
        out.push(rebuild(rest));
        for (const replacement of replacements) out.push(rebuild({ ...object, [key]: replacement }));
        visit(object[key], (next) => rebuild({ ...object, [key]: next }));
      }
    }
  };
  visit(base, (next) => next);
  return out;
}

function resolve(doc: OpenApiDocument, value: unknown): Json | undefined {
  let current = value as Json | undefined;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    let target: unknown = doc;
    for (const part of (current.$ref as string).replace(/^#\//, '').split('/'))
      target = (target as Json)[part];
    current = target as Json | undefined;
  }
  return current;
}
