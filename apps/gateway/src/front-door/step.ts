import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a front-door step sees of one HTTP request. */
export interface DoorRequest {
  req: IncomingMessage;
  res: ServerResponse;
  /** The URL path without its query string. */
  path: string;
}

/**
 * One concern of the front door (yoga's one-`useX`-per-concern style): answer the request itself
 * (and not call `next`), or let it through with `await next()`, doing work before and after.
 */
export type Step = (request: DoorRequest, next: () => Promise<void>) => Promise<void> | void;

const END = async () => undefined;

/** Chains steps in order into one handler (built once; each request walks the chain). */
export function chain(steps: readonly Step[]): (request: DoorRequest) => Promise<void> {
  return steps.reduceRight<(request: DoorRequest) => Promise<void>>(
    (next, step) => async (request) => step(request, () => next(request)),
    END,
  );
}
