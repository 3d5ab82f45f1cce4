// Bulk priority: while interactive calls wait, bulk calls get at most BULK_BUDGET_SHARE of the slots;
// bulk never times out. Real rate-limiter-flexible counting in the process, real timers.
import { setMaxListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createVendorBudgets } from '../src/budgets/index.js';
import { loadConfig } from '../src/index.js';

const attempt = {
  vendor: 'xtrakit' as const,
  operationId: 'updateCustomerGroup',
  method: 'PUT',
  route: '/',
  attempt: 1,
};

describe('bulk and interactive callers on one budget', () => {
  it('bulk takes at most its share of the slots while interactive callers wait, and all get through', async () => {
    const config = loadConfig({
      XTRAKIT_RATE_LIMIT_PER_MINUTE: '600', // one slot every 102 ms
      RATE_LIMIT_MAX_WAIT_MS: '8000',
      BULK_BUDGET_SHARE: '0.2',
    }).rateLimits;
    const budgets = createVendorBudgets({ config, identity: { xtrakit: 'k', capillary: 'c' }, redis: null });
    expect(budgets.perMinute('xtrakit')).toBe(600);
    expect(budgets.perMinute('capillary')).toBeNull();
    expect(budgets.admission('bulk').capillary).toBeUndefined();
    const bulk = budgets.admission('bulk').xtrakit;
    const interactive = budgets.admission('interactive').xtrakit;
    const order: string[] = [];
    const signal = new AbortController().signal;
    setMaxListeners(64, signal); // 40 callers wait on it at once: no leak warning
    const take = (kind: 'bulk' | 'interactive') =>
      Promise.resolve((kind === 'bulk' ? bulk : interactive)?.admit(attempt, signal)).then(() =>
        order.push(kind),
      );
    // 20 bulk first: the first takes the bucket's slot at once (one more if a bucket begins within
    // the 50 ms), the rest wait; then 20 interactive.
    const all = [...Array.from({ length: 20 }, () => take('bulk'))];
    await new Promise((resolve) => setTimeout(resolve, 50));
    const alone = order.length;
    all.push(...Array.from({ length: 20 }, () => take('interactive')));
    await Promise.all(all);
    expect(alone).toBeGreaterThanOrEqual(1);
    expect(order.slice(0, alone)).toEqual(Array(alone).fill('bulk'));
    // The next 20 slots, while interactive callers wait: bulk gets at most 20 % of them.
    const contended = order.slice(alone, alone + 20);
    expect(contended.filter((k) => k === 'bulk').length).toBeLessThanOrEqual(4);
    expect(contended.filter((k) => k === 'bulk').length).toBeGreaterThanOrEqual(2);
    expect(order.filter((k) => k === 'bulk').length).toBe(20);
    expect(budgets.mode()).toBe('local');
  }, 20_000);
});
