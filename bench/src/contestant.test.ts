import { describe, expect, it } from 'vitest';
import { parseSelection } from './contestant.js';

describe('parseSelection (--only)', () => {
  it.each([
    { only: undefined, baseline: false, expected: ['raw', 'client', 'client-fetch', 'gateway', 'peer'] },
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
