// Starts the gateway: env -> config -> (sandboxes) -> listen; SIGTERM/SIGINT drain and exit 0.
import { setFlagsFromString } from 'node:v8';
import { ConfigError, loadConfig } from './config/env.js';
import { docsLine } from './docs-site.js';
import { finishLogging } from './logging.js';
import { startGateway } from './start.js';

/** Sets a V8 flag at start unless node's command line already names `name` (theirs wins). */
function defaultV8Flag(name: string, flag: string): void {
  if (!process.execArgv.some((arg) => arg.includes(name))) setFlagsFromString(flag);
}

// Old-space growth: V8 lets the old generation grow up to 4x its live size between full collections;
// this gateway's live heap is ~25 MB and it allocates ~100 KB per mutation, so under load its RSS
// reached ~200 MB. Growing by 2x keeps the peak under 150 MB for a ~2 ms higher p99 and the same
// throughput (pnpm bench --baseline-node-args=--heap-growing-percent=100, side by side). The flag is
// read at every collection.
defaultV8Flag('--heap-growing-percent', '--heap-growing-percent=100');
// Allocation-site pretenuring: V8 allocates straight into the old generation from a site whose young
// objects mostly survived a scavenge. Each request's objects live as long as its vendor call, so with
// 50 requests in flight the fast path's compiled execution (graphql-jit) had its sites pretenured and
// every request's objects reached the old generation: 7.5x the promoted bytes, 3x the mark-compacts
// and a worse p99 (pnpm bench --gc, side by side). Off, they die young.
defaultV8Flag('allocation-site-pretenuring', '--no-allocation-site-pretenuring');

const startedAt = performance.now();
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`configuration error: ${error.message}`);
    process.exit(78);
  }
  throw error;
}

const running = await startGateway(config);
const readyMs = Math.round(performance.now() - startedAt);
const { gateway, url, sandboxes } = running;
if (config.unsafeSkipResponseValidation)
  gateway.logger.warn(
    'UNSAFE_SKIP_RESPONSE_VALIDATION: vendor answers are believed unchecked (benchmarks only)',
  );
const docs = config.docsDir ? `${url}/docs/` : null;
gateway.logger.info(
  { url, readyMs, sinceProcessStartMs: Math.round(performance.now()), docs },
  'gateway ready',
);
// Log lines go out in blocks (logging.ts): the ready line is the one a supervisor waits for.
gateway.logger.flush();
if (!config.production) {
  console.log(`\nloyalty-gateway ready in ${Math.round(performance.now())} ms (since process start)`);
  console.log(`  GraphQL:  ${url}/graphql${config.graphiql ? '   (GraphiQL: open it in a browser)' : ''}`);
  // Already loaded by startGateway when a sandbox runs; never loaded in production.
  const embedded =
    sandboxes.xtrakit || sandboxes.capillary ? await import('@loyalty-gateway/sandboxes') : null;
  if (embedded && sandboxes.xtrakit)
    console.log(`  Xtrakit sandbox:   ${sandboxes.xtrakit}   key ${embedded.XTRAKIT_SANDBOX_API_KEY}`);
  if (embedded && sandboxes.capillary) {
    const c = embedded.CAPILLARY_SANDBOX_CREDENTIALS;
    console.log(`  Capillary sandbox: ${sandboxes.capillary}   till ${c.username} / ${c.password}`);
  }
  console.log(`  Health:   ${url}/healthz  ${url}/readyz   Metrics: ${url}/metrics`);
  console.log(`  Docs:     ${docsLine(config.docsDir, url)}\n`);
}

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  gateway.logger.info({ signal }, 'draining');
  await running.stop();
  gateway.logger.info('stopped');
  // Bounded: a log sink that stopped reading (a closed pipe) must not keep the process alive.
  await finishLogging(gateway.logger);
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
