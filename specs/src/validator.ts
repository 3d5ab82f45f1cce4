import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadSpec, type OpenApiDocument, type VendorName } from './load-spec.js';

/** One reason a value does not match its schema. */
export interface SchemaIssue {
  /** JSON pointer into the value, e.g. `/groupName` ('' for the root). */
  path: string;
  message: string;
  /** The JSON Schema keyword that failed, e.g. `maxLength`, `required`, `anyOf`. */
  keyword: string;
}

export type ValidationResult = { valid: true } | { valid: false; issues: SchemaIssue[] };

/** Validators compiled from one spec: the constraints are written once, in `specs/`. */
export interface SpecValidator {
  /** Every operationId of the spec. */
  operations(): string[];
  validateRequestBody(operationId: string, body: unknown): ValidationResult;
  /** Path and query parameters arrive as strings; they are coerced per their schema first. */
  validateParameters(
    operationId: string,
    params: { path?: Record<string, string>; query?: Record<string, string> },
  ): ValidationResult;
  /** Checks a response body against the operation's schema for `status`, else its `default`. */
  validateResponse(operationId: string, status: number, body: unknown): ValidationResult;
  /** A component schema by name (`components.schemas[name]`). */
  componentSchema(name: string): unknown;
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
}

interface OperationEntry {
  method: string;
  path: string;
  operation: Record<string, unknown>;
  parameters: ParameterObject[];
}

const VALID: ValidationResult = { valid: true };
// ajv-formats is CommonJS with a default export; under NodeNext the callable is either the module or its default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

const validators = new Map<VendorName, SpecValidator>();

/** Validators for a vendor's spec, compiled lazily and cached per process. */
export function createSpecValidator(vendor: VendorName): SpecValidator {
  let validator = validators.get(vendor);
  if (!validator) {
    validator = buildValidator(loadSpec(vendor), vendor);
    validators.set(vendor, validator);
  }
  return validator;
}

function buildValidator(doc: OpenApiDocument, vendor: VendorName): SpecValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  const docId = `https://loyalty-gateway.local/specs/${vendor}.json`;
  ajv.addSchema({ $id: docId, components: doc.components ?? {} });

  const operations = new Map<string, OperationEntry>();
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const [method, op] of Object.entries(item)) {
      if (method === 'parameters' || typeof op !== 'object' || op === null) continue;
      const operation = op as Record<string, unknown>;
      const own = (operation.parameters as unknown[] | undefined) ?? [];
      const parameters = [...shared, ...own].map((p) => resolveRef<ParameterObject>(doc, p));
      operations.set(String(operation.operationId), { method, path, operation, parameters });
    }
  }

  const compiled = new Map<string, ValidateFunction | null>();
  // Rewrites local refs (`#/components/...`) to refs into the registered document.
  const compile = (key: string, schema: unknown): ValidateFunction | null => {
    if (compiled.has(key)) return compiled.get(key) ?? null;
    const fn = schema === undefined ? null : ajv.compile(rebase(schema, docId) as object);
    compiled.set(key, fn);
    return fn;
  };

  const entry = (operationId: string): OperationEntry => {
    const found = operations.get(operationId);
    if (!found) throw new Error(`unknown operationId ${operationId} in the ${vendor} spec`);
    return found;
  };

  return {
    operations: () => [...operations.keys()],
    validateRequestBody(operationId, body) {
      const { operation } = entry(operationId);
      const requestBody = operation.requestBody
        ? resolveRef<Record<string, unknown>>(doc, operation.requestBody)
        : undefined;
      const schema = jsonSchemaOf(requestBody);
      const fn = compile(`req:${operationId}`, schema);
      if (!fn) return body === undefined ? VALID : invalid('', 'the operation takes no body', 'requestBody');
      return run(fn, body);
    },
    validateParameters(operationId, params) {
      const { parameters } = entry(operationId);
      const issues: SchemaIssue[] = [];
      for (const p of parameters) {
        if (p.in !== 'path' && p.in !== 'query') continue;
        const raw = (p.in === 'path' ? params.path : params.query)?.[p.name];
        if (raw === undefined) {
          if (p.required) issues.push({ path: `/${p.name}`, message: 'is required', keyword: 'required' });
          continue;
        }
        const fn = compile(`param:${operationId}:${p.in}:${p.name}`, p.schema ?? {});
        if (!fn) continue;
        const result = run(fn, coerce(raw, p.schema ?? {}));
        if (!result.valid) issues.push(...result.issues.map((i) => ({ ...i, path: `/${p.name}${i.path}` })));
      }
      return issues.length === 0 ? VALID : { valid: false, issues };
    },
    validateResponse(operationId, status, body) {
      const { operation } = entry(operationId);
      const responses = (operation.responses ?? {}) as Record<string, unknown>;
      const key = String(status) in responses ? String(status) : 'default' in responses ? 'default' : null;
      if (key === null) return invalid('', `status ${status} is not documented for ${operationId}`, 'status');
      const response = resolveRef<Record<string, unknown>>(doc, responses[key]);
      const fn = compile(`res:${operationId}:${key}`, jsonSchemaOf(response));
      if (!fn)
        return body === undefined || body === '' ? VALID : invalid('', 'no body documented', 'content');
      return run(fn, body);
    },
    componentSchema(name) {
      return (doc.components?.schemas as Record<string, unknown> | undefined)?.[name];
    },
  };
}

function run(fn: ValidateFunction, value: unknown): ValidationResult {
  if (fn(value)) return VALID;
  return { valid: false, issues: (fn.errors ?? []).map(toIssue) };
}

function toIssue(error: ErrorObject): SchemaIssue {
  return { path: error.instancePath, message: error.message ?? 'is invalid', keyword: error.keyword };
}

function invalid(path: string, message: string, keyword: string): ValidationResult {
  return { valid: false, issues: [{ path, message, keyword }] };
}

function jsonSchemaOf(holder: Record<string, unknown> | undefined): unknown {
  const content = holder?.content as Record<string, { schema?: unknown }> | undefined;
  return content?.['application/json']?.schema;
}

function resolveRef<T>(doc: OpenApiDocument, value: unknown): T {
  let current = value as { $ref?: string };
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    let target: unknown = doc;
    for (const part of parts) target = (target as Record<string, unknown>)[part];
    current = target as { $ref?: string };
  }
  return current as T;
}

function rebase(schema: unknown, docId: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => rebase(s, docId));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/')
        ? `${docId}${value}`
        : rebase(value, docId);
  }
  return out;
}

function coerce(raw: string, schema: Record<string, unknown>): unknown {
  const type = schema.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
