import SchemaBuilder from '@pothos/core';
import type { Vendors } from '../vendors.js';

/** Credentials a caller forwarded in headers (forwarded mode); null when absent. */
export interface ForwardedCredentials {
  xtrakitApiKey: string | null;
  capillary:
    | { type: 'basic'; username: string; password: string }
    | { type: 'token'; accessToken: string }
    | null;
}

/** Per-request context of every resolver. */
export interface GatewayContext {
  vendors: Vendors;
  forwarded: ForwardedCredentials;
  mutationDeadlineMs: number;
  /** Records a root field's outcome for metrics and the request log line. */
  record(field: string, outcome: string, startedAt: number): void;
}

/** The Pothos builder: the schema is code-first and fully typed, then printed to schema.graphql. */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  Scalars: { ID: { Input: string; Output: string } };
  DefaultInputFieldRequiredness: false;
  DefaultFieldNullability: false;
}>({ defaultFieldNullability: false });

/** Wraps a mutation's work so its outcome and duration are recorded once, the same way for every mutation. */
export function recordedMutation<TInput, TPayload extends { outcome: string }>(
  field: string,
  run: (input: TInput, ctx: GatewayContext) => Promise<TPayload>,
): (root: unknown, args: { input: TInput }, ctx: GatewayContext) => Promise<TPayload> {
  return async (_root, { input }, ctx) => {
    const startedAt = performance.now();
    const payload = await run(input, ctx);
    ctx.record(field, payload.outcome, startedAt);
    return payload;
  };
}
