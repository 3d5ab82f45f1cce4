// One real redis-server for a test file, and the gateway's own connections to it (the kind budgets
// and client limits use), closed after the file's tests.
import { startTestRedis, type TestRedis } from '@loyalty-gateway/test-redis';
import { afterAll, beforeAll } from 'vitest';
import { closeRedis, createRedisConnection, type Redis } from '../src/redis/index.js';

export interface FileRedis {
  /** The server (started before the file's tests); stop() and start() take it away and back. */
  server(): TestRedis;
  /** A new connection with this command timeout, closed after the file's tests. */
  connect(commandTimeoutMs: number): Redis;
}

export function useFileRedis(startTimeoutMs = 60_000): FileRedis {
  let redis: TestRedis | undefined;
  const connections: Redis[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
  }, startTimeoutMs);
  afterAll(async () => {
    await Promise.all(connections.map(closeRedis));
    await redis?.close();
  });
  const server = () => {
    if (!redis) throw new Error('the test redis-server is not started yet');
    return redis;
  };
  return {
    server,
    connect(commandTimeoutMs) {
      const connection = createRedisConnection(server().url, { commandTimeoutMs });
      connections.push(connection);
      return connection;
    },
  };
}
