import { serveDocs } from '../docs.js';
import type { Step } from './step.js';

/** The built docs site under `/docs` when DOCS_DIR is set. */
export function useDocs(docsDir: string | null): Step {
  return ({ res, path }, next) => {
    if (docsDir && (path === '/docs' || path.startsWith('/docs/'))) return serveDocs(docsDir, path, res);
    return next();
  };
}
