import { describe, expect, it } from 'vitest';
import { parseSelection, settled } from './contestant.js';

describe('parseSelection (--only)', () => {
  it.each([
    {
      only: undefined,
      baseline: false,
      expected: ['raw', 'client', 'client-fetch', 'floor', 'gateway', 'peer'],
    },
    { only: 'gateway,peer', baseline: false, expected: ['gateway', 'peer'] },
    { only: ' peer , gateway ', baseline: false, expected: ['peer', 'gateway'] },
    { only: 'gateway', baseline: true, expected: ['gateway', 'gateway-baseline'] },
  ])('--only $only (baseline: $baseline) runs $expected', ({ only, baseline, expected }) => {
    expect([...parseSelection(only, baseline)]).toEqual(expected);
  });

  it.each(['gateway,hive', 'gateway-baseline', '', ','])('rejects --only "%s"', (only) => {
    expect(() => parseSelection(only, false)).toThrow(/--only takes a comma-separated subset of raw,/);
  });
});

describe('settled', () => {
  it('waits until the counter stops moving', async () => {
    let writes = 0;
    const timer = setInterval(() => {
      if (writes < 5) writes++;
    }, 20);
    try {
      expect(await settled(async () => writes, 60)).toBe(5);
    } finally {
      clearInterval(timer);
    }
  });

  it('gives up after maxMs on a counter that never settles', async () => {
    let writes = 0;
    const started = Date.now();
    const value = await settled(async () => ++writes, 10, 100);
    // It kept reading while the counter moved, stopped only once maxMs had passed, and returned the
    // last reading (how many reads fit in 100 ms depends on the machine's load, so it is not counted).
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(100);
    expect(elapsed).toBeLessThan(1_000);
    expect(value).toBe(writes);
    expect(value).toBeGreaterThanOrEqual(2);
  });
});
