import type { ErrorCodeEntry } from '@loyalty-gateway/vendor-types';

/** One reason a value does not match its schema. */
export interface SchemaIssue {
  /** JSON pointer into the value, e.g. `/groupName` ('' for the root). */
  path: string;
  message: string;
  /** The JSON Schema keyword that failed, e.g. `maxLength`, `required`, `anyOf`. */
  keyword: string;
}

export type ValidationResult = { valid: true } | { valid: false; issues: SchemaIssue[] };

/** The validators of one spec: the constraints are written once, in `specs/`, and compiled ahead of time. */
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
}

/** A validation function as Ajv's standalone code generation emits it. */
export interface CompiledSchema {
  (data: unknown): boolean;
  errors?: ReadonlyArray<{ instancePath: string; keyword: string; message?: string }> | null;
}

/** A path or query parameter of a compiled operation. */
export interface CompiledParameter {
  in: 'path' | 'query';
  name: string;
  required: boolean;
  /** The schema's `type` when it is a single type name; it decides how the raw string is coerced. */
  type?: string;
  validate: CompiledSchema;
}

/** One operation of a compiled spec (generated into `src/generated/<vendor>.validators.gen.ts`). */
export interface CompiledOperation {
  method: string;
  path: string;
  parameters: readonly CompiledParameter[];
  /** Null when the operation takes no body. */
  requestBody: CompiledSchema | null;
  /** Per documented status key (`'200'`, `'default'`, ...); null when the response has no JSON body. */
  responses: Readonly<Record<string, CompiledSchema | null>>;
}

/** A spec's operations by operationId, with their precompiled validators. */
export type CompiledSpec = Readonly<Record<string, CompiledOperation>>;

/**
 * The path of `operation` in a generated table, given the method the caller sends it with. With the
 * table's literal types (`src/generated/<vendor>.validators.gen.ts`) an unknown operationId or a method
 * that is not the spec's does not compile, and the result is the path literal openapi-fetch checks.
 */
export function operationPath<T extends CompiledSpec, O extends keyof T & string>(
  spec: T,
  operation: O,
  method: T[O]['method'],
): T[O]['path'] {
  const entry = spec[operation];
  if (entry?.method !== method) throw new Error(`${operation} is not a ${method} operation of its spec`);
  return entry.path;
}

/** A documented vendor error or warning code (a spec's `x-error-codes`; defined once, in `@loyalty-gateway/specs`). */
export type DocumentedCode = ErrorCodeEntry;

const VALID: ValidationResult = { valid: true };

/**
 * A SpecValidator over validators generated from a spec: no spec parsing and no schema compiling
 * at run time. Same verdicts and issues as `createSpecValidator` of `@loyalty-gateway/spec-validator`.
 */
export function createCompiledValidator(vendor: string, spec: CompiledSpec): SpecValidator {
  const entry = (operationId: string): CompiledOperation => {
    const found = Object.hasOwn(spec, operationId) ? spec[operationId] : undefined;
    if (!found) throw new Error(`unknown operationId ${operationId} in the ${vendor} spec`);
    return found;
  };

  return {
    operations: () => Object.keys(spec),
    validateRequestBody(operationId, body) {
      const fn = entry(operationId).requestBody;
      if (!fn) return body === undefined ? VALID : invalid('', 'the operation takes no body', 'requestBody');
      return run(fn, body);
    },
    validateParameters(operationId, params) {
      const issues: SchemaIssue[] = [];
      for (const p of entry(operationId).parameters) {
        const raw = (p.in === 'path' ? params.path : params.query)?.[p.name];
        if (raw === undefined) {
          if (p.required) issues.push({ path: `/${p.name}`, message: 'is required', keyword: 'required' });
          continue;
        }
        const result = run(p.validate, coerce(raw, p.type));
        if (!result.valid) issues.push(...result.issues.map((i) => ({ ...i, path: `/${p.name}${i.path}` })));
      }
      return issues.length === 0 ? VALID : { valid: false, issues };
    },
    validateResponse(operationId, status, body) {
      const { responses } = entry(operationId);
      const key = Object.hasOwn(responses, String(status))
        ? String(status)
        : Object.hasOwn(responses, 'default')
          ? 'default'
          : null;
      if (key === null) return invalid('', `status ${status} is not documented for ${operationId}`, 'status');
      const fn = responses[key];
      if (!fn)
        return body === undefined || body === '' ? VALID : invalid('', 'no body documented', 'content');
      return run(fn, body);
    },
  };
}

function run(fn: CompiledSchema, value: unknown): ValidationResult {
  if (fn(value)) return VALID;
  return {
    valid: false,
    issues: (fn.errors ?? []).map((e) => ({
      path: e.instancePath,
      message: e.message ?? 'is invalid',
      keyword: e.keyword,
    })),
  };
}

function invalid(path: string, message: string, keyword: string): ValidationResult {
  return { valid: false, issues: [{ path, message, keyword }] };
}

function coerce(raw: string, type: string | undefined): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
