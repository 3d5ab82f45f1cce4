import type { AttemptInfo } from '@loyalty-gateway/http-runtime';
import { Counter, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one gateway instance (its own registry, so tests can run several). */
export interface GatewayMetrics {
  registry: Registry;
  operation(operation: string, outcome: string, seconds: number): void;
  upstream(info: AttemptInfo): void;
}

export function createMetrics(): GatewayMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'gateway_operations_total',
    help: 'GraphQL operations by root field and outcome (APPLIED, NOT_APPLIED, UNKNOWN, ..., ERROR for GraphQL errors).',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'gateway_operation_duration_seconds',
    help: 'GraphQL operation latency by root field.',
    labelNames: ['operation'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const upstream = new Histogram({
    name: 'gateway_upstream_duration_seconds',
    help: 'Vendor call attempts by vendor, operation and HTTP status ("none" when no answer arrived).',
    labelNames: ['vendor', 'operation', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    registry,
    operation(operation, outcome, seconds) {
      requests.inc({ operation, outcome });
      latency.observe({ operation }, seconds);
    },
    upstream(info) {
      upstream.observe(
        {
          vendor: info.vendor,
          operation: info.operation,
          status: info.status === null ? 'none' : String(info.status),
        },
        info.durationMs / 1000,
      );
    },
  };
}
