import SchemaBuilder from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { BulkJobs } from '../jobs/index.js';
import { CredentialsRequiredError, type OperationContext, type ReadError } from '../operations/index.js';

export type { ForwardedCredentials } from '../operations/index.js';

/** Per-request context of every resolver: what operations run with, and the outcome recorder. */
export interface GatewayContext extends OperationContext {
  /** Records a root field's outcome for metrics and the request log line. */
  record(field: string, outcome: string, startedAt: number): void;
  /** Bulk jobs (issue 15). */
  bulk: BulkJobs;
  /** Whose jobs this request may see: a digest of its gateway API key. */
  owner: string;
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
    const payload = await graphqlErrors(() => run(input, ctx));
    ctx.record(field, payload.outcome, startedAt);
    return payload;
  };
}

/** Runs an operation, turning its typed CredentialsRequiredError into the UNAUTHENTICATED GraphQL error. */
export async function graphqlErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CredentialsRequiredError) {
      throw new GraphQLError(error.message, {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    throw error;
  }
}

/** A query's failure as a GraphQL error from the closed set (the message is safe). */
export function queryError(error: ReadError): GraphQLError {
  if (error.code === 'BAD_USER_INPUT') {
    return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return new GraphQLError(error.message, {
    extensions: {
      code: 'VENDOR_ERROR',
      kind: error.kind,
      ...(error.retryAfterSeconds === null ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
    },
  });
}
