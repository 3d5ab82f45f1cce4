// Vendor drift on demand: rules that reshape what a sandbox answers, so a contract check
// (`pnpm contract`) can be shown to catch a vendor that no longer behaves as its spec says.
// The engine calls `applyDrift` on every reply just before it is sent; nothing else knows of it.

/** One way the sandbox's answers drift from the spec. Fields are JSON pointers into the body. */
export type Drift =
  /** The member at `field` moves to the key `to` (same parent). */
  | { kind: 'rename'; field: string; to: string }
  /** The value at `field` changes type: a number becomes a string, anything else a number (or 0). */
  | { kind: 'retype'; field: string }
  /** A member the spec does not know appears at `field` with `value`. */
  | { kind: 'extra'; field: string; value: unknown }
  /** The whole body is replaced (e.g. a different error shape). */
  | { kind: 'body'; body: unknown }
  /** The answer carries another status code (the body stays). */
  | { kind: 'status'; status: number }
  /** A response header is set (e.g. another content type). */
  | { kind: 'header'; name: string; value: string };

/** A drift and the replies it applies to (every reply when `match` is left out). */
export interface DriftRule {
  drift: Drift;
  match?: { operationId?: string; status?: number };
}

/** The parts of a sandbox reply a drift can change. */
export interface DriftableReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The reply with every matching rule applied in order; the input reply is left untouched. */
export function applyDrift<R extends DriftableReply>(
  rules: readonly DriftRule[] | undefined,
  operationId: string | null,
  reply: R,
): R {
  if (!rules || rules.length === 0) return reply;
  let out: R = { ...reply, body: structuredClone(reply.body) };
  for (const { drift, match } of rules) {
    if (match?.operationId !== undefined && match.operationId !== operationId) continue;
    if (match?.status !== undefined && match.status !== reply.status) continue;
    out = applyOne(drift, out);
  }
  return out;
}

function applyOne<R extends DriftableReply>(drift: Drift, reply: R): R {
  switch (drift.kind) {
    case 'body':
      return { ...reply, body: structuredClone(drift.body) };
    case 'status':
      return { ...reply, status: drift.status };
    case 'header':
      return { ...reply, headers: { ...reply.headers, [drift.name.toLowerCase()]: drift.value } };
    default: {
      const at = locate(reply.body, drift.field);
      if (!at) return reply;
      const { parent, key } = at;
      if (drift.kind === 'extra') parent[key] = structuredClone(drift.value);
      else if (Object.hasOwn(parent, key)) {
        const value = parent[key];
        if (drift.kind === 'rename') {
          delete parent[key];
          parent[drift.to] = value;
        } else {
          parent[key] = typeof value === 'number' ? String(value) : Number(value) || 0;
        }
      }
      return reply;
    }
  }
}

/** The object holding the member a JSON pointer names, and the member's key. */
function locate(body: unknown, pointer: string): { parent: Record<string, unknown>; key: string } | null {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const key = parts.pop();
  if (key === undefined) return null;
  let node = body;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== null && typeof node === 'object' ? { parent: node as Record<string, unknown>, key } : null;
}
