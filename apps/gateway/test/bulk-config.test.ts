// The bulk job settings: defaults, bounds, REDIS_URL's form (the error names the variable, never the
// value) and its password among the secrets scrubbed from logs.
import { describe, expect, it } from 'vitest';
import { BULK_MAX_ITEMS, ConfigError, configuredSecrets, loadConfig } from '../src/index.js';

describe('bulk configuration', () => {
  it('defaults: 10,000 items, 8 MiB bodies, in-process jobs', () => {
    const { bulk, rateLimits } = loadConfig({});
    expect(bulk).toMatchObject({
      maxItems: BULK_MAX_ITEMS,
      bodyBytes: 8 * 1024 * 1024,
      maxUnfinishedPerKey: 3,
    });
    expect(rateLimits.redisUrl).toBeNull();
    expect(BULK_MAX_ITEMS).toBe(10_000);
  });

  it.each([
    ['BULK_MAX_ITEMS', '10001'],
    ['BULK_CONCURRENCY', '65'],
    ['BULK_LOCK_MS', '999'],
    ['REDIS_URL', 'http://secret-host:6379'],
    ['REDIS_URL', 'not a url s3cr3t'],
  ])('refuses %s=%s, naming the variable and not the value', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect((error as Error).message).toContain(name);
      expect((error as Error).message).not.toContain(value);
    }
  });

  it('takes a redis:// URL once, for bulk jobs and budgets alike, and scrubs its password from logs', () => {
    const config = loadConfig({ REDIS_URL: 'redis://:p%40ss-word@127.0.0.1:6390/0' });
    expect(config.rateLimits.redisUrl).toBe('redis://:p%40ss-word@127.0.0.1:6390/0');
    expect(config.bulk).not.toHaveProperty('redisUrl');
    expect(configuredSecrets(config)).toEqual(expect.arrayContaining(['p%40ss-word', 'p@ss-word']));
  });
});
