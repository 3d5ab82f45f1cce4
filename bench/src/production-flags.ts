// The node/V8 flags the gateway runs with in production, so that the bench starts it the same way.
// They travel in NODE_OPTIONS, never on the command line, because V8 cannot take them at run time
// (`v8.setFlagsFromString('--max-semi-space-size=…')` after start leaves the young generation as it is)
// and because a flag on the command line would beat the user's own NODE_OPTIONS. Every production
// start carries the same string (production-flags.test.ts checks them): `pnpm start` (root and
// apps/gateway), the production folder's `start` (apps/gateway/scripts/package.mjs) and the Dockerfile.

/**
 * A young generation of up to 2 x 32 MB instead of V8's 2 x 16 MB: about half the scavenges, about a
 * quarter less scavenging time and a lower p99 at 50 connections, for ~30 MB more peak RSS
 * (bench/README.md, "The young generation's size").
 */
export const GATEWAY_NODE_OPTIONS = '--max-semi-space-size=32';

const flagName = (arg: string): string => arg.split('=')[0] as string;

/**
 * NODE_OPTIONS for a gateway started with `nodeArgs` on its command line: the production flags, less
 * any that those arguments set themselves (theirs win, and no flag is given twice); null if none is left.
 */
export function productionNodeOptions(nodeArgs: readonly string[]): string | null {
  const given = new Set(nodeArgs.map(flagName));
  const left = GATEWAY_NODE_OPTIONS.split(/\s+/).filter((flag) => !given.has(flagName(flag)));
  return left.length > 0 ? left.join(' ') : null;
}
