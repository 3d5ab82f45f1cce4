// Read-only views of the OpenAPI specs that the pages need: operations by id, resolved responses and
// their examples, request-body schemas and security schemes.
import { loadSpec, type OpenApiDocument, type VendorName } from '@loyalty-gateway/specs';

export type JsonObject = Record<string, unknown>;

/** One operation of a spec. */
export interface SpecOperation {
  vendor: VendorName;
  operationId: string;
  method: string;
  path: string;
  summary: string;
  tags: string[];
  operation: JsonObject;
}

/** A documented response with one of its examples. */
export interface DocumentedAnswer {
  /** The response key: `200`, `400`, `default`. */
  key: string;
  description: string;
  /** Named example (`examples.<name>`), or null for a lone `example`. */
  exampleName: string | null;
  exampleSummary: string | null;
  body: unknown;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows a local `$ref` (`#/components/...`) once or more. */
export function resolveRef(doc: OpenApiDocument, value: unknown): unknown {
  let current = value;
  for (let depth = 0; depth < 10 && isObject(current) && typeof current.$ref === 'string'; depth++) {
    const ref = current.$ref as string;
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
    let target: unknown = doc;
    for (const part of ref.slice(2).split('/')) target = isObject(target) ? target[part] : undefined;
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
    current = target;
  }
  return current;
}

/** Every operation of a spec, in document order. */
export function specOperations(vendor: VendorName): SpecOperation[] {
  const doc = loadSpec(vendor);
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || typeof operation.operationId !== 'string') continue;
      out.push({
        vendor,
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        summary: typeof operation.summary === 'string' ? operation.summary : operation.operationId,
        tags: Array.isArray(operation.tags) ? operation.tags.map(String) : [],
        operation,
      });
    }
  }
  return out;
}

/** The operation with this id in either spec. */
export function findOperation(operationId: string): SpecOperation {
  for (const vendor of ['xtrakit', 'capillary'] as const) {
    const found = specOperations(vendor).find((op) => op.operationId === operationId);
    if (found) return found;
  }
  throw new Error(`no operation ${operationId} in specs/`);
}

/** Every documented response of an operation, one entry per example (in document order). */
export function documentedAnswers(op: SpecOperation): DocumentedAnswer[] {
  const doc = loadSpec(op.vendor);
  const responses = isObject(op.operation.responses) ? op.operation.responses : {};
  const out: DocumentedAnswer[] = [];
  for (const [key, raw] of Object.entries(responses)) {
    const response = resolveRef(doc, raw) as JsonObject;
    const description = typeof response.description === 'string' ? response.description : '';
    const content = isObject(response.content) ? response.content : {};
    const json = content['application/json'];
    if (!isObject(json)) continue;
    if ('example' in json) {
      out.push({ key, description, exampleName: null, exampleSummary: null, body: json.example });
    }
    if (isObject(json.examples)) {
      for (const [name, example] of Object.entries(json.examples)) {
        const resolved = resolveRef(doc, example) as JsonObject;
        out.push({
          key,
          description,
          exampleName: name,
          exampleSummary: typeof resolved.summary === 'string' ? resolved.summary : null,
          body: resolved.value,
        });
      }
    }
  }
  return out;
}

/** The names of the security schemes an operation accepts (any one of them). */
export function operationSecurity(op: SpecOperation): string[] {
  const doc = loadSpec(op.vendor);
  const requirements = (op.operation.security ??
    (doc as unknown as JsonObject).security ??
    []) as JsonObject[];
  return requirements.flatMap((requirement) => Object.keys(requirement));
}

/** A security scheme as declared in `components.securitySchemes`. */
export interface SecurityScheme {
  name: string;
  type: string;
  scheme?: string;
  in?: string;
  headerName?: string;
  description: string;
}

export function securityScheme(vendor: VendorName, name: string): SecurityScheme {
  const raw = loadSpec(vendor).components?.securitySchemes?.[name];
  if (!isObject(raw)) throw new Error(`no security scheme ${name} in specs/${vendor}.yaml`);
  return {
    name,
    type: String(raw.type),
    ...(typeof raw.scheme === 'string' ? { scheme: raw.scheme } : {}),
    ...(typeof raw.in === 'string' ? { in: raw.in } : {}),
    ...(typeof raw.name === 'string' ? { headerName: raw.name } : {}),
    description: typeof raw.description === 'string' ? raw.description : '',
  };
}

/** The header line a scheme puts on a request, with a placeholder for the credential. */
export function authHeaderLine(scheme: SecurityScheme): string {
  if (scheme.type === 'http' && scheme.scheme === 'bearer') return 'Authorization: Bearer ‹token›';
  if (scheme.type === 'http' && scheme.scheme === 'basic') return 'Authorization: Basic ‹credential›';
  if (scheme.type === 'apiKey' && scheme.in === 'header') return `${scheme.headerName}: ‹token›`;
  return `(${scheme.type})`;
}

/** The path template's parameters matched against a concrete path (`/a/{id}` + `/a/7` -> {id: '7'}). */
export function matchPath(template: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
  const match = new RegExp(`^${pattern}$`).exec(path);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
}

/** The schema of a JSON request body property (`body.groupName`), resolved; null when undeclared. */
export function bodyPropertySchema(op: SpecOperation, property: string): JsonObject | null {
  const doc = loadSpec(op.vendor);
  const body = resolveRef(doc, op.operation.requestBody) as JsonObject | undefined;
  const content = isObject(body?.content) ? body.content : {};
  const json = content['application/json'];
  if (!isObject(json)) return null;
  const prop = propertiesOf(doc, json.schema)[property];
  return prop === undefined ? null : (resolveRef(doc, prop) as JsonObject);
}

/** The properties of an object schema, including those its `allOf` parts declare. */
function propertiesOf(doc: OpenApiDocument, raw: unknown): JsonObject {
  const schema = resolveRef(doc, raw) as JsonObject;
  const own = isObject(schema.properties) ? schema.properties : {};
  const inherited = Array.isArray(schema.allOf) ? schema.allOf.map((part) => propertiesOf(doc, part)) : [];
  return Object.assign({}, ...inherited, own) as JsonObject;
}

/** The schema of a path or query parameter, resolved; null when undeclared. */
export function parameterSchema(op: SpecOperation, where: 'path' | 'query', name: string): JsonObject | null {
  const doc = loadSpec(op.vendor);
  const item = doc.paths[op.path] ?? {};
  const params = [
    ...((Array.isArray(item.parameters) ? item.parameters : []) as unknown[]),
    ...((Array.isArray(op.operation.parameters) ? op.operation.parameters : []) as unknown[]),
  ].map((p) => resolveRef(doc, p) as JsonObject);
  const param = params.find((p) => p.in === where && p.name === name);
  return param && isObject(param.schema) ? (resolveRef(doc, param.schema) as JsonObject) : null;
}

/** The JSON Schema constraints worth showing, in words (`string, 1-50 chars`, `integer 1..30000`). */
export function describeSchema(schema: JsonObject | null): string {
  if (!schema) return 'not in the spec';
  const parts: string[] = [];
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (typeof type === 'string') parts.push(type);
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const alternatives = (schema.anyOf ?? schema.oneOf) as JsonObject[];
    parts.push(alternatives.map((s) => describeSchema(s)).join(' or '));
  }
  const { minLength, maxLength, minimum, maximum } = schema as Record<string, number | undefined>;
  if (minLength !== undefined && maxLength !== undefined) parts.push(`${minLength}–${maxLength} characters`);
  else if (maxLength !== undefined) parts.push(`at most ${maxLength} characters`);
  else if (minLength !== undefined)
    parts.push(minLength === 1 ? 'not empty' : `at least ${minLength} characters`);
  if (minimum !== undefined && maximum !== undefined) parts.push(`${minimum} to ${maximum}`);
  else if (minimum !== undefined) parts.push(`at least ${minimum}`);
  else if (maximum !== undefined) parts.push(`at most ${maximum}`);
  if (typeof schema.pattern === 'string') parts.push(`pattern \`${schema.pattern}\``);
  if (isObject(schema.additionalProperties)) {
    parts.push(`values: ${describeSchema(schema.additionalProperties)}`);
  }
  return parts.join(', ') || 'any';
}
