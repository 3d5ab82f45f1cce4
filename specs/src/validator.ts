import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { loadSpec, type OpenApiDocument, type VendorName } from './load-spec.js';
import { createSpecAjv, rebase, type WalkedOperation, walkOperations } from './spec-walk.js';

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

const VALID: ValidationResult = { valid: true };

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

// The generated validators (specs/scripts/generate-validators.ts) walk and compile the spec the
// same way, through the same spec-walk.ts; the client packages' tests hold the two to one verdict.
function buildValidator(doc: OpenApiDocument, vendor: VendorName): SpecValidator {
  const { ajv, docId } = createSpecAjv(doc, vendor);
  const operations = walkOperations(doc);

  const compiled = new Map<string, ValidateFunction | null>();
  const compile = (key: string, schema: unknown): ValidateFunction | null => {
    if (compiled.has(key)) return compiled.get(key) ?? null;
    const fn = schema === undefined ? null : ajv.compile(rebase(schema, docId) as object);
    compiled.set(key, fn);
    return fn;
  };

  const entry = (operationId: string): WalkedOperation => {
    const found = operations.get(operationId);
    if (!found) throw new Error(`unknown operationId ${operationId} in the ${vendor} spec`);
    return found;
  };

  return {
    operations: () => [...operations.keys()],
    validateRequestBody(operationId, body) {
      const fn = compile(`req:${operationId}`, entry(operationId).requestBodySchema);
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
      const { responses } = entry(operationId);
      const key = responses.has(String(status))
        ? String(status)
        : responses.has('default')
          ? 'default'
          : null;
      if (key === null) return invalid('', `status ${status} is not documented for ${operationId}`, 'status');
      const fn = compile(`res:${operationId}:${key}`, responses.get(key));
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

function coerce(raw: string, schema: Record<string, unknown>): unknown {
  const type = schema.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
