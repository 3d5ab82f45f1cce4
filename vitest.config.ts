import { defineConfig } from 'vitest/config';

// One root config; each workspace package is a named project with its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: ['specs', 'packages/*', 'apps/*', 'tests/*', 'tooling/test-redis'],
  },
});
