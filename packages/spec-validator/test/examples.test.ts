import { loadSpec, type VendorName } from '@loyalty-gateway/specs';
import { describe, expect, it } from 'vitest';
import { createSpecValidator } from '../src/index.js';

interface ExampleCase {
  title: string;
  vendor: VendorName;
  operationId: string;
  kind: 'request' | 'response' | 'parameter';
  status?: number;
  param?: { in: 'path' | 'query'; name: string };
  value: unknown;
}

type Json = Record<string, unknown>;

function resolve(doc: Json, value: unknown): Json {
  let current = value as Json;
  while (current && typeof current.$ref === 'string') {
    let target: unknown = doc;
    for (const part of (current.$ref as string).replace(/^#\//, '').split('/'))
      target = (target as Json)[part];
    current = target as Json;
  }
  return current;
}

function mediaExamples(media: Json | undefined): Array<[string, unknown]> {
  if (!media) return [];
  const out: Array<[string, unknown]> = [];
  if ('example' in media) out.push(['example', media.example]);
  for (const [name, ex] of Object.entries((media.examples as Record<string, Json> | undefined) ?? {})) {
    out.push([name, ex.value]);
  }
  return out;
}

/** Every example written anywhere in an operation of a spec, with where it belongs. */
function collectExamples(vendor: VendorName): ExampleCase[] {
  const doc = loadSpec(vendor) as unknown as Json;
  const cases: ExampleCase[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const [method, raw] of Object.entries(item)) {
      if (method === 'parameters') continue;
      const op = raw as Json;
      const operationId = String(op.operationId);
      const where = `${vendor} ${method.toUpperCase()} ${path}`;
      for (const p of [...shared, ...((op.parameters as unknown[] | undefined) ?? [])].map((x) =>
        resolve(doc, x),
      )) {
        if ('example' in p) {
          cases.push({
            title: `${where} parameter ${String(p.name)}`,
            vendor,
            operationId,
            kind: 'parameter',
            param: { in: p.in as 'path' | 'query', name: String(p.name) },
            value: String(p.example),
          });
        }
      }
      const body = op.requestBody ? resolve(doc, op.requestBody) : undefined;
      for (const [name, value] of mediaExamples(
        (body?.content as Json | undefined)?.['application/json'] as Json,
      )) {
        cases.push({ title: `${where} request ${name}`, vendor, operationId, kind: 'request', value });
      }
      for (const [status, response] of Object.entries((op.responses as Json | undefined) ?? {})) {
        const res = resolve(doc, response);
        for (const [name, value] of mediaExamples(
          (res.content as Json | undefined)?.['application/json'] as Json,
        )) {
          cases.push({
            title: `${where} ${status} ${name}`,
            vendor,
            operationId,
            kind: 'response',
            status: Number(status),
            value,
          });
        }
      }
    }
  }
  return cases;
}

const cases = [...collectExamples('xtrakit'), ...collectExamples('capillary')];

describe('every example in the specs validates against its schema', () => {
  it('finds examples in both specs', () => {
    expect(cases.filter((c) => c.vendor === 'xtrakit').length).toBeGreaterThan(10);
    expect(cases.filter((c) => c.vendor === 'capillary').length).toBeGreaterThan(10);
  });

  it.each(cases)('$title', (c) => {
    const validator = createSpecValidator(c.vendor);
    const result =
      c.kind === 'request'
        ? validator.validateRequestBody(c.operationId, c.value)
        : c.kind === 'response'
          ? validator.validateResponse(c.operationId, c.status ?? 200, c.value)
          : validator.validateParameters(c.operationId, {
              [c.param?.in ?? 'query']: { [c.param?.name ?? '']: String(c.value) },
            });
    expect(result).toEqual({ valid: true });
  });

  it('component schema examples validate too', () => {
    const v = createSpecValidator('capillary');
    const schema = v.componentSchema('ExtendedFields') as { examples: unknown[] };
    expect(schema.examples.length).toBeGreaterThan(0);
    for (const example of schema.examples) {
      expect(v.validateRequestBody('updateUserGroup', { id: 1, extendedFields: example })).toEqual({
        valid: true,
      });
    }
  });
});
