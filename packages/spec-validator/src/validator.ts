import {
  type CompiledOperation,
  type CompiledSchema,
  createCompiledValidator,
  type SpecValidator as OperationValidator,
} from '@loyalty-gateway/http-runtime';
import {
  createSpecAjv,
  loadSpec,
  type OpenApiDocument,
  rebase,
  type VendorName,
  walkOperations,
} from '@loyalty-gateway/specs';
import type { ValidateFunction } from 'ajv/dist/2020.js';

export type { SchemaIssue, ValidationResult } from '@loyalty-gateway/http-runtime';

/** Validators compiled from one spec: the constraints are written once, in `specs/`. */
export interface SpecValidator extends OperationValidator {
  /** A component schema by name (`components.schemas[name]`). */
  componentSchema(name: string): unknown;
}

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

// The same table of operations the generated validators carry (specs/scripts/generate-validators.ts),
// walked the same way (specs/src/spec-walk.ts), read by the same createCompiledValidator; only here each schema
// is compiled on its first use instead of ahead of time.
function buildValidator(doc: OpenApiDocument, vendor: VendorName): SpecValidator {
  const { ajv, docId } = createSpecAjv(doc, vendor);
  const lazy = (schema: object): CompiledSchema => {
    let fn: ValidateFunction | undefined;
    const check: CompiledSchema = (data) => {
      fn ??= ajv.compile(rebase(schema, docId) as object);
      const valid = fn(data) as boolean;
      check.errors = fn.errors ?? null;
      return valid;
    };
    return check;
  };
  const lazyOrNull = (schema: unknown) => (schema === undefined ? null : lazy(schema as object));

  const table: Record<string, CompiledOperation> = {};
  for (const [operationId, op] of walkOperations(doc)) {
    table[operationId] = {
      method: op.method,
      path: op.path,
      parameters: op.parameters.flatMap((p) =>
        p.in === 'path' || p.in === 'query'
          ? [
              {
                in: p.in,
                name: p.name,
                required: Boolean(p.required),
                ...(typeof p.schema?.type === 'string' ? { type: p.schema.type } : {}),
                validate: lazy(p.schema ?? {}),
              },
            ]
          : [],
      ),
      requestBody: lazyOrNull(op.requestBodySchema),
      responses: Object.fromEntries([...op.responses].map(([key, schema]) => [key, lazyOrNull(schema)])),
    };
  }
  return {
    ...createCompiledValidator(vendor, table),
    componentSchema(name) {
      return (doc.components?.schemas as Record<string, unknown> | undefined)?.[name];
    },
  };
}
