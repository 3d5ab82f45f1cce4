// What specs/<vendor>.yaml says about each operation's answers beyond the body verdict (which comes
// from the clients' generated validators): the path and method, the media types and headers each
// status declares, and the body schema, to tell which members the spec names. Read from the spec
// itself, so nothing here restates a shape.
import { loadSpec, type OpenApiDocument } from '@loyalty-gateway/specs';
import type { Vendor } from './config.js';

/** A header a response declares. */
export interface DeclaredHeader {
  name: string;
  required: boolean;
  schema: Record<string, unknown>;
}

/** One documented response of an operation (`'200'`, `'404'`, `'default'`, ...). */
export interface ResponseFacts {
  key: string;
  description: string;
  /** The media types of `content`, lowercase; empty when no body is documented. */
  contentTypes: string[];
  headers: DeclaredHeader[];
  /** The `application/json` schema, refs unresolved (resolve them with `SpecFacts.resolve`). */
  schema: unknown;
}

/** One operation as the spec documents it. */
export interface OperationFacts {
  operationId: string;
  method: string;
  path: string;
  responses: Map<string, ResponseFacts>;
}

/** The facts of one spec. */
export interface SpecFacts {
  vendor: Vendor;
  operation(operationId: string): OperationFacts;
  /** The documented response for a status: its own entry, else `default`, else undefined. */
  response(operationId: string, status: number): ResponseFacts | undefined;
  /** Follows local `$ref`s (`#/components/...`) to the schema they name. */
  resolve(schema: unknown): Record<string, unknown>;
}

type Json = Record<string, unknown>;

function resolveIn(doc: OpenApiDocument, value: unknown): Json {
  let current = value as Json;
  for (let hops = 0; typeof current?.$ref === 'string' && hops < 20; hops++) {
    let target: unknown = doc;
    for (const part of (current.$ref as string).replace(/^#\//, '').split('/'))
      target = (target as Json | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    current = target as Json;
  }
  return (current ?? {}) as Json;
}

function responseFacts(doc: OpenApiDocument, key: string, raw: unknown): ResponseFacts {
  const response = resolveIn(doc, raw);
  const content = (response.content ?? {}) as Record<string, { schema?: unknown }>;
  const headers = Object.entries((response.headers ?? {}) as Json).map(([name, h]) => {
    const header = resolveIn(doc, h);
    return { name, required: header.required === true, schema: resolveIn(doc, header.schema) };
  });
  return {
    key,
    description: typeof response.description === 'string' ? response.description : '',
    contentTypes: Object.keys(content).map((t) => t.toLowerCase()),
    headers,
    schema: content['application/json']?.schema,
  };
}

const cache = new Map<Vendor, SpecFacts>();

/** The facts of a vendor's spec, read once per process. */
export function specFacts(vendor: Vendor): SpecFacts {
  const cached = cache.get(vendor);
  if (cached) return cached;
  const doc = loadSpec(vendor);
  const operations = new Map<string, OperationFacts>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (method === 'parameters' || typeof op !== 'object' || op === null) continue;
      const operation = op as Json;
      const responses = new Map<string, ResponseFacts>();
      for (const [key, raw] of Object.entries((operation.responses ?? {}) as Json))
        responses.set(key, responseFacts(doc, key, raw));
      const operationId = String(operation.operationId);
      operations.set(operationId, { operationId, method: method.toUpperCase(), path, responses });
    }
  }
  const facts: SpecFacts = {
    vendor,
    operation(operationId) {
      const found = operations.get(operationId);
      if (!found) throw new Error(`unknown operationId ${operationId} in the ${vendor} spec`);
      return found;
    },
    response(operationId, status) {
      const { responses } = facts.operation(operationId);
      return responses.get(String(status)) ?? responses.get('default');
    },
    resolve: (schema) => resolveIn(doc, schema),
  };
  cache.set(vendor, facts);
  return facts;
}
