import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AdmissionHook,
  type AttemptEnd,
  type AttemptObserver,
  type AttemptStart,
  type ClientOptionsBase,
  type CompiledSchema,
  type CompiledSpec,
  createClientCore,
  isNotAdmitted,
  NotAdmittedError,
  type VendorRateLimit,
} from '../src/index.js';

// A real server on 127.0.0.1: each request takes the next scripted answer for its path.
const script = new Map<
  string,
  Array<{ status: number; headers?: Record<string, string>; body: string; delayMs?: number }>
>();
const received: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push({ url: req.url ?? '', headers: req.headers });
    const next = script.get(req.url ?? '')?.shift() ?? { status: 200, body: '{"id":1}' };
    setTimeout(() => {
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      res.end(next.body);
    }, next.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// A hand-made compiled schema (as Ajv's standalone code emits one): an object with a number id.
const thing: CompiledSchema = (data) => {
  const ok = typeof (data as { id?: unknown } | null)?.id === 'number';
  thing.errors = ok ? null : [{ instancePath: '/id', keyword: 'type', message: 'must be number' }];
  return ok;
};
const anything: CompiledSchema = () => true;

const table = {
  getThing: {
    method: 'get',
    path: '/things/{id}',
    parameters: [],
    requestBody: null,
    responses: { '200': thing, default: anything },
  },
} satisfies CompiledSpec;

function core(options: ClientOptionsBase) {
  return createClientCore(
    'xtrakit',
    { baseUrl, retry: { baseDelayMs: 1, maxDelayMs: 2 }, ...options },
    (status) => ({ kind: status === 404 ? 'not_found' : 'invalid_request', vendorCode: null }),
    table,
  );
}

/** One GET through the core's real transport, as a generated client does it. */
async function getThing(
  c: ReturnType<typeof core>,
  id: string,
  call?: { signal?: AbortSignal; waitSignal?: AbortSignal; deadlineMs?: number },
) {
  return c.run<{ id: number }>({
    operation: 'getThing',
    call,
    send: async (signal, extra) => {
      const response = await c.fetch(
        new c.Request(`${baseUrl}/things/${id}`, {
          method: 'GET',
          headers: { ...extra, authorization: 'Bearer client-key' },
          signal,
        }),
      );
      const text = await response.text();
      return response.ok ? { data: text, response } : { error: text, response };
    },
    pick: (json) => ({ value: json as { id: number } }),
  });
}

describe('AttemptObserver', () => {
  it('sees each attempt start and end, and its headers reach the vendor under the client’s own', async () => {
    script.set('/things/1', [
      { status: 503, headers: { 'retry-after': '0' }, body: '{}' },
      { status: 200, body: '{"id":1}' },
    ]);
    const starts: AttemptStart[] = [];
    const ends: AttemptEnd[] = [];
    const observer: AttemptObserver = {
      start: (attempt) => {
        starts.push(attempt);
        return {
          traceparent: `00-${'a'.repeat(32)}-${'b'.repeat(15)}${attempt.attempt}-01`,
          Authorization: 'x',
          'X-Bad': 'a\r\nb',
        };
      },
      end: (_attempt, result) => ends.push(result),
    };
    const c = core({ observer });
    received.length = 0;
    const result = await getThing(c, '1');
    await c.close();
    expect(result.ok).toBe(true);
    expect(starts).toEqual([
      { vendor: 'xtrakit', operationId: 'getThing', method: 'GET', route: '/things/{id}', attempt: 1 },
      { vendor: 'xtrakit', operationId: 'getThing', method: 'GET', route: '/things/{id}', attempt: 2 },
    ]);
    expect(ends.map(({ durationMs, ...rest }) => rest)).toEqual([
      { status: 503, errorKind: 'upstream_unavailable', retry: 'retry_after' },
      { status: 200, errorKind: null, retry: null },
    ]);
    expect(ends.every((e) => e.durationMs >= 0)).toBe(true);
    expect(received.map((r) => r.headers.traceparent)).toEqual([
      `00-${'a'.repeat(32)}-${'b'.repeat(15)}1-01`,
      `00-${'a'.repeat(32)}-${'b'.repeat(15)}2-01`,
    ]);
    // An observer cannot replace the client's credentials.
    expect(received.map((r) => r.headers.authorization)).toEqual(['Bearer client-key', 'Bearer client-key']);
  });

  it('keeps onAttempt working next to the observer', async () => {
    script.set('/things/2', [{ status: 404, body: '{}' }]);
    const seen: unknown[] = [];
    const c = core({
      onAttempt: (info) => seen.push([info.operation, info.attempt, info.status, info.errorKind]),
    });
    const result = await getThing(c, '2');
    await c.close();
    expect(result.ok).toBe(false);
    expect(seen).toEqual([['getThing', 1, 404, 'not_found']]);
  });
});

describe('AdmissionHook', () => {
  it('is taken before every attempt, retries included', async () => {
    script.set('/things/3', [
      { status: 503, headers: { 'retry-after': '0' }, body: '{}' },
      { status: 200, body: '{"id":3}' },
    ]);
    const admitted: number[] = [];
    const c = core({ admission: { admit: (attempt) => void admitted.push(attempt.attempt) } });
    received.length = 0;
    const result = await getThing(c, '3');
    await c.close();
    expect(result.ok && result.attempts).toBe(2);
    expect(admitted).toEqual([1, 2]);
    expect(received).toHaveLength(2);
  });

  it('refuses with a not-sent rate_limited error: zero attempts, nothing on the wire', async () => {
    const observed: AttemptStart[] = [];
    const c = core({
      admission: {
        admit: () => {
          throw new NotAdmittedError('budget exhausted', 1500);
        },
      },
      observer: { start: (a) => void observed.push(a) },
    });
    received.length = 0;
    const result = await getThing(c, '4');
    await c.close();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('rate_limited');
    expect(result.error.outcome).toBe('not_applied');
    expect(result.error.attempts).toBe(0);
    expect(result.error.retryAfter).toBe(2);
    expect(result.error.message).toMatch(/^not sent: the local xtrakit request budget/);
    expect(isNotAdmitted(result.error)).toBe(true);
    expect(received).toHaveLength(0);
    expect(observed).toHaveLength(0);
  });

  it('ends the call with the real vendor error when a retry is refused', async () => {
    script.set('/things/5', [{ status: 503, body: '{}' }]);
    let calls = 0;
    const c = core({
      admission: {
        admit: () => {
          if (++calls > 1) throw new NotAdmittedError('budget exhausted');
        },
      },
    });
    received.length = 0;
    const result = await getThing(c, '5');
    await c.close();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'upstream_unavailable', status: 503, attempts: 1 });
    expect(isNotAdmitted(result.error)).toBe(false);
    expect(received).toHaveLength(1);
  });

  it('may wait, and stops waiting when the deadline passes', async () => {
    const waiting: AdmissionHook = {
      admit: (_attempt, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        }),
    };
    const c = core({ admission: waiting });
    received.length = 0;
    const started = performance.now();
    const result = await getThing(c, '6', { deadlineMs: 50 });
    await c.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'timeout', outcome: 'not_applied', attempts: 0 });
    expect(received).toHaveLength(0);
  });

  it('stops waiting when the caller aborts', async () => {
    const c = core({
      admission: {
        admit: (_attempt, signal) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(resolve, 5_000);
            const stop = () => {
              clearTimeout(timer);
              reject(signal.reason);
            };
            signal.addEventListener('abort', stop, { once: true });
          }),
      },
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const result = await getThing(c, '7', { signal: controller.signal });
    await c.close();
    expect(!result.ok && result.error.attempts).toBe(0);
  });

  it('tryAdmit, asked first: true sends at once without admit; false hands over to admit', async () => {
    const asked: string[] = [];
    let slotAtHand = true;
    const c = core({
      admission: {
        tryAdmit: () => {
          asked.push('tryAdmit');
          return slotAtHand;
        },
        admit: () => {
          asked.push('admit');
        },
      },
    });
    received.length = 0;
    expect((await getThing(c, '1')).ok).toBe(true);
    slotAtHand = false;
    expect((await getThing(c, '1')).ok).toBe(true);
    await c.close();
    expect(asked).toEqual(['tryAdmit', 'tryAdmit', 'admit']);
    expect(received).toHaveLength(2);
  });

  it("a wait that got its slot leaves no listener on the caller's signals", async () => {
    const c = core({ admission: { admit: () => new Promise<void>((resolve) => setTimeout(resolve, 5)) } });
    const caller = new AbortController();
    const waiting = new AbortController();
    const listening = new Set<unknown>();
    for (const s of [caller.signal, waiting.signal]) {
      const add = s.addEventListener.bind(s);
      const remove = s.removeEventListener.bind(s);
      s.addEventListener = (...args: Parameters<AbortSignal['addEventListener']>) => {
        if (args[0] === 'abort') listening.add(args[1]);
        add(...args);
      };
      s.removeEventListener = (...args: Parameters<AbortSignal['removeEventListener']>) => {
        if (args[0] === 'abort') listening.delete(args[1]);
        remove(...args);
      };
    }
    const result = await getThing(c, '1', {
      signal: caller.signal,
      waitSignal: waiting.signal,
      deadlineMs: 5_000,
    });
    await c.close();
    expect(result.ok).toBe(true);
    expect(listening.size).toBe(0);
  });

  it('waitSignal ends a wait (nothing sent) but not an attempt already sent', async () => {
    const releases: Array<() => void> = [];
    const c = core({
      admission: {
        admit: (_attempt, signal) =>
          new Promise<void>((resolve, reject) => {
            releases.push(resolve);
            signal.addEventListener('abort', () => reject(signal.reason), { once: true });
          }),
      },
    });
    received.length = 0;
    const waiting = new AbortController();
    const refused = getThing(c, '9', { waitSignal: waiting.signal });
    waiting.abort();
    const first = await refused;
    expect(!first.ok && first.error).toMatchObject({ kind: 'timeout', outcome: 'not_applied', attempts: 0 });
    expect(received).toHaveLength(0);

    script.set('/things/10', [{ status: 200, body: '{"id":10}', delayMs: 200 }]);
    const left = new AbortController();
    const sent = getThing(c, '10', { waitSignal: left.signal });
    const until = Date.now() + 5_000;
    while (releases.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    releases[1]?.();
    while (received.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    left.abort();
    const second = await sent;
    await c.close();
    expect(second.ok && second.data).toEqual({ id: 10 });
  });

  it('is told of a vendor 429 and its Retry-After', async () => {
    script.set('/things/8', [{ status: 429, headers: { 'retry-after': '30' }, body: '{}' }]);
    const limits: VendorRateLimit[] = [];
    const c = core({ admission: { admit: () => undefined, rateLimited: (info) => limits.push(info) } });
    const result = await getThing(c, '8');
    await c.close();
    expect(!result.ok && result.error.kind).toBe('rate_limited');
    expect(limits).toEqual([{ vendor: 'xtrakit', operationId: 'getThing', retryAfterMs: 30_000 }]);
  });
});

describe('a failure before the wire', () => {
  it('is "not sent": no attempt counted, reported or retried, outcome not_applied, not the vendor’s failure', async () => {
    const attempts: unknown[] = [];
    const c = core({ onAttempt: (info) => attempts.push(info) });
    received.length = 0;
    const result = await c.run<{ id: number }>({
      operation: 'getThing',
      // As openapi-fetch does with a lone surrogate in a path parameter: it throws building the URL.
      send: async () => {
        const url = `${baseUrl}/things/${encodeURIComponent('\ud800')}`;
        return { response: await c.fetch(new c.Request(url)) };
      },
      pick: (json) => ({ value: json as { id: number } }),
    });
    await c.close();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      kind: 'invalid_request',
      outcome: 'not_applied',
      attempts: 0,
      vendorFailed: false,
    });
    expect(attempts).toEqual([]);
    expect(received).toEqual([]);
  });

  it('a failure after the request reached the transport is the vendor’s (a reset)', async () => {
    const c = core({});
    const result = await c.run<{ id: number }>({
      operation: 'getThing',
      send: async (signal) => {
        const response = c.fetch(new c.Request(`${baseUrl}/things/1`, { signal }));
        await response;
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      },
      pick: (json) => ({ value: json as { id: number } }),
    });
    await c.close();
    expect(!result.ok && result.error).toMatchObject({
      kind: 'upstream_unavailable',
      outcome: 'unknown',
      attempts: 1,
      vendorFailed: true,
    });
  });
});
