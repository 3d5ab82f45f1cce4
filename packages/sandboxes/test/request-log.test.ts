import { describe, expect, it } from 'vitest';
import { type LoggedRequest, RequestRing } from '../src/request-log.js';

const entry = (method: string, operationId: string | null): Omit<LoggedRequest, 'seq'> => ({
  operationId,
  method,
  path: '/p',
  query: {},
  body: undefined,
  auth: 'none',
  authValid: false,
  status: null,
  fault: null,
  rateLimited: false,
  traceparent: null,
  at: 0,
});

describe('RequestRing', () => {
  it('keeps every entry, oldest first, until it is full', () => {
    const ring = new RequestRing(4);
    for (let i = 0; i < 3; i++) ring.push(entry('PUT', 'a'));
    expect(ring.all().map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(ring.count()).toBe(3);
  });

  it('keeps the newest `limit` entries in arrival order across many wraps', () => {
    const ring = new RequestRing(4);
    for (let pushed = 1; pushed <= 23; pushed++) {
      ring.push(entry('PUT', 'a'));
      const first = Math.max(1, pushed - 3);
      expect(ring.all().map((e) => e.seq)).toEqual(
        Array.from({ length: pushed - first + 1 }, (_, i) => first + i),
      );
    }
  });

  it('counts by operation and method (either case) over the entries it holds', () => {
    const ring = new RequestRing(3);
    ring.push(entry('GET', 'old'));
    ring.push(entry('PUT', 'a'));
    ring.push(entry('PUT', 'b'));
    ring.push(entry('GET', 'a'));
    expect(ring.count()).toBe(3);
    expect(ring.count({ operationId: 'old' })).toBe(0);
    expect(ring.count({ operationId: 'a' })).toBe(2);
    expect(ring.count({ method: 'put' })).toBe(2);
    expect(ring.count({ operationId: 'a', method: 'GET' })).toBe(1);
  });

  it('the entry push returns is the one logged (a handler fills its status in later)', () => {
    const ring = new RequestRing(2);
    ring.push(entry('PUT', 'a'));
    ring.push(entry('PUT', 'a'));
    const third = ring.push(entry('PUT', 'a'));
    third.status = 201;
    expect(ring.all().at(-1)).toBe(third);
    expect(ring.all().at(-1)?.status).toBe(201);
  });

  it('clear empties it; numbering goes on', () => {
    const ring = new RequestRing(2);
    for (let i = 0; i < 5; i++) ring.push(entry('PUT', 'a'));
    ring.clear();
    expect(ring.all()).toEqual([]);
    ring.push(entry('PUT', 'a'));
    expect(ring.all().map((e) => e.seq)).toEqual([6]);
  });

  it('refuses a limit below one', () => {
    expect(() => new RequestRing(0)).toThrow(RangeError);
  });
});
