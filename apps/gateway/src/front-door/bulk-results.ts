import type { BulkJobs } from '../jobs/index.js';
import { ownerOf } from '../jobs/index.js';
import { reply } from './reply.js';
import type { DoorRequest, Step } from './step.js';

const RESULTS = /^\/bulk-jobs\/([A-Za-z0-9_]{1,64})\/results\.jsonl$/;
const PAGE = 1000;

/**
 * `GET /bulk-jobs/{id}/results.jsonl`: one JSON line per item with a final outcome, in input order.
 * Sits after the API key step (same auth as GraphQL); another key's job is NOT_FOUND.
 */
export function useBulkResults(bulk: BulkJobs, keysConfigured: boolean): Step {
  // Every other request passes straight on: no async frame (a promise and its ticks) of this step.
  return (request, next) =>
    request.path.startsWith('/bulk-jobs/') ? serveResults(bulk, keysConfigured, request) : next();
}

async function serveResults(
  bulk: BulkJobs,
  keysConfigured: boolean,
  { req, res, path }: DoorRequest,
): Promise<void> {
  const match = RESULTS.exec(path);
  if (!match?.[1]) return reply(res, 404, 'NOT_FOUND', 'not found');
  if (req.method !== 'GET') return reply(res, 405, 'METHOD_NOT_ALLOWED', 'use GET', { allow: 'GET' });
  const owner = ownerOf(req.headers.authorization, keysConfigured);
  const id = match[1];
  const first = await bulk.results(owner, id, { fromIndex: 0, limit: PAGE, outcome: null });
  if (first === null) return reply(res, 404, 'NOT_FOUND', 'no such bulk job');
  res.writeHead(200, { 'content-type': 'application/jsonl; charset=utf-8', 'cache-control': 'no-store' });
  let page = first;
  while (page.length > 0) {
    const lines = page.map((r) =>
      JSON.stringify({
        index: r.index,
        groupId: r.ref.id,
        externalId: r.ref.externalId,
        outcome: r.outcome,
        settledBy: r.settledBy,
        userErrors: r.userErrors,
        warnings: r.warnings,
      }),
    );
    if (!res.write(`${lines.join('\n')}\n`)) await new Promise((resolve) => res.once('drain', resolve));
    const last = page.at(-1)?.index ?? 0;
    page = (await bulk.results(owner, id, { fromIndex: last + 1, limit: PAGE, outcome: null })) ?? [];
  }
  res.end();
}
