/**
 * How a per-minute budget is spread: `points` slots every `durationSec` seconds. The window is the
 * shortest whole number of seconds (Redis expiries are whole seconds) whose whole slots still give
 * at least 95 % of the budget, so a minute's budget is never spent in its first second: 60/min is
 * one call a second, 100/min five every 3 s, 7/min one every 9 s. In any minute the vendor sees at
 * most the budget plus one window's slots (the window that straddles the minute's edge).
 */
export interface SlotWindow {
  points: number;
  durationSec: number;
}

export function slotWindow(perMinute: number): SlotWindow {
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
