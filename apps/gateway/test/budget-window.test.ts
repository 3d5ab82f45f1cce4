// How a per-minute budget becomes fixed windows of slots, and the claim that matters: a vendor that
// counts any 60 s (the sandboxes' CredentialRateLimit, the strictest reading) never refuses a caller
// that takes every slot the windows give, as soon as each window opens.
import { CredentialRateLimit } from '@loyalty-gateway/sandboxes';
import { describe, expect, it } from 'vitest';
import { type SlotWindow, slotWindow, worstMinute } from '../src/budgets/window.js';

/**
 * A caller that takes every slot on a fake clock: each window opens when the first call comes after
 * the last one closed (as rate-limiter-flexible's do), its slots are taken at any moment while it is
 * open (as waiters come and go), and each call reaches the vendor 0-30 ms later. Returns how many
 * calls the vendor's limit over any 60 s refused.
 */
function refused(perMinute: number, window: SlotWindow, minutes = 5): number {
  const { points, durationSec } = window;
  let random = 7;
  const uniform = (n: number) => {
    random = (random * 48271) % 2147483647;
    return random % n;
  };
  const arrivals: number[] = [];
  for (let opens = 0; opens < minutes * 60_000; opens += durationSec * 1000 + uniform(5)) {
    for (let i = 0; i < points; i++) arrivals.push(opens + uniform(durationSec * 1000) + uniform(31));
  }
  arrivals.sort((a, b) => a - b);
  let now = 0;
  const limit = new CredentialRateLimit(perMinute, () => now);
  let count = 0;
  for (const at of arrivals) {
    now = at;
    if (limit.check('credential') !== null) count++;
  }
  return count;
}

describe('slotWindow', () => {
  it.each([
    [3000, { points: 49, durationSec: 1 }],
    [1000, { points: 16, durationSec: 1 }],
    [600, { points: 19, durationSec: 2 }],
    [60, { points: 1, durationSec: 1 }],
    [100, { points: 5, durationSec: 3 }],
    [7, { points: 1, durationSec: 9 }],
  ])('%i a minute: %o', (perMinute, window) => {
    expect(slotWindow(perMinute)).toEqual(window);
  });

  it('gives at least 95 % of every budget, and from 1,786 a minute never more than the budget in any 60 s', () => {
    for (let perMinute = 1; perMinute <= 20_000; perMinute++) {
      const w = slotWindow(perMinute);
      const rate = (w.points * 60) / w.durationSec;
      expect(rate, `${perMinute}`).toBeGreaterThanOrEqual(0.95 * perMinute - 1e-9);
      if (perMinute >= 1786) expect(worstMinute(w), `${perMinute}`).toBeLessThanOrEqual(perMinute);
    }
  });

  it.each([3000, 1000, 600, 2400, 12_345])(
    '%i a minute: a caller taking every slot is never refused by a limit over any 60 s',
    (perMinute) => {
      expect(refused(perMinute, slotWindow(perMinute))).toBe(0);
    },
  );

  it('the window it replaces (50 a second for 3,000 a minute) is refused: the simulation can tell', () => {
    expect(refused(3000, { points: 50, durationSec: 1 })).toBeGreaterThan(0);
  });
});
