import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body a sandbox reads. */
export const MAX_BODY = 1024 * 1024;
export const JSON_TYPE = { 'content-type': 'application/json' };

/** What a request body was: parsed JSON, or not JSON at all (`invalidJson`, `body` then the raw text). */
export interface ParsedBody {
  body: unknown;
  invalidJson: boolean;
}

const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A body is JSON only when it is labelled so (both vendors document `Content-Type: application/json`),
 * is well-formed UTF-8 and parses; anything else is refused by the vendor behaviour in its own shape.
 */
export function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  if (raw.length === 0) return { body: undefined, invalidJson: false };
  let text: string;
  try {
    text = UTF8.decode(raw);
  } catch {
    return { body: raw.toString('latin1'), invalidJson: true };
  }
  if (contentType === undefined || !JSON_MEDIA.test(contentType)) return { body: text, invalidJson: true };
  try {
    return { body: JSON.parse(text) as unknown, invalidJson: false };
  } catch {
    return { body: text, invalidJson: true };
  }
}

/** The request body, or null when it is larger than MAX_BODY. */
export function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Writes a JSON answer with its length. */
export function writeJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { ...JSON_TYPE, 'content-length': Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

/** Streams a JSON value of about `bytes` bytes (the oversized fault). */
export function writeOversized(res: ServerResponse, bytes: number): void {
  const chunk = 'x'.repeat(64 * 1024);
  let written = 0;
  res.write('{"pad":"');
  const pump = () => {
    while (written < bytes) {
      written += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end('"}');
  };
  res.on('close', () => {
    written = bytes;
  });
  pump();
}
