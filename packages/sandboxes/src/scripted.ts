// A vendor that answers exactly what a test tells it: a real HTTP server on 127.0.0.1 with no
// behaviour of its own. For the answers the stateful sandboxes never give (bodies that break the
// spec in a chosen way), so that tests can show what the clients and the gateway do with them.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer: a status, a body (a string as is, anything else as JSON) and headers. */
export interface ScriptedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request the scripted vendor received. */
export interface ScriptedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ScriptedVendor {
  url: string;
  /** Every request received since the start (or the last `clear()`). */
  readonly requests: ScriptedRequest[];
  /** Sets what every following request is answered (a function picks per request). */
  answer(answer: ScriptedAnswer | ((request: ScriptedRequest) => ScriptedAnswer)): void;
  clear(): void;
  close(): Promise<void>;
}

const NO_SCRIPT: ScriptedAnswer = { status: 599, body: { error: 'no answer scripted' } };

/** Starts a scripted vendor on 127.0.0.1 and a free port. Bodies are read up to 1 MiB. */
export async function startScriptedVendor(): Promise<ScriptedVendor> {
  const requests: ScriptedRequest[] = [];
  let script: (request: ScriptedRequest) => ScriptedAnswer = () => NO_SCRIPT;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 1024 * 1024) chunks.push(chunk);
    });
    req.on('end', () => {
      const request: ScriptedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      if (requests.length < 10_000) requests.push(request);
      const { status, body, headers } = script(request);
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer(answer) {
      script = typeof answer === 'function' ? answer : () => answer;
    },
    clear() {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
