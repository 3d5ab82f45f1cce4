// Bulk job progress travels between replicas through Redis with graphql-yoga's Redis event target on
// ioredis 6 (its peer range says ^5; pnpm-workspace.yaml allows 6 on the strength of this test): two
// replicas' event targets, each on its own ioredis 6 connections from src/redis, one publishing and
// the other following. The follower's own re-reading of the job is set far beyond the test, so every
// step it yields came through Redis pub/sub.
import { createRequire } from 'node:module';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { startTestRedis, type TestRedis } from '@loyalty-gateway/test-redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobEvents, type JobEvents, type JobEventTarget } from '../src/jobs/events.js';
import { emptyCounts, type JobRecord } from '../src/jobs/types.js';
import { closeRedis, createJobConnection, type Redis } from '../src/redis/index.js';

const job = (processed: number, state: JobRecord['state'] = 'RUNNING'): JobRecord => ({
  id: 'bj_events',
  owner: 'owner',
  vendor: 'xtrakit',
  state,
  total: 10,
  processed,
  counts: { ...emptyCounts(), applied: processed },
  cancelRequested: false,
  createdAt: 1,
  startedAt: 1,
  finishedAt: state === 'COMPLETED' ? 2 : null,
});

describe('bulk job events across replicas through Redis (ioredis 6)', () => {
  let redis: TestRedis;
  const connections: Redis[] = [];
  const connect = () => {
    const c = createJobConnection(redis.url);
    connections.push(c);
    return c;
  };
  const replicaEvents = (): JobEvents =>
    createJobEvents(
      createRedisEventTarget({ publishClient: connect(), subscribeClient: connect() }) as JobEventTarget,
    );

  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => closeRedis(c)));
    await redis?.close();
  });

  it('runs on ioredis 6, the version the event target is given', () => {
    const require = createRequire(import.meta.url);
    const version = (require('ioredis/package.json') as { version: string }).version;
    expect(version).toMatch(/^6\./);
    const fromTarget = createRequire(require.resolve('@graphql-yoga/redis-event-target'));
    expect((fromTarget('ioredis/package.json') as { version: string }).version).toBe(version);
  });

  it("delivers one replica's steps to another replica's subscription, in order, to the end", async () => {
    const publisher = replicaEvents();
    const follower = replicaEvents();
    const watcher = connect();
    const seen: number[] = [];
    let last: JobRecord | undefined;
    const following = (async () => {
      for await (const step of follower.follow('bj_events', async () => job(0), 600_000)) {
        seen.push(step.processed);
        last = step;
      }
    })();
    // Publish only once the follower's SUBSCRIBE has reached Redis.
    for (;;) {
      const [, subscribers] = (await watcher.pubsub('NUMSUB', 'bulk-job:bj_events')) as [string, number];
      if (subscribers > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (let processed = 1; processed < 10; processed++) publisher.publish(job(processed));
    publisher.publish(job(10, 'COMPLETED'));
    await following;
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(last).toMatchObject({ state: 'COMPLETED', counts: { applied: 10 } });
  }, 30_000);
});
