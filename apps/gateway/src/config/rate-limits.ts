// Vendor request budgets, client rate limits and the Redis they share (issue 13).
import { ConfigError, type Env, int } from './read.js';

/** Budgets, client limits and Redis, as validated from the environment. */
export interface RateLimitConfig {
  /** Vendor calls per minute per vendor credential; null: no budget. */
  perMinute: { xtrakit: number | null; capillary: number | null };
  /**
   * Redis shared by every replica (budgets, client limits and durable bulk jobs); null: each process
   * keeps its own, and bulk jobs run in the process (lost on restart).
   */
  redisUrl: string | null;
  /** How long one Redis command may take before the local fallback answers instead. */
  redisTimeoutMs: number;
  /** How long an interactive call waits for a budget slot before RATE_LIMITED. */
  maxWaitMs: number;
  /** The most of a budget bulk calls take while interactive calls are waiting (0 < share <= 1). */
  bulkShare: number;
  /** The share of each budget (and client limit) one replica allows itself while Redis is unreachable. */
  fallbackShare: number;
  /** Requests per minute per gateway API key (per client address without keys); null: no limit. */
  clientPerMinute: number | null;
}

/** An optional whole number: unset or empty is null. */
function optionalInt(env: Env, name: string, min: number, max: number): number | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  return int(env, name, 0, min, max);
}

/** A fraction 0 < x <= 1 written as a decimal (`0.25`). */
function share(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^(?:0?\.\d+|1(?:\.0+)?)$/.test(raw) || !(value > 0 && value <= 1)) {
    throw new ConfigError(`${name} must be a decimal fraction above 0 and at most 1 (e.g. 0.25)`);
  }
  return value;
}

/** REDIS_URL: redis:// or rediss://; its password is a secret (never printed). */
function redisUrl(env: Env): string | null {
  const raw = env.REDIS_URL;
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL (value not shown)');
  }
  if ((parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') || !parsed.hostname) {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL (value not shown)');
  }
  return raw;
}

/** Reads the budget variables; the wait must fit inside the mutation deadline. */
export function rateLimitConfig(env: Env, mutationDeadlineMs: number): RateLimitConfig {
  const maxWaitMs = int(env, 'RATE_LIMIT_MAX_WAIT_MS', Math.min(3_000, mutationDeadlineMs / 2), 0, 120_000);
  if (maxWaitMs >= mutationDeadlineMs) {
    throw new ConfigError('RATE_LIMIT_MAX_WAIT_MS must be shorter than MUTATION_DEADLINE_MS');
  }
  return {
    perMinute: {
      xtrakit: optionalInt(env, 'XTRAKIT_RATE_LIMIT_PER_MINUTE', 1, 1_000_000),
      capillary: optionalInt(env, 'CAPILLARY_RATE_LIMIT_PER_MINUTE', 1, 1_000_000),
    },
    redisUrl: redisUrl(env),
    redisTimeoutMs: int(env, 'REDIS_TIMEOUT_MS', 250, 10, 10_000),
    maxWaitMs,
    bulkShare: share(env, 'BULK_BUDGET_SHARE', 0.25),
    fallbackShare: share(env, 'RATE_LIMIT_FALLBACK_SHARE', 0.5),
    clientPerMinute: optionalInt(env, 'CLIENT_RATE_LIMIT_PER_MINUTE', 1, 10_000_000),
  };
}

/** The password in REDIS_URL, if any, as written and decoded (scrubbed from logs like every secret). */
export function redisSecret(config: RateLimitConfig): string[] {
  if (!config.redisUrl) return [];
  const { password } = new URL(config.redisUrl);
  if (!password) return [];
  return [...new Set([password, decodeURIComponent(password)])];
}
