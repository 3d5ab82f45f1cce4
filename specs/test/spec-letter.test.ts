// What the specs promise beyond their schemas: sources that resolve inside the repository, the scope
// they leave out, the headers Capillary documents, and generated types that say something.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec, type VendorName } from '../src/index.js';

type Json = Record<string, unknown>;
const root = new URL('../../', import.meta.url);
const sources = readFileSync(new URL('../SOURCES.md', import.meta.url), 'utf8');
const specText = (v: VendorName) => readFileSync(new URL(`../${v}.yaml`, import.meta.url), 'utf8');

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

describe('the specs stand on sources inside the repository', () => {
  it.each(['xtrakit', 'capillary'] as const)(
    'every fact %s cites (C1, X7, ...) is defined in SOURCES.md',
    (v) => {
      const cited = new Set([...specText(v).matchAll(/\b([CX])(\d{1,2})\b/g)].map((m) => `${m[1]}${m[2]}`));
      expect(cited.size).toBeGreaterThan(5);
      for (const fact of cited) expect(sources, fact).toMatch(new RegExp(`^\\|\\s*${fact}\\s*\\|`, 'm'));
    },
  );

  it('no file of the repository points outside it at shared/', () => {
    // The repository is what git tracks: build and test outputs (dist/, test-output/) are not in it.
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: fileURLToPath(root), encoding: 'utf8' })
      .split('\0')
      .filter((f) => /\.(ts|md|yaml|json|graphql|html)$/.test(f) && !f.endsWith('.gen.ts'));
    expect(tracked.length).toBeGreaterThan(50);
    const offenders = tracked.filter(
      (f) =>
        !f.endsWith('spec-letter.test.ts') &&
        /vendor-facts\.md|\bshared\/seeds/.test(readFileSync(new URL(f, root), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('scope', () => {
  it.each([
    ['capillary', ['search', 'extendedFieldSearch', 'DELETE /v2/userGroup2', 'join', 'leave', 'transfer']],
    ['xtrakit', ['DELETE /api/v1/customer-groups/{id}', '/api/v1/customers']],
  ] as const)('%s lists the companion endpoints it leaves out, each with why', (v, endpoints) => {
    const out = loadSpec(v)['x-out-of-scope'] as Array<{ endpoint: string; reason: string }>;
    for (const e of endpoints)
      expect(
        out.some((o) => o.endpoint.includes(e)),
        e,
      ).toBe(true);
    for (const o of out) expect(o.reason.length).toBeGreaterThan(20);
    // Nothing listed as left out is an operation of the spec.
    for (const o of out) {
      for (const [, method, path] of o.endpoint.matchAll(/\b(GET|PUT|POST|DELETE) (\/\S+?)(?:,|$| )/g)) {
        const item = loadSpec(v).paths[path as string] as Json | undefined;
        expect(item?.[(method as string).toLowerCase()], o.endpoint).toBeUndefined();
      }
    }
  });
});

describe('Capillary headers', () => {
  const doc = loadSpec('capillary') as unknown as Json;
  const operations = Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => method !== 'parameters')
      .map(([method, op]) => ({
        path,
        method,
        op: op as Json,
        shared: (item.parameters as unknown[]) ?? [],
      })),
  );

  it('declares X-Cap-Requestid on every response of every operation (C39)', () => {
    for (const { path, method, op } of operations) {
      for (const [status, response] of Object.entries(op.responses as Json)) {
        const headers = (resolve(doc, response).headers ?? {}) as Json;
        expect(Object.keys(headers), `${method} ${path} ${status}`).toContain('X-Cap-Requestid');
      }
    }
  });

  it('declares the attribution headers of Basic (C28) and OAuth (C30) on every v2 operation', () => {
    for (const { path, op, shared } of operations.filter((o) => o.path.startsWith('/v2/'))) {
      const names = [...shared, ...((op.parameters as unknown[]) ?? [])]
        .map((p) => resolve(doc, p))
        .filter((p) => p.in === 'header')
        .map((p) => p.name);
      expect(names, path).toEqual([
        'X-CAP-API-ATTRIBUTION-LOOKUP-TYPE',
        'X-CAP-API-ATTRIBUTION-LOOKUP',
        'X-CAP-API-ATTRIBUTION-ENTITY-TYPE',
        'X-CAP-API-ATTRIBUTION-ENTITY-CODE',
      ]);
    }
  });
});

describe('examples say what they are', () => {
  it('the request examples of PUT /v2/userGroup2 are named after what they send', () => {
    const put = ((loadSpec('capillary').paths['/v2/userGroup2'] as Json).put as Json).requestBody as Json;
    const examples = ((put.content as Json)['application/json'] as Json).examples as Record<string, Json>;
    const byExternalId = examples.byExternalId?.value as Json;
    expect(byExternalId).toHaveProperty('externalId');
    expect(byExternalId).not.toHaveProperty('id');
  });

  it('no error example names groupName as mandatory, which the spec makes optional', () => {
    expect(specText('capillary')).not.toMatch(/Field groupName is mandatory/);
  });
});

describe('generated types', () => {
  it.each([
    'packages/capillary-client/src/generated/capillary.gen.ts',
    'packages/xtrakit-client/src/generated/xtrakit.gen.ts',
  ])('%s has no Record<string, never> items and no `| unknown` unions', (file) => {
    const text = readFileSync(new URL(file, root), 'utf8');
    expect(text).not.toMatch(/Record<string, never>\[\]/);
    expect(text).not.toMatch(/\| unknown/);
  });
});
