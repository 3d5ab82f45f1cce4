import type { CapillaryGroup, CapillaryStore } from './capillary.js';

/** The groups of one Capillary sandbox, its write counters and the tokens it issued. */
export class CapillaryGroups {
  readonly groups = new Map<number, CapillaryGroup>();
  readonly tokens = new Map<string, number>();
  writes = 0;
  byOperation: Record<string, number> = {};
  tokensIssued = 0;

  constructor(private readonly seed: readonly CapillaryGroup[]) {
    this.reset();
  }

  reset(): void {
    this.groups.clear();
    for (const g of this.seed) this.groups.set(g.id, copy(g));
    this.tokens.clear();
    this.writes = 0;
    this.byOperation = {};
    this.tokensIssued = 0;
  }

  wrote(operationId: string): void {
    this.writes++;
    this.byOperation[operationId] = (this.byOperation[operationId] ?? 0) + 1;
  }

  byExternalId(externalId: string): CapillaryGroup | undefined {
    for (const g of this.groups.values()) if (g.externalId === externalId) return g;
    return undefined;
  }

  nextId(): number {
    return Math.max(0, ...this.groups.keys()) + 1;
  }

  /** The read-only face tests see (`sandbox.store`). */
  facade(): CapillaryStore {
    const groups = this;
    return {
      get: (id) => {
        const g = groups.groups.get(id);
        return g ? copy(g) : undefined;
      },
      getByExternalId: (externalId) => {
        const g = groups.byExternalId(externalId);
        return g ? copy(g) : undefined;
      },
      list: () => [...groups.groups.values()].map(copy),
      reset: () => groups.reset(),
      get writes() {
        return groups.writes;
      },
      get writesByOperation() {
        return { ...groups.byOperation };
      },
      get tokensIssued() {
        return groups.tokensIssued;
      },
    };
  }
}

function copy(g: CapillaryGroup): CapillaryGroup {
  return { ...g, extendedFields: { ...g.extendedFields } };
}

/** A group as PUT answers it (the group itself, with the warnings of this update). */
export function groupView(g: CapillaryGroup, warnings: unknown[]) {
  return {
    id: g.id,
    externalId: g.externalId,
    groupName: g.groupName,
    maxGroupSize: g.maxGroupSize,
    extendedFields: { ...g.extendedFields },
    warnings,
  };
}
