// Compression and GET / over real HTTP: the GraphiQL page, large JSON, /metrics and docs files go
// brotli or gzip as Accept-Encoding prefers (q-values, identity, *), small bodies and event streams
// as they are, every compressible answer varies on Accept-Encoding; GET / sends people to GraphiQL
// and the docs in development and lists the endpoints as JSON otherwise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chain, compressingResponse, negotiateEncoding, useIndex } from '../src/front-door/index.js';
import { type Stack, startStack, UPDATE_CUSTOMER_GROUP } from './stack.js';

interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent. */
  raw: Buffer;
  /** The body after undoing content-encoding. */
  text: string;
}

/** One request with node:http (which, unlike fetch, shows the bytes as they came). */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<RawReply>((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers, timeout: 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const plain =
            encoding === 'gzip' ? gunzipSync(raw) : encoding === 'br' ? brotliDecompressSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text: plain.toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('negotiateEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['x-gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip;q=0.1', 'gzip'],
    ['gzip;q=0.1, identity;q=0.2', null],
    ['gzip;q=0', null],
    ['deflate', null],
    ['identity', null],
    ['gzip;q=0.5, identity', null],
    ['gzip;q=0.5, identity;q=0.4', 'gzip'],
    ['*', 'br'],
    ['br;q=0, *', 'gzip'],
    ['*;q=0', null],
    ['gzip;q=abc', null],
  ])('Accept-Encoding %j -> %s', (header, coding) => {
    expect(negotiateEncoding(header)).toBe(coding);
  });
});

describe('the gateway compresses what is worth it', () => {
  let stack: Stack;
  let docsDir: string;
  const timings: number[] = [];
  const docsPage = `<!doctype html><title>docs</title>${'<p>mapping row</p>\n'.repeat(5000)}`;
  beforeAll(async () => {
    docsDir = mkdtempSync(join(tmpdir(), 'gateway-docs-'));
    writeFileSync(join(docsDir, 'index.html'), docsPage);
    stack = await startStack({ env: { DOCS_DIR: docsDir } });
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(docsDir, { recursive: true, force: true });
  });

  it.each([
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
  ])('the GraphiQL page with Accept-Encoding %s goes %s, many times smaller', async (accept, coding) => {
    const started = performance.now();
    const reply = await send(`${stack.url}/graphql`, {
      headers: { accept: 'text/html', 'accept-encoding': accept },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe(coding);
    expect(reply.headers.vary).toMatch(/accept-encoding/i);
    // Chunked while compressing; the exact length once served from the cache of big bodies.
    expect([undefined, String(reply.raw.length)]).toContain(reply.headers['content-length']);
    expect(reply.text).toContain('GraphiQL');
    expect(reply.text.length).toBeGreaterThan(1_000_000);
    expect(reply.raw.length * 3).toBeLessThan(reply.text.length);
    timings.push(performance.now() - started);
  });

  it('the second br request for the page comes from the cache of compressed big bodies (no recompression)', () => {
    // The third request above repeats the second's coding: served from the cache, it skips seconds of brotli.
    const [, second, third] = timings as [number, number, number];
    expect(third).toBeLessThan(second);
  });

  it('the GraphiQL page without Accept-Encoding goes as it is, still with Vary', async () => {
    const reply = await send(`${stack.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.headers.vary).toMatch(/accept-encoding/i);
    expect(reply.raw.length).toBeGreaterThan(1_000_000);
  });

  it('a small mutation answer is not compressed; it still varies on Accept-Encoding', async () => {
    const reply = await send(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, br' },
      body: JSON.stringify({ query: UPDATE_CUSTOMER_GROUP, variables: { input: { id: '1', name: 'Gold' } } }),
    });
    expect(reply.raw.length).toBeLessThan(1024);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(reply.text).data.updateCustomerGroup.outcome).toBe('APPLIED');
  });

  it('a large JSON answer (introspection) is compressed and parses back', async () => {
    const reply = await send(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({
        query: '{ __schema { types { name description fields { name description } } } }',
      }),
    });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(reply.text).data.__schema.types.length).toBeGreaterThan(10);
  });

  it('/metrics (text) and a streamed docs file are compressed; identity;q=0 alone gets gzip via *', async () => {
    const metrics = await send(`${stack.url}/metrics`, { headers: { 'accept-encoding': 'br' } });
    expect(metrics.headers['content-encoding']).toBe('br');
    expect(metrics.text).toContain('# HELP');
    const docs = await send(`${stack.url}/docs/`, { headers: { 'accept-encoding': 'identity;q=0, *' } });
    expect(docs.headers['content-encoding']).toBe('br');
    expect(docs.text).toBe(docsPage);
    const gz = await send(`${stack.url}/docs/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.text).toBe(docsPage);
  });

  it('HEAD and a 404 JSON error pass as they are', async () => {
    const head = await send(`${stack.url}/docs/`, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    expect(head.headers['content-encoding']).toBeUndefined();
    expect(head.raw.length).toBe(0);
    const missing = await send(`${stack.url}/nowhere`, { headers: { 'accept-encoding': 'gzip' } });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
  });
});

describe('the compressing response and a step on their own server', () => {
  let server: Server;
  let url: string;
  const big = 'x'.repeat(10_000);
  beforeAll(async () => {
    const handle = chain([
      useIndex({ production: true, graphiql: false, docs: false }),
      ({ req, res, path }) => {
        if (path === '/events') {
          res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
          res.write(`data: ${big}\n\n`);
          return void setTimeout(() => res.end('data: last\n\n'), 20);
        }
        if (path === '/held') {
          // Headers given to writeHead in any letter case, beside one set before it, with a Vary.
          res.setHeader('x-set-before', 'yes');
          const body = new URL(req.url ?? '/', 'http://x').searchParams.has('big') ? big : '{"ok":true}';
          return void res
            .writeHead(201, { 'Content-Type': 'application/json', Vary: 'Origin', 'X-Given': 'a' })
            .end(body);
        }
        if (path === '/held-plain') {
          return void res.writeHead(200, { 'content-type': 'application/json', 'x-given': 'b' }).end('{}');
        }
        if (path === '/no-transform') {
          return void res
            .writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-transform' })
            .end(big);
        }
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(big);
      },
    ]);
    server = createServer(
      { ServerResponse: compressingResponse() },
      (req, res) => void handle({ req, res, path: (req.url ?? '/').split('?')[0] ?? '/' }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('an event stream is never compressed (each event reaches the client as written)', async () => {
    const reply = await send(`${url}/events`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.text).toBe(`data: ${big}\n\ndata: last\n\n`);
  });

  it('headers given to writeHead keep their values, meet those set before, and Vary gains Accept-Encoding once', async () => {
    for (const [query, encoding] of [
      ['', undefined],
      ['?big', 'gzip'],
    ] as const) {
      const reply = await send(`${url}/held${query}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(reply.status).toBe(201);
      expect(reply.headers['content-type']).toBe('application/json');
      expect(reply.headers['x-given']).toBe('a');
      expect(reply.headers['x-set-before']).toBe('yes');
      // node:http joins repeated Vary lines with ", ": one line, each token once.
      expect(reply.headers.vary).toBe('Origin, Accept-Encoding');
      expect(reply.headers['content-encoding']).toBe(encoding);
      expect(reply.text).toBe(query ? big : '{"ok":true}');
    }
    const plain = await send(`${url}/held-plain`);
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.headers['x-given']).toBe('b');
    expect(plain.text).toBe('{}');
  });

  it.each([['/no-transform'], ['/binary']])('%s is sent as it is', async (path) => {
    const reply = await send(`${url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.raw.toString()).toBe(big);
  });

  it('GET / in production: a JSON index of the endpoints, whatever the Accept', async () => {
    const reply = await send(`${url}/`, { headers: { accept: 'text/html' } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(reply.text)).toEqual({
      service: 'loyalty-gateway',
      endpoints: {
        graphql: { path: '/graphql', methods: ['POST', 'GET'] },
        health: { path: '/healthz' },
        ready: { path: '/readyz' },
        metrics: { path: '/metrics' },
      },
    });
  });
});

describe('GET / in development', () => {
  let stack: Stack;
  beforeAll(async () => {
    // DOCS_DIR empty: no docs site, whether or not apps/docs/dist has been built.
    stack = await startStack({ env: { DOCS_DIR: '' } });
  });
  afterAll(() => stack?.stop());

  it('a browser gets a page that links GraphiQL and says how to build the docs', async () => {
    const reply = await send(`${stack.url}/`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.text).toContain('<a href="/graphql">GraphiQL</a>');
    expect(reply.text).toContain('pnpm@10 run docs');
  });

  it('curl gets the JSON index; POST / is still NOT_FOUND', async () => {
    const reply = await send(`${stack.url}/`, { headers: { accept: '*/*' } });
    expect(JSON.parse(reply.text).endpoints).toMatchObject({
      graphql: { path: '/graphql', methods: ['POST', 'GET'] },
      graphiql: { path: '/graphql', accept: 'text/html' },
    });
    const post = await send(`${stack.url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(404);
  });
});
