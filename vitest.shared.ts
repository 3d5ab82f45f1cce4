import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

/**
 * Tests import workspace packages from their TypeScript sources (the `@loyalty-gateway/source`
 * export condition), so they never need a build and never test a stale `dist/`.
 */
export const sourceConditions = ['@loyalty-gateway/source', ...defaultServerConditions];

/**
 * The conditions Node itself resolves with (vitest passes ssr.resolve.conditions as --conditions): not `module`, a
 * bundlers' condition whose builds Node may not load (the OpenTelemetry API's ES build has
 * extension-less imports, and Node 20's require() of it then fails).
 */
const nodeConditions = sourceConditions.filter((condition) => condition !== 'module');

/** The settings every project shares; each package's `vitest.config.ts` only names itself. */
export function project(
  name: string,
  extra: {
    testTimeout?: number;
    include?: string[];
    alias?: Record<string, string>;
    /** Also run the type-level tests (`test/**\/*.test-d.ts`) through tsc. */
    typecheck?: boolean;
  } = {},
) {
  return defineProject({
    resolve: { conditions: sourceConditions, ...(extra.alias ? { alias: extra.alias } : {}) },
    ssr: { resolve: { conditions: nodeConditions, externalConditions: nodeConditions } },
    test: {
      name,
      include: extra.include ?? ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: extra.testTimeout ?? 15_000,
      hookTimeout: 30_000,
      environment: 'node',
      // The OpenTelemetry packages' ES builds (which vite picks by their `module` field) use
      // extension-less imports that only bundlers resolve: load their CommonJS builds instead, as
      // Node and the esbuild bundle do.
      server: { deps: { fallbackCJS: true } },
      ...(extra.typecheck
        ? { typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' } }
        : {}),
    },
  });
}
