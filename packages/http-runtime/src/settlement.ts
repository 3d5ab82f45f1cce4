import type { VendorError, VendorResult } from './errors.js';

/**
 * One field a write asked to set, as a read-back found it: `equal` (the vendor holds the asked
 * value, compared as the vendor stores it), `different` (it holds something else, or nothing), or
 * `refused` (a value the vendor can never store in that field, e.g. Capillary 91017: a number
 * field stays a number, so "abc" is refused whether or not the write was applied).
 */
export interface FieldCheck {
  /** The body field, e.g. `group_name` or `extendedFields.tier`. */
  field: string;
  state: 'equal' | 'different' | 'refused';
  asked: unknown;
  /** What the read showed; undefined when the group has no such field. */
  found: unknown;
}

/** Every field a write asked to set, compared with a read of the group; omitted fields are not compared. */
export interface UpdateComparison {
  /** No field is `different`: the vendor holds every value asked for (refused ones aside). */
  matches: boolean;
  fields: FieldCheck[];
}

/** Builds a comparison from its field checks. */
export function comparisonOf(fields: FieldCheck[]): UpdateComparison {
  return { matches: fields.every((f) => f.state !== 'different'), fields };
}

/**
 * What is known about an unclear answer: whether the vendor gave a complete one (it had finished),
 * and, when it did not, whether the write provably ended all the same (`ended`).
 */
export interface UnclearAnswer {
  /**
   * The vendor answered with a whole 5xx (status and body read to the end), so it had finished with
   * the request; false after a timeout, a reset or a garbled answer (the write may still be in flight).
   */
  complete: boolean;
  /**
   * Why a write without a complete answer can no longer be in flight, when that is known. The one
   * reason is `sender_gone` (see `senderGone`): the process that sent it stopped without recording an
   * answer, and its whole bound for the write has passed since the write started. Absent: it may
   * still be in flight.
   */
  ended?: 'sender_gone';
}

/**
 * The unclear answer of a write whose sender is gone: the process that sent it stopped without
 * recording an answer (a replica killed mid-write, whose work another one took over), and at least
 * `boundMs` has passed since the write started (`startedAt`, ms since epoch, as `now` counts). The
 * bound must be the longest the sender could have kept any attempt of the write open: its whole
 * deadline for the write, which covers every attempt's own timeout and every retry it could have
 * made. Past it, every connection the sender opened for the write has been aborted or closed, so
 * nothing of it is still in flight, and a read that holds other values means it was not applied.
 * Null while the bound has not passed yet: wait until `startedAt + boundMs`, or settle with
 * `{ complete: false }`. Clocks of different hosts differ: add their possible skew to `boundMs`.
 */
export function senderGone(
  startedAt: number,
  boundMs: number,
  now: number = Date.now(),
): UnclearAnswer | null {
  return now >= startedAt + boundMs ? { complete: false, ended: 'sender_gone' } : null;
}

/** Whether nothing of the write can still be in flight: a complete answer, or a sender gone for good. */
export function writeEnded(unclear: UnclearAnswer): boolean {
  return unclear.complete || unclear.ended === 'sender_gone';
}

/**
 * The unclear answer a failed write left, or null when its failure was clear (nothing to settle:
 * refused before the wire, a 4xx, a 429/503 that says "not processed"). A 504 is not complete: an
 * intermediary gave up waiting, and the vendor may still be working on the request.
 */
export function unclearAnswer(error: VendorError): UnclearAnswer | null {
  if (error.outcome !== 'unknown') return null;
  const complete =
    error.kind === 'upstream_unavailable' &&
    error.status !== null &&
    error.status >= 500 &&
    error.status !== 504;
  return { complete };
}

/**
 * What a read-back says about an unclear write: `applied` (the vendor holds every value asked for;
 * someone else may have set the same values: it is still what the caller asked for, and no more is
 * claimed), `not_applied` (the vendor had finished with the request and holds something else: safe
 * to send again; after a complete answer or a sender gone, see `writeEnded`), or `unknown` (the write
 * may still be in flight, or the read failed: never a guess).
 */
export type Settlement<G> =
  | { verdict: 'applied'; group: G; comparison: UpdateComparison }
  | { verdict: 'not_applied'; group: G; comparison: UpdateComparison }
  | { verdict: 'unknown'; reason: 'in_flight'; group: G; comparison: UpdateComparison }
  | { verdict: 'unknown'; reason: 'read_failed'; error: VendorError };

/** The verdict of a read-back: reads the group once and compares it with what the write asked for. */
export async function settleByReadBack<G>(
  read: () => Promise<VendorResult<G>>,
  compare: (group: G) => UpdateComparison,
  unclear: UnclearAnswer,
): Promise<Settlement<G>> {
  const result = await read();
  if (!result.ok) return { verdict: 'unknown', reason: 'read_failed', error: result.error };
  const comparison = compare(result.data);
  if (comparison.matches) return { verdict: 'applied', group: result.data, comparison };
  if (writeEnded(unclear)) return { verdict: 'not_applied', group: result.data, comparison };
  return { verdict: 'unknown', reason: 'in_flight', group: result.data, comparison };
}
