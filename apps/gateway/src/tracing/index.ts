/**
 * OpenTelemetry tracing, behind a small face. Nothing here loads the SDK: `startTracing` imports it
 * (./sdk.ts) only when the OTEL_* variables ask for tracing, so with tracing off the gateway pays
 * nothing but a null check per vendor attempt and per `withSpan`.
 */
import type { GatewayConfig } from '../config/env.js';
import { installedRuntime, type SpanAttributes, scopes } from './scope.js';
import type { Tracing } from './types.js';

export type { SpanAttributes } from './scope.js';
export type { Tracing } from './types.js';

/** Starts the SDK when `config.tracing` is set; null (and nothing loaded) when tracing is off. */
export async function startTracing(config: GatewayConfig['tracing']): Promise<Tracing | null> {
  if (!config) return null;
  const { createTracing } = await import('./sdk.js');
  return createTracing(config);
}

/**
 * Runs `fn` inside a span named `name` (a child of the current request's or operation's span), for
 * work worth seeing in a trace: a budget wait, a settlement read-back, a bulk job item. Attributes
 * must hold no credential, body or personal value (ids of groups and jobs, counts, verdicts are
 * fine). An error thrown by `fn` marks the span failed (by its class name only) and is rethrown.
 * With tracing off this is `fn()` itself.
 */
export function withSpan<T>(
  name: string,
  attributes: SpanAttributes,
  fn: () => Promise<T> | T,
): Promise<T> | T {
  const scope = scopes.getStore();
  const runtime = scope?.runtime ?? installedRuntime();
  if (!runtime) return fn();
  return runtime.withSpan(scope?.context ?? null, name, attributes, fn);
}

/** Tells the current GraphQL operation's span how one root field ended (no-op outside one). */
export function noteOutcome(field: string, outcome: string): void {
  scopes.getStore()?.operation?.outcomes.push({ field, outcome });
}
