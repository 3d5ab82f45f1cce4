// A replica's start with REDIS_URL (issue 13): it listens only once its Redis connection's first
// attempt has settled, so with Redis reachable its first answer already counts slots in Redis
// (`shared`), with Redis refusing connections it starts at once on its fallback share, and with a
// Redis that accepts but never answers it starts after the connect timeout, also on its fallback.
// Either way it stops when told, Redis or not. A real redis-server and real TCP listeners.
import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './stack.js';
import { useFileRedis } from './test-redis-connections.js';

const redis = useFileRedis();
const stacks: Stack[] = [];
const servers: Server[] = [];
const sockets: Socket[] = [];

afterAll(async () => {
  await Promise.all(stacks.map((s) => s.stop()));
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

async function start(redisUrl: string): Promise<{ stack: Stack; startMs: number }> {
  const began = performance.now();
  const stack = await startStack({
    env: { REDIS_URL: redisUrl, REDIS_TIMEOUT_MS: '250', XTRAKIT_RATE_LIMIT_PER_MINUTE: '600' },
  });
  stacks.push(stack);
  return { stack, startMs: performance.now() - began };
}

async function rateLimitMode(stack: Stack): Promise<string> {
  const reply = await stack.http('/readyz');
  expect(reply.status).toBe(200);
  return reply.body.rateLimits;
}

/** A TCP listener on 127.0.0.1 that accepts connections and never answers (or, closed, refuses them). */
async function tcpListener(): Promise<{ url: string; server: Server }> {
  const server = createServer((socket) => void sockets.push(socket));
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return { url: `redis://127.0.0.1:${address.port}`, server };
}

describe('a replica starting with REDIS_URL', () => {
  it('Redis reachable: its first /readyz already says shared, and its first mutation counts in Redis', async () => {
    const { stack } = await start(redis.server().url);
    expect(await rateLimitMode(stack)).toBe('shared');
    const reply = await stack.gql(
      'mutation { updateCustomerGroup(input: {id: "1", name: "first"}) { outcome } }',
    );
    expect(reply.body.data.updateCustomerGroup.outcome).toBe('APPLIED');
    expect(await rateLimitMode(stack)).toBe('shared');
    const reader = new Redis(redis.server().url); // with its offline queue: waits for its connection
    try {
      expect((await reader.keys('*')).length).toBeGreaterThan(0); // counted in Redis, not in the process
    } finally {
      reader.disconnect();
    }
  });

  it('Redis refusing connections: it starts without waiting out the connect timeout and serves from its fallback', async () => {
    const { url, server } = await tcpListener();
    await new Promise((resolve) => server.close(resolve)); // the port now refuses
    const { stack, startMs } = await start(url);
    expect(startMs).toBeLessThan(15_000); // bounded, not hung
    expect(await rateLimitMode(stack)).toBe('fallback');
    const reply = await stack.gql(
      'mutation { updateCustomerGroup(input: {id: "1", name: "alone"}) { outcome } }',
    );
    expect(reply.body.data.updateCustomerGroup.outcome).toBe('APPLIED');
    // And it stops: its bulk worker does not wait for a Redis that never comes (bullmq#4656).
    stacks.splice(stacks.indexOf(stack), 1);
    await stack.stop();
  }, 20_000);

  it('Redis accepting but never answering: it starts after the connect timeout, in fallback', async () => {
    const { url } = await tcpListener();
    const { stack, startMs } = await start(url);
    expect(startMs).toBeLessThan(15_000);
    expect(sockets.length).toBeGreaterThan(0); // it did connect and wait for an answer
    expect(await rateLimitMode(stack)).toBe('fallback');
    stacks.splice(stacks.indexOf(stack), 1);
    await stack.stop();
  }, 20_000);
});
