// /docs by default: the built site beside the gateway package (apps/docs/dist) once it has an
// index.html, found from the module's own file (source, dist/ or a bundle anywhere in the package);
// DOCS_DIR overrides it, and an empty DOCS_DIR turns it off.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.js';
import { builtDocsDir, docsLine } from '../src/docs-site.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A workspace with the gateway package and a module file inside it at `modulePath`. */
function workspace(modulePath: string, built: boolean) {
  const root = mkdtempSync(join(tmpdir(), 'docs-site-'));
  roots.push(root);
  const gateway = join(root, 'apps', 'gateway');
  mkdirSync(join(gateway, modulePath, '..'), { recursive: true });
  writeFileSync(join(gateway, 'package.json'), JSON.stringify({ name: '@loyalty-gateway/gateway' }));
  writeFileSync(join(gateway, modulePath), '');
  const site = join(root, 'apps', 'docs', 'dist');
  mkdirSync(site, { recursive: true });
  if (built) writeFileSync(join(site, 'index.html'), '<!DOCTYPE html>');
  return { module: pathToFileURL(join(gateway, modulePath)).href, site };
}

describe('builtDocsDir', () => {
  it.each(['src/docs-site.ts', 'dist/gateway.mjs', 'test-output/bundle/gateway.mjs'])(
    'finds apps/docs/dist from %s once it is built',
    (modulePath) => {
      const { module, site } = workspace(modulePath, true);
      expect(builtDocsDir(module)).toBe(site);
    },
  );

  it('is null while the site has no index.html (not built yet)', () => {
    expect(builtDocsDir(workspace('dist/gateway.mjs', false).module)).toBeNull();
  });

  it('is null outside a gateway package (a copied bundle on its own)', () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-site-'));
    roots.push(root);
    writeFileSync(join(root, 'gateway.mjs'), '');
    expect(builtDocsDir(pathToFileURL(join(root, 'gateway.mjs')).href)).toBeNull();
  });
});

describe('the DOCS_DIR default', () => {
  it('is the built site of this workspace when DOCS_DIR is unset', () => {
    expect(loadConfig({}).docsDir).toBe(builtDocsDir());
  });

  it('DOCS_DIR overrides it, and empty turns it off', () => {
    expect(loadConfig({ DOCS_DIR: '/srv/docs' }).docsDir).toBe('/srv/docs');
    expect(loadConfig({ DOCS_DIR: '' }).docsDir).toBeNull();
  });

  it('the start-up line says where the docs are, or how to build them', () => {
    expect(docsLine('/x/apps/docs/dist', 'http://127.0.0.1:4000')).toBe(
      'http://127.0.0.1:4000/docs/   (from /x/apps/docs/dist)',
    );
    expect(docsLine(null, 'http://127.0.0.1:4000')).toMatch(/not built: `npx -y pnpm@10 run docs`/);
  });
});
