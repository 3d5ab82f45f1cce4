import { createRequire } from 'node:module';
import { project } from '../../vitest.shared.js';

// graphql ships CJS (main) and ESM (module) builds. Node loads the CJS one for graphql-yoga and
// Pothos; point the gateway's own `import 'graphql'` at the same file (resolved from the gateway,
// which depends on graphql) so there is one GraphQLError class in tests, as there is in production.
const graphqlMain = createRequire(new URL('../../apps/gateway/package.json', import.meta.url)).resolve(
  'graphql',
);

export default project('reliability', { alias: { graphql: graphqlMain }, testTimeout: 20_000 });
