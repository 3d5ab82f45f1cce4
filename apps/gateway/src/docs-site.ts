// Where the docs site is when nobody says: the workspace's apps/docs/dist, found from this module's
// own file (src/ when run from source, dist/ or the bundle when built), and only once it has been built.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GATEWAY_PACKAGE = '@loyalty-gateway/gateway';

function packageName(dir: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name ?? null;
  } catch {
    return null;
  }
}

/** The built docs site beside the gateway package (../docs/dist with an index.html), or null. */
export function builtDocsDir(from: string = import.meta.url): string | null {
  let dir = dirname(fileURLToPath(from));
  for (let depth = 0; depth < 6; depth++) {
    if (packageName(dir) === GATEWAY_PACKAGE) {
      const site = join(dir, '..', 'docs', 'dist');
      return existsSync(join(site, 'index.html')) ? site : null;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** The start-up line about the docs: where they are served, or how to get them. */
export function docsLine(docsDir: string | null, url: string): string {
  return docsDir
    ? `${url}/docs/   (from ${docsDir})`
    : 'not built: `npx -y pnpm@10 run docs`, then restart (or set DOCS_DIR to a built site)';
}
