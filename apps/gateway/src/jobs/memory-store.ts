import { type Claim, claimedAt, type JobStore } from './store.js';
import { type BulkItemInput, countKey, FINISHED_STATES, type ItemResult, type JobRecord } from './types.js';

interface Entry {
  job: JobRecord;
  items: BulkItemInput[];
  results: Map<number, ItemResult>;
  /** Item index -> the token of the claim on it. */
  claims: Map<number, string>;
}

/** Jobs in this process only: nothing survives a restart (the embedded default, without REDIS_URL). */
export function createMemoryStore(): JobStore {
  const jobs = new Map<string, Entry>();
  let claims = 0;
  const entry = (id: string) => jobs.get(id);
  const unfinished = (owner: string) =>
    [...jobs.values()].filter((e) => e.job.owner === owner && !FINISHED_STATES.includes(e.job.state)).length;
  return {
    async create(job, items, known, maxUnfinished) {
      if (unfinished(job.owner) >= maxUnfinished) return false;
      const created: Entry = { job: { ...job }, items, results: new Map(), claims: new Map() };
      jobs.set(job.id, created);
      for (const result of known) await this.record(job.id, result);
      return true;
    },
    get: async (id) => {
      const e = entry(id);
      return e ? { ...e.job, counts: { ...e.job.counts } } : null;
    },
    async list(owner, { first, after, state }) {
      const mine = [...jobs.values()]
        .map((e) => e.job)
        .filter((j) => j.owner === owner && (state === null || j.state === state))
        .sort((a, b) => (a.id < b.id ? 1 : -1));
      const start = after === null ? 0 : mine.findIndex((j) => j.id === after) + 1;
      return mine.slice(start, start + first).map((j) => ({ ...j, counts: { ...j.counts } }));
    },
    items: async (id, from, to) => entry(id)?.items.slice(from, to) ?? [],
    async results(id, { fromIndex, limit, outcome }) {
      const e = entry(id);
      if (!e) return [];
      const out: ItemResult[] = [];
      for (let i = fromIndex; i < e.job.total && out.length < limit; i++) {
        const r = e.results.get(i);
        if (r && (outcome === null || r.outcome === outcome)) out.push(r);
      }
      return out;
    },
    async claim(id, index, worker): Promise<Claim> {
      const e = entry(id);
      if (!e || e.results.has(index)) return { kind: 'done' };
      const now = Date.now();
      const token = `${worker}|${now}|${++claims}`;
      const prior = e.claims.get(index);
      e.claims.set(index, token);
      // In one process a claim is only left behind by a run that failed mid-chunk.
      if (prior) return { kind: 'orphaned', token, since: claimedAt(prior), now };
      return { kind: 'fresh', token };
    },
    async record(id, result, token) {
      const e = entry(id);
      if (!e || e.results.has(result.index)) return null;
      const holder = e.claims.get(result.index);
      if (token !== undefined && holder !== undefined && holder !== token) return null;
      e.results.set(result.index, result);
      e.claims.delete(result.index);
      e.job.processed++;
      e.job.counts[countKey(result.outcome)]++;
      if (e.job.processed === e.job.total) {
        e.job.state = e.job.cancelRequested ? 'CANCELLED' : 'COMPLETED';
        e.job.finishedAt = Date.now();
      }
      return { ...e.job, counts: { ...e.job.counts } };
    },
    async markRunning(id) {
      const e = entry(id);
      if (e && e.job.state === 'QUEUED') {
        e.job.state = 'RUNNING';
        e.job.startedAt = Date.now();
      }
    },
    async requestCancel(id) {
      const e = entry(id);
      if (e && !FINISHED_STATES.includes(e.job.state)) e.job.cancelRequested = true;
    },
    async markFailed(id) {
      const e = entry(id);
      if (!e || FINISHED_STATES.includes(e.job.state)) return null;
      e.job.state = 'FAILED';
      e.job.finishedAt = Date.now();
      return { ...e.job, counts: { ...e.job.counts } };
    },
    close: async () => {
      jobs.clear();
    },
  };
}
