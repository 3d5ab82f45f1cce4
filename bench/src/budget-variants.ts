// What `--budget cost` and `--budget instructions` both measure (issue 13): the same mutation, the
// same gateway variants, and the Redis commands the gateway sent meanwhile.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { TestRedis } from '@loyalty-gateway/test-redis';

const run = promisify(execFile);

export const BUDGET_MUTATION =
  'mutation Bench($input: UpdateCustomerGroupInput!) { updateCustomerGroup(input: $input) ' +
  '{ outcome customerGroup { id name } userErrors { code retryAfterSeconds } } }';

/** One gateway the budget modes compare: its environment and, for another build, its entry point. */
export interface Variant {
  name: string;
  env: Record<string, string>;
  main?: string;
}

/**
 * The gateways compared, no budget first (the base of every ratio); `baseline` is --baseline's list
 * of other builds (comma-separated gateway.mjs paths), each with its budget in Redis.
 */
export function budgetVariants(baseline: string | undefined, redis: TestRedis): Variant[] {
  return [
    { name: 'no budget', env: {} },
    { name: 'budget in the process', env: { XTRAKIT_RATE_LIMIT_PER_MINUTE: '1000000' } },
    { name: 'budget in Redis', env: { XTRAKIT_RATE_LIMIT_PER_MINUTE: '1000000', REDIS_URL: redis.url } },
    // REDIS_URL alone also runs the bulk jobs on BullMQ and their events on Redis: what that costs a
    // mutation, apart from the budget's slots.
    { name: 'REDIS_URL, no budget', env: { REDIS_URL: redis.url } },
    ...(baseline ?? '')
      .split(',')
      .filter((path) => path !== '')
      .map((path) => ({
        name: `budget in Redis: ${baselineName(path)}`,
        env: { XTRAKIT_RATE_LIMIT_PER_MINUTE: '1000000', REDIS_URL: redis.url },
        main: path,
      })),
  ];
}

/**
 * `--instructions`: this build and each `--baseline` build (comma-separated gateway.mjs paths), all
 * with the same environment (the main bench's in-process budget): a code change A/B in instructions.
 */
export function buildVariants(baseline: string | undefined, env: Record<string, string>): Variant[] {
  return [
    { name: 'this build', env },
    ...(baseline ?? '')
      .split(',')
      .filter((path) => path !== '')
      .map((path) => ({ name: baselineName(path), env, main: path })),
  ];
}

/** A short name for a baseline build: its folder (e.g. /tmp/cost-base/gateway.mjs: cost-base). */
function baselineName(path: string): string {
  const parts = path.split('/').filter((p) => p !== '');
  return parts.length >= 2 ? (parts[parts.length - 2] as string) : path;
}

/** Redis commands processed so far (INFO stats), through redis-cli next to the test server. */
async function redisCommands(redis: TestRedis): Promise<number | null> {
  try {
    const port = new URL(redis.url).port;
    const { stdout } = await run('redis-cli', ['-p', port, 'INFO', 'stats'], { timeout: 5_000 });
    const match = /total_commands_processed:(\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Runs `work` and counts the Redis commands processed meanwhile (less the first INFO itself); null
 * without Redis (`redis` null) or when redis-cli cannot tell.
 */
export async function redisCommandsDuring<T>(
  redis: TestRedis | null,
  work: () => Promise<T>,
): Promise<{ result: T; commands: number | null }> {
  const before = redis ? await redisCommands(redis) : null;
  const result = await work();
  const after = redis ? await redisCommands(redis) : null;
  return { result, commands: before !== null && after !== null ? after - before - 1 : null };
}
