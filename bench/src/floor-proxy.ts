// Child process: the `floor` contestant of `pnpm bench` — what any Node server could reach in the
// bench's topology. It does the gateway's wire work and nothing else: reads the POST body (the same
// GraphQL JSON the gateway contestant sends), takes variables.input, sends the PUT to the Xtrakit
// sandbox over an undici Agent (keep-alive), parses the answer and replies with the gateway's answer
// shape. No GraphQL, no validation, no logs, no retries: a non-2xx or failed upstream call is a 502.
// FLOOR_XTRAKIT_URL and FLOOR_XTRAKIT_API_KEY name the sandbox; it listens on 127.0.0.1, port
// FLOOR_PORT (default 0), and sends `{ type: 'ready', url }` over IPC once it listens.
import { createServer, type ServerResponse } from 'node:http';
import { Agent } from 'undici';

/** Sent over IPC once the proxy listens. */
export interface FloorProxyReady {
  type: 'ready';
  url: string;
}

interface Input {
  id?: string | number;
  name?: string;
  description?: string;
}

interface XtrakitAnswer {
  data?: {
    group?: { id?: string | number; group_name?: string; group_description?: string; updated_at?: string };
  };
}

const origin = process.env.FLOOR_XTRAKIT_URL ?? '';
const apiKey = process.env.FLOOR_XTRAKIT_API_KEY ?? '';
if (!origin || !apiKey) throw new Error('FLOOR_XTRAKIT_URL and FLOOR_XTRAKIT_API_KEY must be set');
const upstreamHeaders = { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` };
const agent = new Agent({ connections: 128, keepAliveTimeout: 10_000 });

function reply(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function handle(res: ServerResponse, raw: Buffer): Promise<void> {
  let input: Input;
  try {
    input = (JSON.parse(raw.toString('utf8')) as { variables?: { input?: Input } }).variables?.input ?? {};
  } catch {
    reply(res, 400, { errors: [{ message: 'the body is not JSON' }] });
    return;
  }
  let answer: XtrakitAnswer;
  try {
    const upstream = await agent.request({
      origin,
      path: `/api/v1/customer-groups/${encodeURIComponent(String(input.id ?? ''))}`,
      method: 'PUT',
      headers: upstreamHeaders,
      body: JSON.stringify({ group_name: input.name, group_description: input.description }),
    });
    if (upstream.statusCode < 200 || upstream.statusCode > 299) {
      await upstream.body.dump();
      reply(res, 502, { errors: [{ message: `upstream answered ${upstream.statusCode}` }] });
      return;
    }
    answer = JSON.parse(await upstream.body.text()) as XtrakitAnswer;
  } catch {
    reply(res, 502, { errors: [{ message: 'upstream call failed' }] });
    return;
  }
  const group = answer.data?.group;
  reply(res, 200, {
    data: {
      updateCustomerGroup: {
        outcome: 'APPLIED',
        customerGroup: {
          id: String(group?.id ?? input.id),
          name: group?.group_name ?? null,
          description: group?.group_description ?? null,
          updatedAt: group?.updated_at ?? null,
        },
        userErrors: [],
      },
    },
  });
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => void handle(res, Buffer.concat(chunks)));
});
server.keepAliveTimeout = 10_000;
server.listen(Number(process.env.FLOOR_PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}` } satisfies FloorProxyReady);
});
// Gone with the benchmark that started it.
process.once('disconnect', () => process.exit(0));
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
});
