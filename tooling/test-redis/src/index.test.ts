import { afterEach, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis, waitForPing } from './index.js';

describe('startTestRedis', () => {
  let redis: TestRedis | undefined;
  afterEach(async () => {
    await redis?.close();
    redis = undefined;
  });

  it('starts a real redis-server on a free port that answers PING, and stops it', async () => {
    redis = await startTestRedis();
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
    expect(redis.port).not.toBe(6379);
    await waitForPing(redis.port, 1_000);
    expect(redis.pid).toBeGreaterThan(0);
    await redis.stop();
    expect(redis.running).toBe(false);
    expect(redis.pid).toBeNull();
    await expect(waitForPing(redis.port, 200)).rejects.toThrow(/did not answer PING/);
  });

  it('restarts on the same port after a SIGKILL', async () => {
    redis = await startTestRedis();
    await redis.kill();
    await expect(waitForPing(redis.port, 200)).rejects.toThrow();
    await redis.start();
    expect(redis.running).toBe(true);
    await waitForPing(redis.port, 1_000);
  });
});
