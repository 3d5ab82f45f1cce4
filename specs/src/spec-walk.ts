import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OpenApiDocument, VendorName } from './load-spec.js';

/** An OpenAPI parameter, after `$ref` resolution. */
export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
}

/** One operation of a spec with everything validation needs, refs of its parts resolved. */
export interface WalkedOperation {
  operationId: string;
  method: string;
  path: string;
  /** Path-item parameters first, then the operation's own. */
  parameters: ParameterObject[];
  /** The `application/json` request body schema; undefined when the operation takes no body. */
  requestBodySchema: unknown;
  /** Documented status keys (`'200'`, `'default'`, ...) with their `application/json` schema, if any. */
  responses: Map<string, unknown>;
}

/** The options every validator of a spec is compiled with, dynamic or generated. */
export const AJV_OPTIONS = { strict: false, allErrors: true, validateFormats: true } as const;

// ajv-formats is CommonJS with a default export; under NodeNext the callable is either the module or its default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * An Ajv with the spec's components registered under `docId`, so schemas passed through `rebase`
 * resolve their `#/components/...` refs. `code` is for standalone code generation.
 */
export function createSpecAjv(
  doc: OpenApiDocument,
  vendor: VendorName,
  code?: Options['code'],
): { ajv: Ajv2020; docId: string } {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...(code ? { code } : {}) });
  addFormats(ajv);
  const docId = `https://loyalty-gateway.local/specs/${vendor}.json`;
  ajv.addSchema({ $id: docId, components: doc.components ?? {} });
  return { ajv, docId };
}

/** Every operation of a spec keyed by operationId, in document order. */
export function walkOperations(doc: OpenApiDocument): Map<string, WalkedOperation> {
  const operations = new Map<string, WalkedOperation>();
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const [method, op] of Object.entries(item)) {
      if (method === 'parameters' || typeof op !== 'object' || op === null) continue;
      const operation = op as Record<string, unknown>;
      const own = (operation.parameters as unknown[] | undefined) ?? [];
      const parameters = [...shared, ...own].map((p) => resolveRef<ParameterObject>(doc, p));
      const requestBody = operation.requestBody
        ? resolveRef<Record<string, unknown>>(doc, operation.requestBody)
        : undefined;
      const responses = new Map<string, unknown>();
      for (const [key, response] of Object.entries((operation.responses ?? {}) as Record<string, unknown>)) {
        responses.set(key, jsonSchemaOf(resolveRef<Record<string, unknown>>(doc, response)));
      }
      const operationId = String(operation.operationId);
      operations.set(operationId, {
        operationId,
        method,
        path,
        parameters,
        requestBodySchema: jsonSchemaOf(requestBody),
        responses,
      });
    }
  }
  return operations;
}

/** Rewrites local refs (`#/components/...`) to refs into the document registered as `docId`. */
export function rebase(schema: unknown, docId: string): unknown {
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
