import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { within } from '../within.js';
import { reply } from './reply.js';
import type { Step } from './step.js';

/** Graceful shutdown: counts requests in flight, refuses new ones once draining, waits for the rest. */
export interface Shutdown {
  /** The step that counts requests in flight and refuses them while draining. */
  step: Step;
  draining(): boolean;
  /** Stop listening, let in-flight requests finish (up to `timeoutMs`), then drop every connection. */
  drain(server: Server, timeoutMs: number, logger: Logger): Promise<void>;
}

export function createShutdown(): Shutdown {
  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | null = null;
  return {
    draining: () => draining,
    step: async ({ res }, next) => {
      if (draining)
        return reply(res, 503, 'VENDOR_ERROR', 'the gateway is shutting down', { connection: 'close' });
      inFlight++;
      try {
        await next();
      } finally {
        inFlight--;
        if (inFlight === 0) idle?.();
      }
    },
    async drain(server, timeoutMs, logger) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await within(
          new Promise<void>((resolve) => {
            idle = resolve;
          }),
          timeoutMs,
        );
      }
      if (inFlight > 0) logger.warn({ inFlight }, 'shutdown timeout: requests still in flight');
      server.closeAllConnections();
      await closed;
    },
  };
}
