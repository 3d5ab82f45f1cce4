import { reply } from './reply.js';
import type { Step } from './step.js';

/** Only `/graphql` (and paths under the given prefixes) go further; anything else is NOT_FOUND. */
export function useGraphqlRoute(prefixes: readonly string[] = []): Step {
  return ({ res, path }, next) => {
    if (path !== '/graphql' && !prefixes.some((p) => path.startsWith(p)))
      return reply(res, 404, 'NOT_FOUND', 'not found');
    return next();
  };
}
