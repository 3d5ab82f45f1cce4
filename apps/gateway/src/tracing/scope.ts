// Which trace the running code belongs to: one AsyncLocalStorage (node's, no SDK) carrying the
// OpenTelemetry context of the request, operation or span being worked on. Empty when tracing is off.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context } from '@opentelemetry/api';

/** Span attribute values the face accepts (no objects: nothing that could smuggle a body in). */
export type SpanAttributes = Readonly<Record<string, string | number | boolean>>;

/** What a tracing runtime (tracing/sdk.ts) does for the face. */
export interface SpanRuntime {
  withSpan<T>(
    parent: Context | null,
    name: string,
    attributes: SpanAttributes,
    fn: () => Promise<T> | T,
  ): Promise<T>;
}

/** The trace of the code running now. */
export interface TraceScope {
  runtime: SpanRuntime;
  context: Context;
  /** Set inside a GraphQL operation's span: what its root fields recorded. */
  operation?: { outcomes: Array<{ field: string; outcome: string }> };
}

export const scopes = new AsyncLocalStorage<TraceScope>();

/** The runtime started last (for work outside any request, e.g. a bulk job's worker); null when off. */
let installed: SpanRuntime | null = null;

export function installRuntime(runtime: SpanRuntime | null): void {
  installed = runtime;
}

export function uninstallRuntime(runtime: SpanRuntime): void {
  if (installed === runtime) installed = null;
}

export function installedRuntime(): SpanRuntime | null {
  return installed;
}
