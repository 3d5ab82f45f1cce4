import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientOptionsBase, type CompiledSpec, createClientCore } from '../src/index.js';

// Each attempt's AbortSignal is reused only when nobody can tell: these calls go over real HTTP to a
// server on 127.0.0.1 that answers after `?delay=` ms, and record the signal every attempt got.
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const delay = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('delay') ?? 0);
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":1}');
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const table = {
  getThing: {
    method: 'get',
    path: '/things/{id}',
    parameters: [],
    requestBody: null,
    responses: { default: () => true },
  },
} satisfies CompiledSpec;

function core(options: ClientOptionsBase = {}) {
  return createClientCore(
    'xtrakit',
    { baseUrl, retry: { retries: 0 }, ...options },
    () => ({ kind: 'invalid_request', vendorCode: null }),
    table,
  );
}

/** One GET through the core; `seen` gets the attempt's signal; `keep` leaves a listener on it. */
function getThing(
  c: ReturnType<typeof core>,
  seen: AbortSignal[],
  delayMs = 0,
  keep = false,
  call?: { deadlineMs: number },
) {
  return c.run<unknown>({
    operation: 'getThing',
    call,
    send: async (signal) => {
      seen.push(signal);
      if (keep) signal.addEventListener('abort', () => {});
      const response = await c.fetch(
        new c.Request(`${baseUrl}/things/1?delay=${delayMs}`, { method: 'GET', signal }),
      );
      const text = await response.text();
      return { data: text, response };
    },
    pick: (json) => ({ value: json }),
  });
}

describe('attempt signals', () => {
  it('are reused over the pooled transport once an attempt is over, never while one is in flight', async () => {
    const c = core();
    const seen: AbortSignal[] = [];
    for (let i = 0; i < 20; i++) expect((await getThing(c, seen)).ok).toBe(true);
    // Sequential calls: each finds the previous attempt's controller idle.
    expect(new Set(seen).size).toBe(1);
    const inFlight: AbortSignal[] = [];
    const results = await Promise.all(Array.from({ length: 8 }, () => getThing(c, inFlight, 20)));
    expect(results.every((r) => r.ok)).toBe(true);
    // Eight at once: eight signals, none shared by two attempts in flight.
    expect(new Set(inFlight).size).toBe(8);
    expect(inFlight.every((s) => !s.aborted)).toBe(true);
    await c.close();
  });

  it('never reuses one that fired: a timed-out attempt leaves the next call a fresh signal', async () => {
    // The deadline, not a short timeout, ends the first call: the second has the default 10 s, so a
    // loaded machine cannot time it out too.
    const c = core();
    const seen: AbortSignal[] = [];
    const late = await getThing(c, seen, 1_000, false, { deadlineMs: 50 });
    expect(late.ok).toBe(false);
    expect(late.ok === false && late.error.kind).toBe('timeout');
    expect(seen[0]?.aborted).toBe(true);
    expect((await getThing(c, seen)).ok).toBe(true);
    expect(seen[1]).not.toBe(seen[0]);
    expect(seen[1]?.aborted).toBe(false);
    await c.close();
  });

  it('never reuses one that something still listens to', async () => {
    const c = core();
    const seen: AbortSignal[] = [];
    expect((await getThing(c, seen, 0, true)).ok).toBe(true);
    expect((await getThing(c, seen)).ok).toBe(true);
    // Given back, it would have been the first taken (the idle ones are a stack).
    expect(seen[1]).not.toBe(seen[0]);
    await c.close();
  });

  it('are not reused with a fetch of the caller’s own (its use of the signal is unknown)', async () => {
    const pooled = core();
    const c = core({ fetch: pooled.fetch });
    const seen: AbortSignal[] = [];
    for (let i = 0; i < 3; i++) expect((await getThing(c, seen)).ok).toBe(true);
    expect(new Set(seen).size).toBe(3);
    await pooled.close();
  });
});
