/** A misbehaviour the sandbox can be told to show. */
export type Fault =
  | { kind: 'latency'; ms: number }
  | { kind: 'status'; status: 429 | 500 | 502 | 503 | 504; retryAfter?: string; applyWrite?: boolean }
  | { kind: 'hang'; applyWrite?: boolean }
  | { kind: 'reset'; applyWrite?: boolean }
  | { kind: 'html' }
  | { kind: 'truncated' }
  | { kind: 'oversized'; bytes: number }
  | { kind: 'stall-body' };

/** When a fault applies: to matching requests, the next `times` of them, or a `rate` fraction. */
export interface FaultRule {
  fault: Fault;
  match?: { operationId?: string; method?: string };
  /** Applies to the next N matching requests, then is removed. */
  times?: number;
  /** Applies to this fraction (0..1) of matching requests. */
  rate?: number;
}

/** Programmatic fault injection (also reachable through the admin endpoint and SANDBOX_FAULTS). */
export interface FaultController {
  add(rule: FaultRule): void;
  clear(): void;
  active(): FaultRule[];
}

const KINDS = new Set(['latency', 'status', 'hang', 'reset', 'html', 'truncated', 'oversized', 'stall-body']);

/** Checks a rule from untrusted JSON (admin endpoint, env). */
export function parseFaultRule(value: unknown): FaultRule {
  const rule = value as FaultRule;
  if (!rule || typeof rule !== 'object' || !rule.fault || !KINDS.has(rule.fault.kind)) {
    throw new TypeError(`a fault rule needs fault.kind, one of ${[...KINDS].join(', ')}`);
  }
  if (rule.fault.kind === 'status' && ![429, 500, 502, 503, 504].includes(rule.fault.status)) {
    throw new TypeError('fault.status must be 429, 500, 502, 503 or 504');
  }
  return rule;
}

export class FaultSet implements FaultController {
  #rules: Array<FaultRule & { remaining: number }> = [];

  add(rule: FaultRule): void {
    this.#rules.push({ ...parseFaultRule(rule), remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.#rules = [];
  }

  active(): FaultRule[] {
    return this.#rules.map(({ remaining: _r, ...rule }) => rule);
  }

  get empty(): boolean {
    return this.#rules.length === 0;
  }

  /** The faults for one request: latency rules stack, the first other matching rule wins. */
  pick(
    operationId: string | null,
    method: string,
  ): { latencyMs: number; fault: Exclude<Fault, { kind: 'latency' }> | null } {
    let latencyMs = 0;
    let fault: Exclude<Fault, { kind: 'latency' }> | null = null;
    for (const rule of this.#rules) {
      if (rule.match?.operationId && rule.match.operationId !== operationId) continue;
      if (rule.match?.method && rule.match.method.toUpperCase() !== method) continue;
      if (rule.fault.kind !== 'latency' && fault) continue;
      if (rule.rate !== undefined && Math.random() >= rule.rate) continue;
      rule.remaining--;
      if (rule.fault.kind === 'latency') latencyMs += rule.fault.ms;
      else fault = rule.fault;
    }
    this.#rules = this.#rules.filter((r) => r.remaining > 0);
    return { latencyMs, fault };
  }
}
