// The README documents the closed error-code sets and every environment variable: this keeps it true
// when a code or a variable is added.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_ERROR_CODES, USER_ERROR_CODES } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
// Every file of the config module (env.ts and the sections it is split into).
const configDir = new URL('../src/config/', import.meta.url);
const envSource = readdirSync(configDir)
  .map((name) => readFileSync(new URL(name, configDir), 'utf8'))
  .join('\n');

describe('README', () => {
  it.each(Object.keys(USER_ERROR_CODES))('documents user error code %s', (code) => {
    expect(readme).toMatch(new RegExp(`\\| \`${code}\` +\\|`));
  });

  it.each(Object.keys(GRAPHQL_ERROR_CODES))('documents GraphQL error code %s', (code) => {
    expect(readme).toMatch(new RegExp(`\\| \`${code}\` +\\|`));
  });

  const variables = new Set(
    [...envSource.matchAll(/env\.([A-Z][A-Z0-9_]+)|\(env, '([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] ?? m[2]),
  );
  it('finds the variables the config module reads', () => {
    expect(variables.size).toBeGreaterThan(20);
  });
  it.each([...variables])('documents environment variable %s', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });
});
