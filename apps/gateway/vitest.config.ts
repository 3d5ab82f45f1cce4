import { createRequire } from 'node:module';
import { project } from '../../vitest.shared.js';

// graphql ships CJS (main) and ESM (module) builds. Node loads the CJS one for graphql-yoga and
// Pothos; point our own `import 'graphql'` at the same file so there is one GraphQLError class in
// tests, as there is in production.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');

export default project('gateway', { alias: { graphql: graphqlMain }, testTimeout: 20_000 });
