import { describe, expect, it } from 'vitest';
import { roundOrder } from './round-order.js';

describe('roundOrder', () => {
  it('lists the contestants as given in odd rounds and reversed in even ones, leaving the list alone', () => {
    const listed = ['floor', 'gateway', 'gateway-baseline', 'peer'] as const;
    expect(roundOrder(listed, 1)).toEqual(listed);
    expect(roundOrder(listed, 2)).toEqual(['peer', 'gateway-baseline', 'gateway', 'floor']);
    expect(roundOrder(listed, 3)).toEqual(listed);
    expect(listed[0]).toBe('floor');
  });

  it('puts each of two builds first equally often over an even number of rounds', () => {
    const firsts = [1, 2, 3, 4].map((round) => roundOrder(['a', 'b'], round)[0]);
    expect(firsts.filter((f) => f === 'a')).toHaveLength(2);
  });
});
