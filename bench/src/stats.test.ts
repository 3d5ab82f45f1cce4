import { describe, expect, it } from 'vitest';
import { LatencyRecorder, median, percentile, ratio } from './stats.js';

describe('median', () => {
  it.each([
    { values: [3, 1, 2], expected: 2 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [5], expected: 5 },
    { values: [1, Number.NaN, 3], expected: 2 },
  ])('of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });

  it('of nothing is NaN', () => {
    expect(median([])).toBeNaN();
  });
});

describe('percentile (nearest rank)', () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
  it.each([
    { p: 50, expected: 50 },
    { p: 99, expected: 99 },
    { p: 100, expected: 100 },
    { p: 0, expected: 1 },
  ])('p$p of 1..100 is $expected', ({ p, expected }) => {
    expect(percentile(sorted, p)).toBe(expected);
  });
});

describe('LatencyRecorder', () => {
  it('keeps every sample past its initial capacity and summarises them', () => {
    const recorder = new LatencyRecorder();
    const n = 70_000; // more than the initial 65 536 slots
    for (let i = n; i >= 1; i--) recorder.record(i / 1000);
    expect(recorder.count).toBe(n);
    const { p50, p99, mean } = recorder.summary();
    expect(p50).toBeCloseTo(35, 6);
    expect(p99).toBeCloseTo(69.3, 6);
    expect(mean).toBeCloseTo((n + 1) / 2000, 6);
  });
});

describe('ratio', () => {
  it('divides and rounds, or says n/a', () => {
    expect(ratio(3, 2)).toBe('1.50');
    expect(ratio(1, 0)).toBe('n/a');
    expect(ratio(Number.NaN, 2)).toBe('n/a');
  });
});
