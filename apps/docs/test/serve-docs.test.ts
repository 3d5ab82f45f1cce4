// The gateway's /docs route (DOCS_DIR): static files with their content types, a redirect to the
// trailing slash, 404 for anything missing or outside the directory, and nothing at all with DOCS_DIR empty.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type RunningGateway, startGateway } from '@loyalty-gateway/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let root: string;
let withDocs: RunningGateway;
let withoutDocs: RunningGateway;

const env = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', GRAPHIQL: 'false' };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'docs-serve-'));
  const site = join(root, 'site');
  mkdirSync(join(site, 'assets'), { recursive: true });
  mkdirSync(join(site, 'specs'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>landing</title>');
  writeFileSync(join(site, 'assets', 'site.css'), 'body {}');
  writeFileSync(join(site, 'specs', 'xtrakit.yaml'), 'openapi: 3.1.0');
  writeFileSync(join(site, 'schema.graphql'), 'type Query { a: Int }');
  // A file beside the site, which no /docs path may reach.
  writeFileSync(join(root, 'secret.txt'), 'outside the docs directory');
  withDocs = await startGateway(loadConfig({ ...env, DOCS_DIR: site }));
  withoutDocs = await startGateway(loadConfig({ ...env, DOCS_DIR: '' })); // empty: off, even once built
});

afterAll(async () => {
  await withDocs?.stop();
  await withoutDocs?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET: fetch would normalise `..` in the path before sending it. */
function get(
  base: string,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: 'GET', timeout: 10_000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

describe('GET /docs with DOCS_DIR', () => {
  it.each([
    ['/docs/', 'text/html; charset=utf-8', 'landing'],
    ['/docs/index.html', 'text/html; charset=utf-8', 'landing'],
    ['/docs/assets/site.css', 'text/css; charset=utf-8', 'body {}'],
    ['/docs/specs/xtrakit.yaml', 'text/plain; charset=utf-8', 'openapi: 3.1.0'],
    ['/docs/schema.graphql', 'text/plain; charset=utf-8', 'type Query'],
    ['/docs/index.html?v=1', 'text/html; charset=utf-8', 'landing'],
  ])('%s is served as %s', async (path, type, content) => {
    const res = await get(withDocs.url, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toContain(content);
  });

  it('redirects /docs to /docs/ so relative links resolve', async () => {
    const res = await get(withDocs.url, '/docs');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/docs/');
  });

  it.each([
    '/docs/missing.html',
    '/docs/../secret.txt',
    '/docs/..%2fsecret.txt',
    '/docs/%2e%2e/secret.txt',
    '/docs/assets/../../secret.txt',
  ])('%s is 404 and never reaches outside the directory', async (path) => {
    const res = await get(withDocs.url, path);
    expect([404, 400]).toContain(res.status);
    expect(res.body).not.toContain('outside the docs directory');
  });

  it('refuses a NUL byte with 400', async () => {
    expect((await get(withDocs.url, '/docs/index.html%00.css')).status).toBe(400);
  });
});

it('with DOCS_DIR empty, /docs is not served', async () => {
  expect((await get(withoutDocs.url, '/docs/')).status).toBe(404);
  expect((await get(withoutDocs.url, '/docs/index.html')).status).toBe(404);
});
