import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

/**
 * Tests import workspace packages from their TypeScript sources (the `@loyalty-gateway/source`
 * export condition), so they never need a build and never test a stale `dist/`.
 */
export const sourceConditions = ['@loyalty-gateway/source', ...defaultServerConditions];

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
    ssr: { resolve: { conditions: sourceConditions, externalConditions: sourceConditions } },
    test: {
      name,
      include: extra.include ?? ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: extra.testTimeout ?? 15_000,
      hookTimeout: 30_000,
      environment: 'node',
      ...(extra.typecheck
        ? { typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' } }
        : {}),
    },
  });
}
