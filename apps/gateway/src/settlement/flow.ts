import type { UnclearAnswer } from '@loyalty-gateway/http-runtime';
import { DEFAULT_SETTLE, type OperationContext } from '../operations/context.js';
import type { MutationResult, WarningShape } from '../operations/outcomes.js';

/** What a read-back concluded, in the gateway's terms (the agreed face of settle*Update). */
export interface SettleResult<G> {
  verdict: 'applied' | 'not_applied' | 'unknown';
  /** The group as read: with `applied` (and `not_applied`, where it shows what the vendor holds instead). */
  group?: G;
  /** Fields the read shows the vendor refused (Capillary 91017), with `applied`. */
  warnings: WarningShape[];
  /** Why it stays unknown; safe to show (no vendor body, no secret). */
  reason?: string;
}

/** One send of a write: the result as the caller would see it, and its unclear answer if it left one. */
export interface WriteSend<G> {
  result: MutationResult<G>;
  unclear: UnclearAnswer | null;
}

/** What the settling flow needs from one mutation: send it, and read it back. */
export interface WriteFlow<G> {
  /** Which operation, for the log line. */
  operation: string;
  send(ctx: OperationContext): Promise<WriteSend<G>>;
  settle(ctx: OperationContext, unclear: UnclearAnswer): Promise<SettleResult<G>>;
}

type Clock = () => OperationContext | null;

/** The context with what is left of the mutation deadline, or null once it has run out. */
function deadlineClock(ctx: OperationContext): Clock {
  const deadline = performance.now() + ctx.deadlineMs;
  return () => {
    const left = Math.floor(deadline - performance.now());
    return left > 0 ? { ...ctx, deadlineMs: left } : null;
  };
}

/** The unclear result, still UNKNOWN, saying why the read-back could not settle it. */
function stillUnknown<G>(result: MutationResult<G>, reason: string, attempts: number): MutationResult<G> {
  return {
    ...result,
    userErrors: result.userErrors.map((e) => ({
      ...e,
      message: `${e.message}; a read-back could not settle it: ${reason}`,
    })),
    settledBy: 'VENDOR_ANSWER',
    attempts,
  };
}

/** Reads one unclear send back and turns the verdict into the mutation's result. */
async function settleSend<G>(
  flow: WriteFlow<G>,
  clock: Clock,
  sent: WriteSend<G> & { unclear: UnclearAnswer },
  attempts: number,
): Promise<{ verdict: SettleResult<G>['verdict']; result: MutationResult<G> }> {
  const left = clock();
  const reason = 'no time was left in the mutation deadline to read the group back';
  if (!left) return { verdict: 'unknown', result: stillUnknown(sent.result, reason, attempts) };
  const settled = await flow.settle(left, sent.unclear);
  left.logger?.info({ operation: flow.operation, settled: settled.verdict, attempts }, 'read-back');
  if (settled.verdict === 'applied') {
    const outcome = settled.warnings.length > 0 ? 'APPLIED_WITH_WARNINGS' : 'APPLIED';
    const group = settled.group ?? null;
    const result: MutationResult<G> = {
      outcome,
      group,
      userErrors: [],
      warnings: settled.warnings,
      settledBy: 'READ_BACK',
      attempts,
    };
    return { verdict: 'applied', result };
  }
  if (settled.verdict === 'not_applied') {
    const userErrors = sent.result.userErrors.map((e) => ({
      ...e,
      message: `${e.message}; read back: the change was not applied, and is safe to send again`,
    }));
    const result: MutationResult<G> = {
      outcome: 'NOT_APPLIED',
      group: null,
      userErrors,
      warnings: [],
      settledBy: 'READ_BACK',
      attempts,
    };
    return { verdict: 'not_applied', result };
  }
  const unknown = stillUnknown(sent.result, settled.reason ?? 'the read-back was inconclusive', attempts);
  return { verdict: 'unknown', result: unknown };
}

/**
 * Sends a write and, when its answer is unclear (and SETTLE_UNKNOWN allows it), reads the group back
 * within what is left of the deadline. A read-back that proves the change was not applied after a
 * complete vendor answer leads to one more send (SETTLE_RETRY), whose unclear answer is read back
 * again but never sent a third time.
 */
export async function writeAndSettle<G>(
  flow: WriteFlow<G>,
  ctx: OperationContext,
): Promise<MutationResult<G>> {
  const options = ctx.settle ?? DEFAULT_SETTLE;
  const clock = deadlineClock(ctx);
  const first = await flow.send(ctx);
  if (!first.unclear || !options.readBack) return first.result;
  const settled = await settleSend(flow, clock, { ...first, unclear: first.unclear }, 1);
  if (settled.verdict !== 'not_applied' || !options.retry) return settled.result;
  const retryCtx = clock();
  if (!retryCtx) return settled.result;
  const second = await flow.send(retryCtx);
  // A retry refused before the wire (breaker, budget) was not sent: it adds no attempt.
  const attempts = 1 + second.result.attempts;
  if (!second.unclear) return { ...second.result, settledBy: 'READ_BACK', attempts };
  return (await settleSend(flow, clock, { ...second, unclear: second.unclear }, attempts)).result;
}
