// Sends one probe request, once: no retry, no redirect followed (a redirect would be a second
// request the run did not announce), bounded in time from sending to the last byte, body capped.
import type { Answer, ProbeRequest } from './types.js';

/** Largest answer read, as the clients' default. */
const MAX_BYTES = 1024 * 1024;

/** The fetch the run uses; tests and callers may pass their own. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

async function readCapped(response: Response): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parse(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Sends `request` to `baseUrl` and reads the whole answer within `timeoutMs`. */
export async function sendOnce(
  baseUrl: string,
  request: ProbeRequest,
  timeoutMs: number,
  fetchImpl: Fetch = fetch,
): Promise<Answer> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await fetchImpl(`${baseUrl}${request.path}`, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      redirect: 'manual',
      signal,
    });
    const text = await readCapped(response);
    if (text === null)
      return {
        kind: 'no-answer',
        reason: 'too-large',
        message: `answer over ${MAX_BYTES} bytes`,
        durationMs: elapsed(),
      };
    const received: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      received[name.toLowerCase()] = value;
    });
    return {
      kind: 'answer',
      status: response.status,
      contentType: (received['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '',
      headers: received,
      text,
      json: parse(text),
      durationMs: elapsed(),
    };
  } catch (error) {
    const timedOut = signal.aborted;
    return {
      kind: 'no-answer',
      reason: timedOut ? 'timeout' : 'unreachable',
      // The cause's code only (ECONNREFUSED, ENOTFOUND, ...): a message could quote the request.
      message: timedOut
        ? `no complete answer within ${timeoutMs} ms`
        : `could not connect (${causeCode(error)})`,
      durationMs: elapsed(),
    };
  }
}

function causeCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : 'network error';
}
