// The OpenTelemetry SDK, wired for the gateway. Imported only by startTracing (tracing/index.ts) when
// tracing is on. No global registration (no global tracer provider, propagator or context manager):
// each runtime carries its own, and the current context travels in tracing/scope.ts.
import {
  type Context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  type Sampler,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { SamplerConfig, TracingConfig } from '../config/env.js';
import { attemptObserver } from './attempts.js';
import { operationPlugin } from './operation.js';
import { installRuntime, type SpanAttributes, type SpanRuntime, scopes, uninstallRuntime } from './scope.js';
import type { Tracing } from './types.js';

/** The tracer name and version the spans carry as their instrumentation scope. */
export const TRACER_NAME = '@loyalty-gateway/gateway';

function samplerFrom(config: SamplerConfig): Sampler {
  const root =
    config.root === 'always_on'
      ? new AlwaysOnSampler()
      : config.root === 'always_off'
        ? new AlwaysOffSampler()
        : new TraceIdRatioBasedSampler(config.ratio);
  return config.parentBased ? new ParentBasedSampler({ root }) : root;
}

function exporterFrom(config: TracingConfig) {
  const options = { url: config.url, headers: config.headers, timeoutMillis: 10_000 };
  return config.protocol === 'http/json' ? new OtlpJsonExporter(options) : new OtlpProtoExporter(options);
}

/** Builds the provider, exporter and propagator, and the gateway's three plug-ins over them. */
export function createTracing(config: TracingConfig): Tracing {
  const provider = new BasicTracerProvider({
    resource: defaultResource().merge(
      resourceFromAttributes({ ...config.resourceAttributes, [ATTR_SERVICE_NAME]: config.serviceName }),
    ),
    sampler: samplerFrom(config.sampler),
    spanProcessors: [new BatchSpanProcessor(exporterFrom(config))],
  });
  const tracer = provider.getTracer(TRACER_NAME);
  const propagator = new W3CTraceContextPropagator();
  const runtime: SpanRuntime = {
    withSpan: (parent, name, attributes, fn) => inSpan(parent ?? ROOT_CONTEXT, name, attributes, fn),
  };
  async function inSpan<T>(
    parent: Context,
    name: string,
    attributes: SpanAttributes,
    fn: () => Promise<T> | T,
  ): Promise<T> {
    const span = tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes }, parent);
    try {
      return await scopes.run({ runtime, context: trace.setSpan(parent, span) }, fn);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', error instanceof Error ? error.name : 'unknown');
      throw error;
    } finally {
      span.end();
    }
  }
  installRuntime(runtime);
  return {
    step: ({ req }, next) =>
      scopes.run(
        { runtime, context: propagator.extract(ROOT_CONTEXT, req.headers, defaultTextMapGetter) },
        next,
      ),
    plugin: operationPlugin(tracer, runtime),
    observer: attemptObserver(tracer, runtime, (context, carrier) =>
      propagator.inject(context, carrier, defaultTextMapSetter),
    ),
    flush: () => provider.forceFlush(),
    async shutdown() {
      uninstallRuntime(runtime);
      await provider.shutdown();
    },
  };
}
