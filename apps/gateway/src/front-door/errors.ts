import type { Logger } from 'pino';
import { safeHeaders } from '../logging.js';
import { reply } from './reply.js';
import type { Step } from './step.js';

/** Anything a later step throws is logged (name and message, safe headers) and answered 500. */
export function useErrorBoundary(logger: Logger): Step {
  return async ({ req, res }, next) => {
    try {
      await next();
    } catch (error) {
      logger.error(
        {
          err: { name: (error as Error).name, message: (error as Error).message },
          headers: safeHeaders(req.headers),
        },
        'request failed',
      );
      if (!res.headersSent) reply(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
    }
  };
}
