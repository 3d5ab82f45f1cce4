import type { IncomingMessage } from 'node:http';
import { Kind, parse } from 'graphql';
import { reply } from './reply.js';
import type { Step } from './step.js';

const JSON_POST = /^application\/(?:json|graphql-response\+json)\s*(?:;|$)/i;

/** A request whose body the front door has read (yoga reads `req.body` instead of the stream). */
export type BodiedRequest = IncomingMessage & { body?: Buffer };

const BULK_FIELDS = new Set(['bulkUpdateCustomerGroups', 'bulkUpdateUserGroups', '__typename']);

/** Whether a body is a document of only the two bulk mutations (the only ones allowed past `limit`). */
export function isBulkMutationBody(body: Buffer): boolean {
  try {
    const query = (JSON.parse(body.toString('utf8')) as { query?: unknown }).query;
    if (typeof query !== 'string' || query.length > 100_000) return false;
    const document = parse(query, { maxTokens: 2000 });
    return document.definitions.every(
      (d) =>
        d.kind === Kind.OPERATION_DEFINITION &&
        d.operation === 'mutation' &&
        d.selectionSet.selections.every((s) => s.kind === Kind.FIELD && BULK_FIELDS.has(s.name.value)),
    );
  } catch {
    return false;
  }
}

/**
 * POST bodies must be JSON and at most `limit` bytes (read here, bounded, before yoga sees them:
 * yoga's own limit would pipe every body through a second stream), or `bulkLimit` for a document of
 * only the bulk mutations; GET and OPTIONS pass; any other method is METHOD_NOT_ALLOWED.
 */
export function useBodyLimit(limit: number, bulkLimit = limit): Step {
  const ceiling = Math.max(limit, bulkLimit);
  return async ({ req, res }, next) => {
    if (req.method === 'POST') {
      if (!JSON_POST.test(req.headers['content-type'] ?? '')) {
        reply(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'POST bodies must be application/json');
        req.resume();
        return;
      }
      const tooLarge = (bytes: number) =>
        reply(res, 413, 'PAYLOAD_TOO_LARGE', `the body exceeds ${bytes} bytes`, { connection: 'close' });
      if (Number(req.headers['content-length'] ?? 0) > ceiling) {
        tooLarge(ceiling);
        req.destroy();
        return;
      }
      const body = await readBounded(req, ceiling);
      if (body === null) return tooLarge(ceiling);
      if (body.length > limit && !isBulkMutationBody(body)) return tooLarge(limit);
      (req as BodiedRequest).body = body;
    } else if (req.method !== 'GET' && req.method !== 'OPTIONS') {
      return reply(res, 405, 'METHOD_NOT_ALLOWED', 'use POST (or GET for queries)', { allow: 'GET, POST' });
    }
    return next();
  };
}

function readBounded(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
