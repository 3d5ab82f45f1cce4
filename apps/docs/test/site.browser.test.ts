// The built site, served by the gateway at /docs and opened in headless Debian chromium (playwright-core):
// every page loads with no console error, no page error and no request leaving 127.0.0.1, and every
// internal link and anchor resolves. Screenshots of the landing page and of a mutation page are saved
// in test-output/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningGateway } from '@loyalty-gateway/gateway';
import { watchPage } from '@loyalty-gateway/test-browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BuiltSite } from '../src/build-site.js';
import { type SiteInBrowser, startSiteInBrowser } from './site-in-browser.js';

const outputDir = fileURLToPath(new URL('../test-output/', import.meta.url));
const siteDir = join(outputDir, 'site');
let site: BuiltSite;
let running: RunningGateway;
let browser: Browser;
let started: SiteInBrowser | undefined;

beforeAll(async () => {
  started = await startSiteInBrowser(siteDir);
  ({ site, running, browser } = started);
}, 120_000);

afterAll(async () => {
  await started?.stop();
});

interface Visit {
  /** Every element id on the page once it has rendered. */
  ids: Set<string>;
  links: Array<{ href: string; routerLink: boolean }>;
  /** Redoc's client-side routes (`#/tag/operation`) the page offers. */
  routes: Set<string>;
}

const isRestReference = (path: string) => path.startsWith('rest/');

async function open(path: string, problems: string[]): Promise<{ page: Page; visit: Visit }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await watchPage(page, (problem) => problems.push(`${path}: ${problem}`));
  page.on('requestfailed', (request) => problems.push(`${path}: request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${path}: ${response.status()} for ${response.url()}`);
  });
  await page.goto(`${running.url}/docs/${path}`, { waitUntil: 'load', timeout: 30_000 });
  // Redoc renders its navigation after hydration; wait for its routes.
  // (its sidebar's top entries are hash routes early on, rewritten by rest-reference.ts: wait for an
  // operation route, `#/tag/operation`, which comes with the rest of the page).
  if (isRestReference(path))
    await page.waitForFunction(
      () =>
        Array.from(
          (
            globalThis as unknown as {
              document: {
                querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null }>;
              };
            }
          ).document.querySelectorAll('a[href^="#/"]'),
        ).some((a) => /^#\/[^/]+\/[^/]+/.test(a.getAttribute('href') ?? '')),
      undefined,
      { timeout: 30_000 },
    );
  const visit = await page.evaluate(() => {
    const doc = (
      globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<RawElement> } }
    ).document;
    type RawElement = { id: string; getAttribute(name: string): string | null };
    const ids = Array.from(doc.querySelectorAll('[id]'), (e) => e.id);
    const links = Array.from(doc.querySelectorAll('a[href]'), (a) => ({
      href: a.getAttribute('href') ?? '',
      routerLink: a.getAttribute('data-discover') !== null,
    }));
    return { ids, links };
  });
  return {
    page,
    visit: {
      ids: new Set(visit.ids),
      links: visit.links,
      routes: new Set(visit.links.filter((l) => l.href.startsWith('#/')).map((l) => l.href)),
    },
  };
}

it('serves every page at /docs with no console error, no request off 127.0.0.1 and no broken internal link', async () => {
  const problems: string[] = [];
  const visits = new Map<string, Visit>();
  const queue = ['index.html', ...site.pages];
  const pendingAnchors: Array<{ from: string; page: string; hash: string }> = [];
  const docsRoot = new URL(`${running.url}/docs/`);

  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (visits.has(path)) continue;
    const { page, visit } = await open(path, problems);
    visits.set(path, visit);
    for (const { href, routerLink } of visit.links) {
      if (href.startsWith('/')) {
        // Root-absolute: 404 opened from the files or anywhere but the server root (Redoc 3's sidebar
        // renders these; rest-reference.ts rewrites them to hash routes).
        problems.push(`${path}: root-absolute link ${href}${routerLink ? ' (Redoc router link)' : ''}`);
        continue;
      }
      const target = new URL(href, `${docsRoot.href}${path}`);
      if (target.origin !== docsRoot.origin) continue; // vendor sites and Redocly: not followed offline
      if (!target.pathname.startsWith(docsRoot.pathname)) {
        problems.push(`${path}: link outside /docs: ${href}`);
        continue;
      }
      const targetPath = target.pathname.slice(docsRoot.pathname.length) || 'index.html';
      if (target.hash)
        pendingAnchors.push({ from: path, page: targetPath, hash: decodeURIComponent(target.hash.slice(1)) });
      if (targetPath.endsWith('.html')) {
        if (!visits.has(targetPath) && !queue.includes(targetPath)) queue.push(targetPath);
      } else {
        const response = await fetch(target, { signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (response.status !== 200) problems.push(`${path}: ${href} answered ${response.status}`);
      }
    }
    await page.close();
  }

  for (const { from, page, hash } of pendingAnchors) {
    const visit = visits.get(page);
    if (!visit) {
      problems.push(`${from}: link to ${page}, which did not load`);
      continue;
    }
    const found =
      hash.startsWith('/') && isRestReference(page) ? visit.routes.has(`#${hash}`) : visit.ids.has(hash);
    if (!found) problems.push(`${from}: ${page}#${hash} does not exist`);
  }

  expect(problems).toEqual([]);
  expect([...visits.keys()].sort()).toEqual([...site.pages].sort());
  // Links into the REST references land on Redoc routes that exist (checked above); make sure there were some.
  expect(pendingAnchors.filter((a) => a.hash.startsWith('/')).length).toBeGreaterThan(0);
}, 180_000);

it('saves screenshots of the landing page and of the updateCustomerGroup page', async () => {
  mkdirSync(outputDir, { recursive: true });
  const problems: string[] = [];
  for (const [path, file] of [
    ['index.html', 'landing.png'],
    ['operations/update-customer-group.html', 'mutation-update-customer-group.png'],
  ] as const) {
    const { page } = await open(path, problems);
    await page.screenshot({ path: join(outputDir, file), fullPage: true });
    await page.close();
  }
  expect(problems).toEqual([]);
}, 60_000);
