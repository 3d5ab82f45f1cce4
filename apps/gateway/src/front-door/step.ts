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

/** What `next()` gives after a step that finished synchronously, and after the last step. */
const DONE: Promise<void> = Promise.resolve();

/**
 * Chains steps in order into one handler (built once; each request walks the chain). A step's
 * `next()` is the following step's own promise (or DONE when that step returned synchronously): no
 * async wrapper per step, which cost each request a promise and its resolution ticks per step, all
 * held until the request ends. A step that throws synchronously throws into the `await next()` of
 * the step before it, which sees it as it saw the wrapper's rejection; the handler itself still only
 * rejects, never throws.
 */
export function chain(steps: readonly Step[]): (request: DoorRequest) => Promise<void> {
  const first = steps.reduceRight<(request: DoorRequest) => Promise<void>>(
    (next, step) => (request) => step(request, () => next(request)) ?? DONE,
    () => DONE,
  );
  return (request) => {
    try {
      return first(request);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
