// The peer's composition (issue #17): GraphQL Mesh's `mesh-compose` turns the two hand-written
// OpenAPI specs into one supergraph with @omnigraph/openapi, the way a Mesh user would. Hosts and
// credentials stay `{env.…}` placeholders that Hive Gateway fills in per request, so the composed
// file holds no secret and no port and can be built once by `pnpm --filter @loyalty-gateway/bench build`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const specs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'specs');

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Xtrakit', {
        source: join(specs, 'xtrakit.yaml'),
        endpoint: '{env.XTRAKIT_BASE_URL}',
        operationHeaders: { authorization: 'Bearer {env.XTRAKIT_API_KEY}' },
      }),
    },
    {
      sourceHandler: loadOpenAPISubgraph('Capillary', {
        source: join(specs, 'capillary.yaml'),
        endpoint: '{env.CAPILLARY_BASE_URL}',
        operationHeaders: { authorization: 'Basic {env.CAPILLARY_BASIC_AUTH}' },
      }),
    },
  ],
});
