import { createRequire } from 'node:module';
import { project } from '../../vitest.shared.js';

// graphql ships CJS (main) and ESM (module) builds; the gateway's schema uses the CJS one under Node.
// Point `import 'graphql'` at the same file, as the gateway's own tests do, so there is one copy.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');

export default project('docs', { alias: { graphql: graphqlMain }, testTimeout: 60_000 });
