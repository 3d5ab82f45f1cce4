// The pooled transport on its own, over real HTTP on 127.0.0.1: answers read whole by its dispatch
// handler, the size cap, informational answers, and the caller's signal before and during a request.
import { getEventListeners } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPooledFetch, LiteRequest, ResponseTooLargeError } from '../src/index.js';
import { requestTarget } from '../src/transport.js';

let server: Server;
let base: string;
const sockets = new Set<Socket>();
let received = 0;

function route(path: string, res: ServerResponse): void {
  if (path === '/json') {
    res.writeHead(200, { 'content-type': 'application/json', 'x-twice': ['a', 'b'] });
    res.end('{"ok":true}');
  } else if (path === '/chunks') {
    res.writeHead(201, { 'content-type': 'text/plain' });
    res.write('one,');
    setTimeout(() => res.end('two'), 10);
  } else if (path === '/big') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('x'.repeat(5_000));
  } else if (path === '/early') {
    res.writeEarlyHints({ link: '</style.css>; rel=preload' });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('after 103');
  } else if (path === '/empty') {
    res.writeHead(204).end();
  } else if (path === '/slow') {
    setTimeout(() => res.writeHead(200).end('late'), 2_000).unref();
  } else if (path === '/cut') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100' });
    res.write('partial');
    setTimeout(() => res.socket?.destroy(), 10);
  } else {
    res.writeHead(404).end();
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    received++;
    req.resume();
    req.on('end', () => route(req.url ?? '/', res));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const request = (path: string, init: RequestInit = {}) =>
  new LiteRequest(`${base}${path}`, init) as unknown as Request;

describe('the pooled transport', () => {
  it('answers with the status, the headers and the whole body, as often as it is read', async () => {
    const pooled = createPooledFetch();
    try {
      const res = await pooled.fetch(request('/json', { method: 'PUT', body: '{}' }));
      expect(res.status).toBe(200);
      expect(res.ok).toBe(true);
      expect(res.headers.get('Content-Type')).toBe('application/json');
      expect(res.headers.get('x-twice')).toBe('a, b');
      expect(res.headers.has('x-missing')).toBe(false);
      expect(await res.text()).toBe('{"ok":true}');
      expect(await res.json()).toEqual({ ok: true });
      const chunks = await pooled.fetch(request('/chunks'));
      expect(chunks.status).toBe(201);
      expect(await chunks.text()).toBe('one,two');
      const empty = await pooled.fetch(request('/empty'));
      expect(empty.status).toBe(204);
      expect(await empty.text()).toBe('');
      let streamed = '';
      for await (const chunk of (await pooled.fetch(request('/chunks')))
        .body as unknown as AsyncIterable<Buffer>)
        streamed += chunk.toString();
      expect(streamed).toBe('one,two');
    } finally {
      await pooled.close();
    }
  });

  it('skips an informational answer and answers with the final one', async () => {
    const pooled = createPooledFetch();
    try {
      const res = await pooled.fetch(request('/early'));
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('after 103');
    } finally {
      await pooled.close();
    }
  });

  it('refuses a body over the cap with ResponseTooLargeError carrying the status', async () => {
    const pooled = createPooledFetch({ maxResponseBytes: 1_000 });
    try {
      const error = await pooled.fetch(request('/big')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect((error as ResponseTooLargeError).status).toBe(200);
      // The pool still works after the aborted request.
      expect(await (await pooled.fetch(request('/json'))).text()).toBe('{"ok":true}');
    } finally {
      await pooled.close();
    }
  });

  it('rejects with the socket error when the connection is cut mid-body', async () => {
    const pooled = createPooledFetch();
    try {
      const error = await pooled.fetch(request('/cut')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as { code?: string }).code).toMatch(/^UND_ERR_/);
    } finally {
      await pooled.close();
    }
  });

  it('rejects with the signal’s reason when it aborts mid-request, and leaves no listener behind', async () => {
    const pooled = createPooledFetch();
    try {
      const controller = new AbortController();
      const reason = new Error('given up');
      const pending = pooled.fetch(request('/slow', { signal: controller.signal }));
      setTimeout(() => controller.abort(reason), 50);
      const started = performance.now();
      await expect(pending).rejects.toBe(reason);
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
      // A completed request leaves no listener either.
      const done = new AbortController();
      await (await pooled.fetch(request('/json', { signal: done.signal }))).text();
      expect(getEventListeners(done.signal, 'abort')).toHaveLength(0);
    } finally {
      await pooled.close();
    }
  });

  it('sends nothing for a signal that has already fired', async () => {
    const pooled = createPooledFetch();
    try {
      const before = received;
      const reason = new Error('too late');
      const error = await pooled
        .fetch(request('/json', { signal: AbortSignal.abort(reason) }))
        .catch((e) => e);
      expect(error).toBe(reason);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received).toBe(before);
    } finally {
      await pooled.close();
    }
  });

  it('rejects at once when the signal fires while the request waits for a connection', async () => {
    // One connection, held by a slow request: the second waits in the pool's queue.
    const pooled = createPooledFetch({ connections: 1 });
    try {
      const slow = pooled.fetch(request('/slow')).catch(() => undefined);
      const controller = new AbortController();
      const queued = pooled.fetch(request('/json', { signal: controller.signal }));
      const reason = new Error('queued too long');
      setTimeout(() => controller.abort(reason), 50);
      const started = performance.now();
      await expect(queued).rejects.toBe(reason);
      expect(performance.now() - started).toBeLessThan(1_000);
      await slow;
    } finally {
      await pooled.close();
    }
  });
});

describe('requestTarget', () => {
  it('gives what new URL gives: origin, and path with query', () => {
    const urls = [
      'http://127.0.0.1:8080/api/v1/customer-groups/1',
      'https://API.Example.com:443/v2/x?a=1&b=%20c',
      'http://host/a/./b',
      'http://host/a/../b?x=1',
      'http://host/a/%2e%2E/b',
      'http://host/a/%2E/b',
      'http://host/a/..',
      'http://host/a/...b/c',
      'http://host/a b',
      'http://host/a"b',
      'http://host/ümlaut',
      'http://host/a#frag',
      'http://host/a?q=1#frag',
      'http://host',
      'http://host?x=/y',
      'http://user:pass@host/p',
      'http://host:80/p',
      'http://xn--bcher-kva.example/p',
      'http://bücher.example/p',
      'http://host/a\\b',
      'http://host/%zz/%41',
      "http://host/!$&'()*+,;=:@~_-.",
    ];
    for (const url of urls) {
      const parsed = new URL(url);
      expect(requestTarget(url), url).toEqual({
        origin: parsed.origin,
        path: parsed.pathname + parsed.search,
      });
    }
  });
});
