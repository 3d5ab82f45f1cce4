// Vendor request budgets (issue 13): every vendor call takes a slot first, so that all replicas
// together stay within what the vendor allows per credential. The face is http-runtime's
// AdmissionHook; the counting is rate-limiter-flexible's, in the process or in Redis.
import { createHash } from 'node:crypto';
import type { AdmissionHook, VendorName } from '@loyalty-gateway/http-runtime';
import type { RateLimitConfig } from '../config/env.js';
import type { Redis } from '../redis/index.js';
import { Budget, type Priority } from './budget.js';
import { type BulkGate, createBulkGate } from './bulk-gate.js';
import { createSlotStore, type SlotStore } from './slot-store.js';
import { slotMs, slotWindow } from './window.js';

export type { Priority } from './budget.js';
export type { SlotStore, StoreMode, Take } from './slot-store.js';
export { createSlotStore } from './slot-store.js';
export type { FixedWindow, SlotWindow } from './window.js';
export { slotWindow } from './window.js';

/** Where the budgets are counted: none configured, in this process, in Redis, or locally while Redis is unreachable. */
export type BudgetMode = 'off' | 'local' | 'shared' | 'fallback';

/** The vendor budgets of one gateway process. */
export interface VendorBudgets {
  /** The admission hooks for vendors that have a budget (none for a vendor without one). */
  admission(priority: Priority): Partial<Record<VendorName, AdmissionHook>>;
  /** The vendor's budget per minute, or null without one (for bulk ETAs). */
  perMinute(vendor: VendorName): number | null;
  mode(): BudgetMode;
  /** Stops nothing in flight; the Redis connection belongs to the caller. */
  close(): Promise<void>;
}

export interface VendorBudgetOptions {
  config: RateLimitConfig;
  /**
   * Who each budget belongs to: the vendor credential the calls use (hashed into the Redis key, so
   * gateways with different credentials never share a budget; the credential itself is never stored).
   */
  identity: Record<VendorName, string>;
  redis: Redis | null;
  onDecision?: (vendor: VendorName, decision: 'admitted' | 'waited' | 'refused', priority: Priority) => void;
}

/** A short, stable, non-reversible name for a credential. */
export function identityKey(credential: string): string {
  return createHash('sha256').update(credential).digest('hex').slice(0, 16);
}

const VENDORS: readonly VendorName[] = ['xtrakit', 'capillary'];

export function createVendorBudgets(options: VendorBudgetOptions): VendorBudgets {
  const { config, redis } = options;
  const budgets = new Map<VendorName, { budget: Budget; store: SlotStore; gate: BulkGate | null }>();
  for (const vendor of VENDORS) {
    const perMinute = config.perMinute[vendor];
    if (perMinute === null) continue;
    const window = slotWindow(perMinute);
    const keyPrefix = `lgw:budget:${vendor}`;
    const key = identityKey(options.identity[vendor]);
    const store = createSlotStore({
      window,
      fallbackWindow: slotWindow(Math.max(1, Math.floor(perMinute * config.fallbackShare))),
      keyPrefix,
      redis,
    });
    // With Redis, bulk priority holds across replicas too (bulk-gate.ts).
    const gate = redis
      ? createBulkGate({ redis, keyPrefix, identity: key, vendor, perMinute, bulkShare: config.bulkShare })
      : null;
    const budget = new Budget({
      store,
      key,
      vendor,
      maxWaitMs: config.maxWaitMs,
      bulkShare: config.bulkShare,
      slotMs: slotMs(window),
      // Across replicas, bulk asks for each new bucket after interactive callers (bulk-gate.ts).
      bulkLagMs: gate?.bulkLagMs ?? 0,
      ...(options.onDecision
        ? { onDecision: (decision, priority) => options.onDecision?.(vendor, decision, priority) }
        : {}),
      ...(gate ? { onInteractiveWaiting: (forMs: number) => gate.interactiveWaiting(forMs) } : {}),
    });
    budgets.set(vendor, { budget, store, gate });
  }
  const hook = (
    vendor: VendorName,
    { budget, gate }: { budget: Budget; gate: BulkGate | null },
    priority: Priority,
  ): AdmissionHook => ({
    // A bulk call under a bulk gate always asks the gate (the share across replicas), never the fast path.
    tryAdmit: () => (priority === 'bulk' && gate ? false : budget.tryAdmit(priority)),
    admit: async (_attempt, signal) => {
      try {
        if (priority === 'bulk' && gate) await gate.admit(signal, () => budget.admit('bulk', signal));
        else await budget.admit(priority, signal);
      } catch (error) {
        options.onDecision?.(vendor, 'refused', priority);
        throw error;
      }
    },
    // A 429 means the vendor counts differently than the budget thinks: nobody sends until it said.
    rateLimited: (info) => void budget.pause(info.retryAfterMs ?? 1_000).catch(() => undefined),
  });
  return {
    admission(priority) {
      const hooks: Partial<Record<VendorName, AdmissionHook>> = {};
      for (const [vendor, entry] of budgets) hooks[vendor] = hook(vendor, entry, priority);
      return hooks;
    },
    perMinute: (vendor) => config.perMinute[vendor],
    mode() {
      if (budgets.size === 0) return 'off';
      const modes = [...budgets.values()].map(({ store }) => store.mode());
      if (modes.includes('fallback')) return 'fallback';
      return modes[0] === 'shared' ? 'shared' : 'local';
    },
    close: async () => undefined,
  };
}
