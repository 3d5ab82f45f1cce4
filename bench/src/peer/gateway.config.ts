// Hive Gateway's configuration for the peer (issue #17), loaded by `hive-gateway supergraph -c …`.
// Production settings: no GraphiQL and no landing page; everything else is Hive Gateway's default
// (masked errors, its info-level logger: LOG_LEVEL=info and LOG_JSON=1 are set by the benchmark).
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  graphiql: false,
  landingPage: false,
});
