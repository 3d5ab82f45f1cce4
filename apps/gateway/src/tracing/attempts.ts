// A client span per vendor attempt, after the OpenTelemetry HTTP client conventions
// (https://opentelemetry.io/docs/specs/semconv/http/http-spans/#http-client-span): named
// `{method} {url.template}`, with the method, the spec's route template (never the concrete URL,
// which holds ids), the status, the resend count and the error type. The attempt's `traceparent`
// header carries the span's context to the vendor.
import type { AttemptEnd, AttemptObserver, AttemptStart } from '@loyalty-gateway/http-runtime';
import {
  type Context,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
} from '@opentelemetry/semantic-conventions';
import { type SpanRuntime, scopes } from './scope.js';

/** `url.template` is still in the conventions' incubating set, so it is spelled out here. */
const ATTR_URL_TEMPLATE = 'url.template';

type Inject = (context: Context, carrier: Record<string, string>) => void;

function startAttributes(a: AttemptStart) {
  return {
    [ATTR_HTTP_REQUEST_METHOD]: a.method,
    [ATTR_URL_TEMPLATE]: a.route,
    'gateway.vendor': a.vendor,
    'gateway.vendor.operation': a.operationId,
    'gateway.attempt': a.attempt,
    ...(a.attempt > 1 ? { [ATTR_HTTP_REQUEST_RESEND_COUNT]: a.attempt - 1 } : {}),
  };
}

function finish(span: Span, result: AttemptEnd): void {
  if (result.status !== null) span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, result.status);
  if (result.retry) span.setAttribute('gateway.retry_reason', result.retry);
  if (result.errorKind) {
    // The runtime's closed set of kinds (timeout, upstream_unavailable, ...), never a message.
    span.setAttribute(ATTR_ERROR_TYPE, result.errorKind);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/** The AttemptObserver the gateway passes to createVendors(..., { observer }). */
export function attemptObserver(tracer: Tracer, runtime: SpanRuntime, inject: Inject): AttemptObserver {
  // The runtime hands `end` the very object it gave `start`.
  const open = new WeakMap<AttemptStart, Span>();
  return {
    start(attempt) {
      const scope = scopes.getStore();
      const parent = scope && scope.runtime === runtime ? scope.context : ROOT_CONTEXT;
      const span = tracer.startSpan(
        `${attempt.method} ${attempt.route}`,
        { kind: SpanKind.CLIENT, attributes: startAttributes(attempt) },
        parent,
      );
      open.set(attempt, span);
      const carrier: Record<string, string> = {};
      inject(trace.setSpan(parent, span), carrier);
      return carrier;
    },
    end(attempt, result) {
      const span = open.get(attempt);
      if (!span) return;
      open.delete(attempt);
      finish(span, result);
    },
  };
}
