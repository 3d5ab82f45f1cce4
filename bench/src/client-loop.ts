// Child process: the generated Xtrakit client calling the sandbox in a bounded-concurrency loop, with
// no server in between. Its own CPU (read from /proc by the benchmark) is what the client costs.
import { createXtrakitClient } from '@loyalty-gateway/xtrakit-client';
import { LOAD_NAME } from './bench-mutation.js';
import { serveIpc } from './ipc.js';
import { LatencyRecorder } from './stats.js';

/** How the benchmark configures this process (JSON in BENCH_CLIENT). */
export interface ClientLoopConfig {
  baseUrl: string;
  apiKey: string;
  /** `pooled`: the client's default undici keep-alive pool; `global-fetch`: Node's global fetch. */
  transport: 'pooled' | 'global-fetch';
  groupId: string;
}

/** One loop's result. */
export interface ClientLoopResult {
  requests: number;
  errors: number;
  durationMs: number;
  p50: number;
  p99: number;
  firstError: string | null;
}

const config = JSON.parse(process.env.BENCH_CLIENT ?? '{}') as ClientLoopConfig;
const client = createXtrakitClient({
  baseUrl: config.baseUrl,
  apiKey: config.apiKey,
  ...(config.transport === 'global-fetch' ? { fetch: globalThis.fetch } : {}),
});
const body = { group_name: LOAD_NAME, group_description: 'Written by pnpm bench' };

serveIpc({
  /** Sequential calls with distinct names: each must come back with the name it wrote. */
  async check(args) {
    const { count } = args as { count: number };
    const problems: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = `client check ${i}`;
      const result = await client.updateCustomerGroup({ id: config.groupId, body: { group_name: name } });
      if (!result.ok) problems.push(`call ${i} failed: ${result.error.kind} ${result.error.message}`);
      else if (result.data.group_name !== name)
        problems.push(`call ${i} returned "${result.data.group_name}"`);
    }
    return problems;
  },
  /** `connections` workers call in a loop until the time is up; in-flight calls finish before the answer. */
  async run(args): Promise<ClientLoopResult> {
    const { connections, durationMs } = args as { connections: number; durationMs: number };
    const latencies = new LatencyRecorder();
    let errors = 0;
    let firstError: string | null = null;
    const started = performance.now();
    const deadline = started + durationMs;
    const worker = async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const result = await client.updateCustomerGroup({ id: config.groupId, body });
          if (result.ok) latencies.record(performance.now() - t0);
          else {
            errors++;
            firstError ??= `${result.error.kind}: ${result.error.message}`;
          }
        } catch (error) {
          errors++;
          firstError ??= String(error);
        }
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    const elapsedMs = performance.now() - started;
    const { p50, p99 } = latencies.summary();
    return { requests: latencies.count + errors, errors, durationMs: elapsedMs, p50, p99, firstError };
  },
});
process.send?.({ type: 'ready' });
