// Child process for the soak: the gateway's production bundle (apps/gateway/dist/gateway.mjs), plus
// an IPC channel that reports the process's heap after a full GC (run with --expose-gc).
import { pathToFileURL } from 'node:url';
import { serveIpc } from './ipc.js';

const main = process.env.BENCH_GATEWAY_MAIN;
if (!main) throw new Error('BENCH_GATEWAY_MAIN must name the gateway entry point');
const gc = (globalThis as { gc?: () => void }).gc;

serveIpc({
  memory: () => {
    gc?.();
    const { heapUsed, heapTotal, rss, external, arrayBuffers } = process.memoryUsage();
    return { heapUsed, heapTotal, rss, external, arrayBuffers, afterGc: gc !== undefined };
  },
});
await import(pathToFileURL(main).href);
