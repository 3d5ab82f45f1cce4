/**
 * How a per-minute budget is spread: `points` slots every `durationSec` seconds. Windows are fixed and
 * start when they are first used, so any 60 s can touch `ceil(60 / durationSec) + 1` of them; a vendor
 * that counts "per minute" over any 60 s (the strictest reading, the sandboxes' own) then sees at most
 * that many windows' slots (`worstMinute`). The window is the shortest whole number of seconds (Redis
 * expiries are whole seconds) whose slots keep `worstMinute` within the budget and still give at least
 * 95 % of it: 3,000/min is 49 every second (50 would let some 60 s see 3,050), 1,000/min 16 every
 * second, 600/min 19 every 2 s; every budget from 1,786 a minute up fits in one second. A budget that
 * no window fits both ways (small ones: 60/min, 100/min) keeps the shortest window with at least 95 %
 * of it, and some 60 s may then see one window's slots more than the budget: 60/min is one call a
 * second (61 in the worst 60 s), 100/min five every 3 s, 7/min one every 9 s.
 */
export interface SlotWindow {
  points: number;
  durationSec: number;
}

/** The most calls any 60 s can see with this window. */
export function worstMinute(window: SlotWindow): number {
  return (Math.ceil(60 / window.durationSec) + 1) * window.points;
}

export function slotWindow(perMinute: number): SlotWindow {
  for (let durationSec = 1; durationSec < 60; durationSec++) {
    const exact = (perMinute * durationSec) / 60;
    const points = Math.floor((perMinute * durationSec) / (60 + durationSec));
    if (points >= 1 && points / exact >= 0.95 && worstMinute({ points, durationSec }) <= perMinute)
      return { points, durationSec };
  }
  for (let durationSec = 1; durationSec < 60; durationSec++) {
    const exact = (perMinute * durationSec) / 60;
    const points = Math.floor(exact);
    if (points >= 1 && points / exact >= 0.95) return { points, durationSec };
  }
  return { points: perMinute, durationSec: 60 };
}

/** Milliseconds between two slots on average (for estimates such as Retry-After). */
export function slotMs(window: SlotWindow): number {
  return (window.durationSec * 1000) / window.points;
}
