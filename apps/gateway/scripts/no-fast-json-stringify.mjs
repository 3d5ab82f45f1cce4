// Stands in for fast-json-stringify in the gateway bundle (see bundle.mjs): graphql-jit calls it only
// with its `customJSONSerializer` option, which the gateway leaves off.
export default function fastJson() {
  throw new Error(
    'fast-json-stringify is left out of the gateway bundle: graphql-jit customJSONSerializer is off',
  );
}
