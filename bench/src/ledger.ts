// The soak's reconciliation: which mutations the sandboxes applied (read from their request logs)
// against the outcome the gateway reported for each. Every soak mutation carries a unique sequence
// number in the name it writes (`soak-<seq>`), so the two sides can be matched one by one.
import type { LoggedRequest } from '@loyalty-gateway/sandboxes';

/** Outcome codes stored per sequence number (a byte each, so a 30-minute soak stays small). */
export const OUTCOME = {
  NONE: 0,
  APPLIED: 1,
  APPLIED_WITH_WARNINGS: 2,
  NOT_APPLIED: 3,
  UNKNOWN: 4,
  /** No GraphQL payload: HTTP error, GraphQL error, connection error. */
  ERROR: 5,
} as const;
export type OutcomeCode = (typeof OUTCOME)[keyof typeof OUTCOME];

const BY_NAME: Record<string, OutcomeCode> = {
  APPLIED: OUTCOME.APPLIED,
  APPLIED_WITH_WARNINGS: OUTCOME.APPLIED_WITH_WARNINGS,
  NOT_APPLIED: OUTCOME.NOT_APPLIED,
  UNKNOWN: OUTCOME.UNKNOWN,
};

/** The outcome code of a payload's `outcome` string (ERROR for anything else). */
export function outcomeCode(outcome: unknown): OutcomeCode {
  return typeof outcome === 'string' && Object.hasOwn(BY_NAME, outcome)
    ? (BY_NAME[outcome] as OutcomeCode)
    : OUTCOME.ERROR;
}

/** How a mutation's outcome was reached, from its payload's `settledBy` and `attempts` (a byte each). */
export const SETTLED = {
  NONE: 0,
  /** The vendor's own answer to the one write. */
  VENDOR_ANSWER: 1,
  /** Unclear, read back: every asked value held (APPLIED). */
  READ_APPLIED: 2,
  /** Unclear, read back: proven not applied, not sent again (SETTLE_RETRY=false). */
  READ_NOT_APPLIED: 3,
  /** Unclear, read back, proven not applied, sent once more (attempts 2). */
  RETRIED: 4,
  /** Unclear, and the read-back could not settle it. */
  STILL_UNKNOWN: 5,
} as const;

/** The SETTLED code of a payload. */
export function settledCode(payload: { outcome?: string; settledBy?: string; attempts?: number }): number {
  if (payload.attempts === 2) return SETTLED.RETRIED;
  if (payload.outcome === 'UNKNOWN') return SETTLED.STILL_UNKNOWN;
  if (payload.settledBy !== 'READ_BACK') return SETTLED.VENDOR_ANSWER;
  return payload.outcome === 'NOT_APPLIED' ? SETTLED.READ_NOT_APPLIED : SETTLED.READ_APPLIED;
}

/** The name a soak mutation writes, and back. */
export const soakName = (seq: number): string => `soak-${seq}`;
export function seqOfName(name: unknown): number | null {
  const match = typeof name === 'string' ? /^soak-(\d+)$/.exec(name) : null;
  return match ? Number(match[1]) : null;
}

/** Writes the soak's sandboxes treat as updates, by operation id, and where the name is in the body. */
const WRITE_NAME_FIELD: Record<string, string> = {
  updateCustomerGroup: 'group_name',
  updateUserGroup: 'groupName',
};

/**
 * Whether a logged request changed the store, for the fault rules the soak injects: no fault or a
 * garbled answer (`truncated`) after a 2xx means the handler applied it; of the status faults only
 * 502 is injected with `applyWrite` (the write happens, then the 502); 429/500/503 and `reset`
 * strike before the vendor acts. The soak checks this reading against the store's own write counter.
 */
export function appliedWrite(entry: Pick<LoggedRequest, 'status' | 'fault'>): boolean {
  const ok = entry.status !== null && entry.status >= 200 && entry.status < 300;
  if (entry.fault === null || entry.fault === 'truncated') return ok;
  return entry.fault === 'status' && entry.status === 502;
}

/** A growable bitmap/byte map keyed by sequence number. */
export class SeqBytes {
  #bytes = new Uint8Array(1 << 16);

  get(seq: number): number {
    return seq < this.#bytes.length ? (this.#bytes[seq] as number) : 0;
  }

  set(seq: number, value: number): void {
    if (seq >= this.#bytes.length) {
      let size = this.#bytes.length;
      while (size <= seq) size *= 2;
      const bigger = new Uint8Array(size);
      bigger.set(this.#bytes);
      this.#bytes = bigger;
    }
    this.#bytes[seq] = value;
  }

  /** Sequence numbers with a non-zero value, below `limit`. */
  *entries(limit = this.#bytes.length): Generator<[number, number]> {
    const end = Math.min(limit, this.#bytes.length);
    for (let seq = 0; seq < end; seq++) {
      const value = this.#bytes[seq] as number;
      if (value !== 0) yield [seq, value];
    }
  }

  /** The bytes as base64 (trailing zeros dropped), for sending over IPC. */
  toBase64(): string {
    let end = this.#bytes.length;
    while (end > 0 && this.#bytes[end - 1] === 0) end--;
    return Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset, end).toString('base64');
  }

  static fromBase64(text: string): SeqBytes {
    const map = new SeqBytes();
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length > 0) map.set(bytes.length - 1, 0);
    map.#bytes.set(bytes);
    return map;
  }
}

/** What the sandbox side saw: how many times each sequence number was written (0, 1, 2+). */
export class WriteLedger {
  readonly writes = new SeqBytes();
  /** Applied writes that carried no soak name (e.g. warm-up traffic), by operation. */
  readonly unnamed: Record<string, number> = {};
  /** Applied writes counted from the logs, by operation (compared with the store counters). */
  readonly applied: Record<string, number> = {};
  /** Injected faults seen in the logs, by kind (and status for status faults). */
  readonly faults: Record<string, number> = {};
  #lastSeen = new Map<string, number>();
  /** Log entries that rotated out of a sandbox's ring before they were read (must stay 0). */
  missed = 0;

  /** Starts reading a sandbox's log after what it holds now. */
  skip(source: string, entries: readonly LoggedRequest[]): void {
    const newest = entries[entries.length - 1];
    if (newest) this.#lastSeen.set(source, newest.seq);
  }

  /** Reads the entries of one sandbox's request log that arrived since the last call. */
  ingest(source: string, entries: readonly LoggedRequest[]): void {
    const last = this.#lastSeen.get(source) ?? 0;
    const fresh = entries.filter((e) => e.seq > last);
    if (fresh.length === 0) return;
    const first = fresh[0] as LoggedRequest;
    if (first.seq > last + 1) this.missed += first.seq - last - 1;
    this.#lastSeen.set(source, (fresh[fresh.length - 1] as LoggedRequest).seq);
    for (const entry of fresh) {
      if (entry.fault !== null) {
        const kind = entry.fault === 'status' ? `status ${entry.status}` : entry.fault;
        this.faults[kind] = (this.faults[kind] ?? 0) + 1;
      }
      const field = entry.operationId ? WRITE_NAME_FIELD[entry.operationId] : undefined;
      if (!field || entry.method !== 'PUT' || !appliedWrite(entry)) continue;
      const op = entry.operationId as string;
      this.applied[op] = (this.applied[op] ?? 0) + 1;
      const seq = seqOfName((entry.body as Record<string, unknown> | undefined)?.[field]);
      if (seq === null) {
        this.unnamed[op] = (this.unnamed[op] ?? 0) + 1;
        continue;
      }
      this.writes.set(seq, Math.min(2, this.writes.get(seq) + 1));
    }
  }
}

/** The reconciliation verdict: every count here except the `ok` ones must be 0. */
export interface Reconciliation {
  mutations: number;
  appliedReported: number;
  writesSeen: number;
  /** Reported APPLIED(_WITH_WARNINGS) but the sandbox never wrote it. */
  appliedWithoutWrite: number;
  /** The sandbox wrote it but the gateway reported NOT_APPLIED. */
  writtenButNotApplied: number;
  /** The sandbox wrote it but the caller got no payload (an unexpected error). */
  writtenWithoutOutcome: number;
  /** Written more than once. */
  doubleWrites: number;
  /** Written for a sequence number never sent (cannot happen unless names are reused). */
  writesForUnsentSeq: number;
  /** UNKNOWN outcomes whose write did happen, and ones whose write did not (both are honest). */
  unknownApplied: number;
  unknownNotApplied: number;
  /** Unclear vendor answers: what would all have been UNKNOWN before settlement. */
  unclear: number;
  settledApplied: number;
  /** Proven not applied by a read-back (sent again or not). */
  settledNotApplied: number;
  settledRetried: number;
  /** Sent again after a read-back, and then applied. */
  retriedApplied: number;
  /** UNKNOWN after settlement. */
  stillUnknown: number;
  /** A read-back's verdict the store contradicts: settled APPLIED but never written, settled NOT_APPLIED but written, a retry that wrote twice. */
  settledContradicting: number;
}

/** Adds one mutation's settlement to the counts. */
function countSettlement(r: Reconciliation, settled: number, outcome: number, written: number): void {
  const applied = outcome === OUTCOME.APPLIED || outcome === OUTCOME.APPLIED_WITH_WARNINGS;
  if (settled >= SETTLED.READ_APPLIED) r.unclear++;
  if (outcome === OUTCOME.UNKNOWN) r.stillUnknown++;
  if (settled === SETTLED.READ_APPLIED) {
    r.settledApplied++;
    if (written === 0) r.settledContradicting++;
  }
  if (settled === SETTLED.READ_NOT_APPLIED) {
    r.settledNotApplied++;
    if (written > 0) r.settledContradicting++;
  }
  if (settled === SETTLED.RETRIED) {
    r.settledNotApplied++;
    r.settledRetried++;
    if (applied) r.retriedApplied++;
    // The first write was proven not applied: at most the retry wrote, and only if it says so.
    if (written > 1 || (applied && written === 0) || (outcome === OUTCOME.NOT_APPLIED && written > 0))
      r.settledContradicting++;
  }
}

/** Matches outcomes (per sequence number, from the load generator) with writes (from the sandboxes). */
export function reconcile(
  outcomes: SeqBytes,
  writes: SeqBytes,
  sent: number,
  settlement: SeqBytes = new SeqBytes(),
): Reconciliation {
  const r: Reconciliation = {
    mutations: sent,
    appliedReported: 0,
    writesSeen: 0,
    appliedWithoutWrite: 0,
    writtenButNotApplied: 0,
    writtenWithoutOutcome: 0,
    doubleWrites: 0,
    writesForUnsentSeq: 0,
    unknownApplied: 0,
    unknownNotApplied: 0,
    unclear: 0,
    settledApplied: 0,
    settledNotApplied: 0,
    settledRetried: 0,
    retriedApplied: 0,
    stillUnknown: 0,
    settledContradicting: 0,
  };
  for (let seq = 0; seq < sent; seq++) {
    const outcome = outcomes.get(seq);
    const written = writes.get(seq);
    const applied = outcome === OUTCOME.APPLIED || outcome === OUTCOME.APPLIED_WITH_WARNINGS;
    if (applied) r.appliedReported++;
    if (written > 0) r.writesSeen++;
    if (written > 1) r.doubleWrites++;
    if (applied && written === 0) r.appliedWithoutWrite++;
    if (written > 0 && outcome === OUTCOME.NOT_APPLIED) r.writtenButNotApplied++;
    if (written > 0 && (outcome === OUTCOME.ERROR || outcome === OUTCOME.NONE)) r.writtenWithoutOutcome++;
    if (outcome === OUTCOME.UNKNOWN) {
      if (written > 0) r.unknownApplied++;
      else r.unknownNotApplied++;
    }
    countSettlement(r, settlement.get(seq), outcome, written);
  }
  for (const [seq] of writes.entries()) {
    if (seq >= sent) r.writesForUnsentSeq++;
  }
  return r;
}

/** The names of the counts that must be zero for a clean soak. */
export const MUST_BE_ZERO = [
  'appliedWithoutWrite',
  'writtenButNotApplied',
  'writtenWithoutOutcome',
  'doubleWrites',
  'writesForUnsentSeq',
  'settledContradicting',
] as const satisfies ReadonlyArray<keyof Reconciliation>;
