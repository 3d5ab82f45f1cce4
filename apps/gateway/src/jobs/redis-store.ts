import type { Redis } from 'ioredis';
import { type Claim, claimedAt, type JobStore } from './store.js';
import { countKey, FINISHED_STATES, type ItemResult, type JobRecord, type JobState } from './types.js';

const PREFIX = 'lg:bulk';
const TTL_SECONDS = 7 * 24 * 3600;
const keys = (id: string) => ({
  job: `${PREFIX}:job:${id}`,
  items: `${PREFIX}:items:${id}`,
  results: `${PREFIX}:results:${id}`,
  claims: `${PREFIX}:claims:${id}`,
});
const ownerKeys = (owner: string) => ({ all: `${PREFIX}:owner:${owner}`, open: `${PREFIX}:open:${owner}` });

// KEYS: open set, job hash, owner zset. ARGV: max unfinished, id, createdAt, ttl, then field/value pairs.
const CREATE = `
if redis.call('SCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('SADD', KEYS[1], ARGV[2])
redis.call('HSET', KEYS[2], unpack(ARGV, 5))
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[4]))
redis.call('ZADD', KEYS[3], tonumber(ARGV[3]), ARGV[2])
return 1`;

// KEYS: results, claims. ARGV: index, worker. A claim left by another run means that run died mid-item
// (or its chunk was taken over). The token is `worker|ms|n` on Redis's clock, the same for every replica.
const CLAIM = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return {'done'} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local token = ARGV[2] .. '|' .. now .. '|' .. t[2]
local prior = redis.call('HGET', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], token)
if prior then return {'orphaned', token, prior, now} end
return {'fresh', token}`;

// KEYS: job, results, claims, open set. ARGV: index, result json, count field, now, id, ttl, claim token
// ('' for results known without a claim). First result wins; a run whose claim was taken over records nothing.
const RECORD = `
local holder = redis.call('HGET', KEYS[3], ARGV[1])
if ARGV[7] ~= '' and holder and holder ~= ARGV[7] then return 0 end
if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[6]))
redis.call('HDEL', KEYS[3], ARGV[1])
local processed = redis.call('HINCRBY', KEYS[1], 'processed', 1)
redis.call('HINCRBY', KEYS[1], ARGV[3], 1)
if processed == tonumber(redis.call('HGET', KEYS[1], 'total')) then
  local state = 'COMPLETED'
  if redis.call('HGET', KEYS[1], 'cancelRequested') == '1' then state = 'CANCELLED' end
  redis.call('HSET', KEYS[1], 'state', state, 'finishedAt', ARGV[4])
  redis.call('SREM', KEYS[4], ARGV[5])
end
return 1`;

function toFields(job: JobRecord): string[] {
  const { counts, ...rest } = job;
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...rest, ...counts })) {
    flat[k] = v === null ? '' : typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
  }
  return Object.entries(flat).flat();
}

function fromHash(h: Record<string, string>): JobRecord | null {
  if (!h.id) return null;
  const n = (k: string) => Number(h[k] ?? 0);
  const orNull = (k: string) => (h[k] ? Number(h[k]) : null);
  return {
    id: h.id,
    owner: h.owner ?? '',
    vendor: h.vendor === 'capillary' ? 'capillary' : 'xtrakit',
    state: (h.state ?? 'QUEUED') as JobState,
    total: n('total'),
    processed: n('processed'),
    counts: {
      applied: n('applied'),
      appliedWithWarnings: n('appliedWithWarnings'),
      notApplied: n('notApplied'),
      unknown: n('unknown'),
    },
    cancelRequested: h.cancelRequested === '1',
    createdAt: n('createdAt'),
    startedAt: orNull('startedAt'),
    finishedAt: orNull('finishedAt'),
  };
}

function toClaim(kind: string, token?: string, prior?: string, now?: number): Claim {
  if (kind === 'done' || token === undefined) return { kind: 'done' };
  if (kind === 'orphaned' && prior !== undefined && now !== undefined)
    return { kind: 'orphaned', token, since: claimedAt(prior), now: Number(now) };
  return { kind: 'fresh', token };
}

/** Jobs in Redis, shared by every replica; each deciding write is one Lua script (atomic). */
export function createRedisStore(redis: Redis): JobStore {
  const get = async (id: string) => fromHash(await redis.hgetall(keys(id).job));
  return {
    async create(job, items, known, maxUnfinished) {
      const k = keys(job.id);
      for (let i = 0; i < items.length; i += 1000) {
        await redis.rpush(k.items, ...items.slice(i, i + 1000).map((item) => JSON.stringify(item)));
      }
      await redis.expire(k.items, TTL_SECONDS);
      const o = ownerKeys(job.owner);
      const args = [maxUnfinished, job.id, job.createdAt, TTL_SECONDS, ...toFields(job)];
      const ok = await redis.eval(CREATE, 3, o.open, k.job, o.all, ...args);
      if (ok !== 1) {
        await redis.del(k.items);
        return false;
      }
      for (const result of known) await this.record(job.id, result);
      return true;
    },
    get,
    async list(owner, { first, after, state }) {
      const ids = await redis.zrevrange(ownerKeys(owner).all, 0, -1);
      const start = after === null ? 0 : ids.indexOf(after) + 1;
      const out: JobRecord[] = [];
      for (const id of ids.slice(start)) {
        if (out.length >= first) break;
        const job = await get(id);
        if (job && (state === null || job.state === state)) out.push(job);
      }
      return out;
    },
    async items(id, from, to) {
      const raw = await redis.lrange(keys(id).items, from, to - 1);
      return raw.map((s) => JSON.parse(s));
    },
    async results(id, { fromIndex, limit, outcome }) {
      const all = await redis.hgetall(keys(id).results);
      return Object.values(all)
        .map((s) => JSON.parse(s) as ItemResult)
        .filter((r) => r.index >= fromIndex && (outcome === null || r.outcome === outcome))
        .sort((a, b) => a.index - b.index)
        .slice(0, limit);
    },
    async claim(id, index, worker) {
      const k = keys(id);
      const [kind, token, prior, now] = (await redis.eval(CLAIM, 2, k.results, k.claims, index, worker)) as [
        string,
        string?,
        string?,
        number?,
      ];
      return toClaim(kind, token, prior, now);
    },
    async record(id, result, token) {
      const k = keys(id);
      const job = await get(id);
      if (!job) return null;
      const args = [
        result.index,
        JSON.stringify(result),
        countKey(result.outcome),
        Date.now(),
        id,
        TTL_SECONDS,
        token ?? '',
      ];
      const ok = await redis.eval(RECORD, 4, k.job, k.results, k.claims, ownerKeys(job.owner).open, ...args);
      return ok === 1 ? get(id) : null;
    },
    async markRunning(id) {
      const k = keys(id).job;
      // Only the first replica moves it from QUEUED.
      await redis.eval(
        `if redis.call('HGET', KEYS[1], 'state') == 'QUEUED' then redis.call('HSET', KEYS[1], 'state', 'RUNNING', 'startedAt', ARGV[1]) end`,
        1,
        k,
        Date.now(),
      );
    },
    async requestCancel(id) {
      const job = await get(id);
      if (job && !FINISHED_STATES.includes(job.state)) await redis.hset(keys(id).job, 'cancelRequested', '1');
    },
    async markFailed(id) {
      const job = await get(id);
      if (!job || FINISHED_STATES.includes(job.state)) return null;
      await redis.hset(keys(id).job, 'state', 'FAILED', 'finishedAt', String(Date.now()));
      await redis.srem(ownerKeys(job.owner).open, id);
      return get(id);
    },
    close: async () => undefined,
  };
}
