// `pnpm run package`: the gateway's production folder, apps/gateway/deploy/ (what the Dockerfile copies):
// the one-file bundle (scripts/bundle.mjs) and a package.json, plus the runtime dependencies the bundle
// loads from outside itself in production, which today are none. The bundle leaves out only
// EXTERNAL (and BullMQ's optional backends it cannot resolve), and production never loads any of those
// (see PRODUCTION_NEVER_LOADS); the script reads
// the bundle's own list of imports and stops if anything else is left outside it.
// Usage: node scripts/package.mjs [outdir]   (a folder it empties first)

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleGateway, EXTERNAL } from './bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The production folder, relative to the repository root (the Dockerfile's COPY source). */
export const DEPLOY_DIR = 'apps/gateway/deploy';

/** Left outside the bundle and never loaded with NODE_ENV=production (config refuses both uses). */
export const PRODUCTION_NEVER_LOADS = {
  '@loyalty-gateway/sandboxes': 'the embedded sandboxes: NODE_ENV=production refuses them',
  '@graphql-yoga/render-graphiql': 'the GraphiQL page: NODE_ENV=production refuses GRAPHIQL=true',
  // BullMQ's optional backends (optional peer dependencies, not installed): the gateway hands BullMQ an
  // ioredis connection (src/jobs/redis-backend.ts), so BullMQ never imports them.
  pg: "BullMQ's Postgres backend: bulk jobs give BullMQ an ioredis connection",
  '@valkey/valkey-glide': "BullMQ's Valkey GLIDE client: bulk jobs give BullMQ an ioredis connection",
};

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Imports the bundle leaves to node's resolver that are neither built-ins nor production-unused. */
function unexpectedExternals(metafile) {
  const found = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const entry of output.imports) {
      const builtin = builtins.has(entry.path) || entry.path.startsWith('node:');
      if (entry.external && !builtin && !(entry.path in PRODUCTION_NEVER_LOADS)) {
        found.add(entry.path);
      }
    }
  }
  return [...found];
}

/** Builds the production folder at `outdir`; returns the files in it. */
export async function packageGateway(outdir = join(root, '..', '..', DEPLOY_DIR)) {
  const target = resolve(outdir);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  let metafile;
  await bundleGateway(join(target, 'gateway.mjs'), { onMetafile: (m) => (metafile = m) });
  const unexpected = unexpectedExternals(metafile);
  if (unexpected.length > 0 || EXTERNAL.some((name) => !(name in PRODUCTION_NEVER_LOADS))) {
    throw new Error(
      `the bundle loads ${unexpected.join(', ')} from node_modules: bundle it (scripts/bundle.mjs) or ship it here`,
    );
  }
  const gateway = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = {
    name: '@loyalty-gateway/gateway-deploy',
    version: gateway.version,
    private: true,
    description: 'The production folder of the loyalty-gateway: `node gateway.mjs` with NODE_ENV=production.',
    type: 'module',
    engines: gateway.engines,
    scripts: { start: 'node gateway.mjs' },
    dependencies: {},
  };
  writeFileSync(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return readdirSync(target).sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = process.argv[2];
  const files = await packageGateway(outdir);
  console.log(`production folder ${outdir ?? DEPLOY_DIR}: ${files.join(', ')}`);
}
