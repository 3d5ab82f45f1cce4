import { reply } from './reply.js';
import type { Step } from './step.js';

/** Only `/graphql` goes further; anything else is NOT_FOUND. */
export function useGraphqlRoute(): Step {
  return ({ res, path }, next) => {
    if (path !== '/graphql') return reply(res, 404, 'NOT_FOUND', 'not found');
    return next();
  };
}
