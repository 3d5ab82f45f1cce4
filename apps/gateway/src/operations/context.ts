import type { CapillaryCallOptions } from '@loyalty-gateway/capillary-client';
import type { Logger } from 'pino';
import type { Vendors } from '../vendors.js';

/** Credentials a caller forwarded in headers (forwarded mode); null when absent. */
export interface ForwardedCredentials {
  xtrakitApiKey: string | null;
  /** A Capillary per-call credential (Basic or an OAuth token), as the client takes it. */
  capillary: NonNullable<CapillaryCallOptions['auth']> | null;
}

/** No forwarded credentials (in-process calls, CLI, bulk workers running on configured ones). */
export const NO_FORWARDED: ForwardedCredentials = Object.freeze({ xtrakitApiKey: null, capillary: null });

/**
 * What every operation runs with: the vendor clients (behind their breakers), the caller's
 * forwarded credentials, the time budget of the vendor call, and optionally a caller abort and a
 * logger. Nothing GraphQL: a resolver, a bulk worker or a CLI builds one the same way.
 */
export interface OperationContext {
  vendors: Vendors;
  forwarded: ForwardedCredentials;
  /** Budget for all attempts of the vendor call, in ms. */
  deadlineMs: number;
  /** Caller abort (a bulk job cancelled, a CLI interrupted). */
  signal?: AbortSignal | undefined;
  /** Ends only a wait for a vendor budget slot (an HTTP client that left); a call already sent goes on. */
  waitSignal?: AbortSignal | undefined;
  logger?: Logger | undefined;
  /** What to do after an unclear answer to a write (SETTLE_UNKNOWN, SETTLE_RETRY); default: read back and retry once. */
  settle?: SettleOptions | undefined;
}

/** How an unclear answer to a write is settled (see src/settlement/). */
export interface SettleOptions {
  /** Read the group back and compare (SETTLE_UNKNOWN=read-back); false leaves UNKNOWN as the vendor left it. */
  readBack: boolean;
  /** Send the change once more when the read-back proved it was not applied (SETTLE_RETRY). */
  retry: boolean;
}

export const DEFAULT_SETTLE: SettleOptions = { readBack: true, retry: true };

/** The per-call options of a client method for this context (deadline, signals). */
export function callOptions(ctx: OperationContext): {
  deadlineMs: number;
  signal?: AbortSignal;
  waitSignal?: AbortSignal;
} {
  const options: { deadlineMs: number; signal?: AbortSignal; waitSignal?: AbortSignal } = {
    deadlineMs: ctx.deadlineMs,
  };
  if (ctx.signal) options.signal = ctx.signal;
  if (ctx.waitSignal) options.waitSignal = ctx.waitSignal;
  return options;
}
