import type { AttemptInfo } from '@loyalty-gateway/http-runtime';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one gateway instance (its own registry, so tests can run several). */
export interface GatewayMetrics {
  registry: Registry;
  operation(operation: string, outcome: string, seconds: number): void;
  upstream(info: AttemptInfo): void;
  /** One vendor budget decision: admitted at once, admitted after waiting, or refused. */
  budget(vendor: string, priority: string, decision: string): void;
  /** Where budgets and client limits are counted, read at every scrape. */
  watchRateLimitMode(mode: () => string): void;
}

const RATE_LIMIT_MODES = ['off', 'local', 'shared', 'fallback'];

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
  const budget = new Counter({
    name: 'gateway_budget_admissions_total',
    help: 'Vendor budget decisions by vendor, priority and decision (admitted, waited, refused).',
    labelNames: ['vendor', 'priority', 'decision'],
    registers: [registry],
  });
  let modeOf = () => 'off';
  new Gauge({
    name: 'gateway_rate_limit_mode',
    help: 'Where vendor budgets are counted: 1 for the current mode (off, local, shared, fallback).',
    labelNames: ['mode'],
    registers: [registry],
    collect() {
      const current = modeOf();
      for (const mode of RATE_LIMIT_MODES) this.set({ mode }, mode === current ? 1 : 0);
    },
  });
  return {
    registry,
    budget(vendor, priority, decision) {
      budget.inc({ vendor, priority, decision });
    },
    watchRateLimitMode(mode) {
      modeOf = mode;
    },
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
