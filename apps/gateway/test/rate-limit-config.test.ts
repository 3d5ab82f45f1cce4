// The budget and client-limit variables: defaults, bounds, and errors that name the variable only.
import { describe, expect, it } from 'vitest';
import { ConfigError, configuredSecrets, loadConfig } from '../src/index.js';

describe('rate limit configuration', () => {
  it('is off by default: no budget, no Redis, no client limit; waits 3 s', () => {
    expect(loadConfig({}).rateLimits).toEqual({
      perMinute: { xtrakit: null, capillary: null },
      redisUrl: null,
      redisTimeoutMs: 250,
      maxWaitMs: 3_000,
      bulkShare: 0.25,
      fallbackShare: 0.5,
      clientPerMinute: null,
    });
  });

  it('reads budgets, Redis, shares and the client limit', () => {
    const config = loadConfig({
      XTRAKIT_RATE_LIMIT_PER_MINUTE: '600',
      CAPILLARY_RATE_LIMIT_PER_MINUTE: '100',
      REDIS_URL: 'redis://:hunter2-redis-pass@redis.internal:6379/0',
      RATE_LIMIT_MAX_WAIT_MS: '5000',
      BULK_BUDGET_SHARE: '0.1',
      RATE_LIMIT_FALLBACK_SHARE: '0.33',
      CLIENT_RATE_LIMIT_PER_MINUTE: '1000',
    });
    expect(config.rateLimits).toMatchObject({
      perMinute: { xtrakit: 600, capillary: 100 },
      maxWaitMs: 5_000,
      bulkShare: 0.1,
      fallbackShare: 0.33,
      clientPerMinute: 1_000,
    });
    expect(configuredSecrets(config)).toContain('hunter2-redis-pass');
  });

  it.each([
    ['XTRAKIT_RATE_LIMIT_PER_MINUTE', '0'],
    ['CAPILLARY_RATE_LIMIT_PER_MINUTE', '1.5'],
    ['REDIS_URL', 'http://secret-host:6379'],
    ['REDIS_URL', 'not a url secret'],
    ['BULK_BUDGET_SHARE', '0'],
    ['RATE_LIMIT_FALLBACK_SHARE', '1.5'],
    ['CLIENT_RATE_LIMIT_PER_MINUTE', '-3'],
    ['RATE_LIMIT_MAX_WAIT_MS', '20000'],
  ])('refuses %s=%s, naming the variable and not the value', (name, value) => {
    const load = () => loadConfig({ [name]: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(name);
    try {
      load();
    } catch (error) {
      if (value.includes('secret')) expect((error as Error).message).not.toContain('secret');
    }
  });
});
