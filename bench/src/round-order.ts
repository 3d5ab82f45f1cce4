/**
 * The contestants in the order of the given round (from 1): as listed in odd rounds, reversed in even
 * ones. Whichever of two gateways ran first in a round measured up to ~10 % less CPU per mutation in
 * some runs (issue 17's graphql-jit trial: paired 1.17x and 1.21x when it ran first, 0.99x and 0.99x
 * second), so an A/B with an even number of rounds has each build in each place equally often.
 */
export function roundOrder<T>(contestants: readonly T[], round: number): readonly T[] {
  return round % 2 === 1 ? contestants : [...contestants].reverse();
}
