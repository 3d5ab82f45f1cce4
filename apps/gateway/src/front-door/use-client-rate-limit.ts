import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createSlotStore, type SlotStore } from '../budgets/index.js';
import type { Redis } from '../redis/index.js';
import { reply } from './reply.js';
import type { Step } from './step.js';

/** A per-client request counter (per minute), in the process or shared through Redis. */
export interface ClientLimiter {
  store: SlotStore;
  perMinute: number;
}

/**
 * A fixed minute per client: clients are people's scripts, and "N a minute" is what they are told.
 * While Redis is unreachable each replica allows `fallbackShare` of it on its own.
 */
export function createClientLimiter(
  perMinute: number,
  fallbackShare: number,
  redis: Redis | null,
): ClientLimiter {
  const store = createSlotStore({
    window: { points: perMinute, durationSec: 60 },
    fallbackWindow: { points: Math.max(1, Math.floor(perMinute * fallbackShare)), durationSec: 60 },
    keyPrefix: 'lgw:client',
    redis,
  });
  return { store, perMinute };
}

/** Who a request counts against: its gateway API key (already checked) or, without keys, its address. */
function clientOf(req: IncomingMessage, keyed: boolean): string {
  const match = keyed ? /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '') : null;
  const who = match?.[1] ? `key:${match[1]}` : `addr:${req.socket.remoteAddress ?? 'unknown'}`;
  // Hashed: a key never reaches Redis.
  return createHash('sha256').update(who).digest('hex').slice(0, 24);
}

/**
 * The client rate limit (CLIENT_RATE_LIMIT_PER_MINUTE): over it, 429 RATE_LIMITED with Retry-After,
 * and no vendor call. It sits after the API-key step; health, readiness and metrics come before it.
 */
export function useClientRateLimit(limiter: ClientLimiter | null, keyed: boolean): Step {
  if (!limiter) return (_request, next) => next();
  return async ({ req, res }, next) => {
    if (req.method === 'OPTIONS') return next();
    const taken = await limiter.store.take(clientOf(req, keyed));
    if (taken.ok) return next();
    const seconds = Math.max(1, Math.ceil(taken.waitMs / 1000));
    return reply(
      res,
      429,
      'RATE_LIMITED',
      `more than ${limiter.perMinute} requests a minute from this client; retry after ${seconds} s`,
      { 'retry-after': String(seconds) },
    );
  };
}
