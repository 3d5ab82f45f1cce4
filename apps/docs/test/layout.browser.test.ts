// Every page of the built site at a laptop width (1366 px) and a phone width (390 px), in headless
// Debian chromium (playwright-core): the page never scrolls sideways; at 1366 px every table fits its
// column whole (no clipped last column); the navigation is there and works at both widths (the sidebar,
// or below 800 px the Menu in the top bar; on the Redoc pages the bar back to the docs and Redoc's own
// sidebar); and Redoc's sidebar links are hash routes that work opened on their own, in a new tab or
// from the files. Screenshots of every page at both widths go to test-output/layout/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RunningGateway } from '@loyalty-gateway/gateway';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../src/build-site.js';
import { type SiteInBrowser, startSiteInBrowser } from './site-in-browser.js';

const outputDir = fileURLToPath(new URL('../test-output/layout/', import.meta.url));
const siteDir = join(outputDir, 'site');
const WIDTHS = [1366, 390] as const;
let site: BuiltSite;
let running: RunningGateway;
let browser: Browser;
let started: SiteInBrowser | undefined;

beforeAll(async () => {
  started = await startSiteInBrowser(siteDir);
  ({ site, running, browser } = started);
  for (const width of WIDTHS) mkdirSync(join(outputDir, String(width)), { recursive: true });
}, 120_000);

afterAll(async () => {
  await started?.stop();
});

const isRest = (path: string) => path.startsWith('rest/');

async function open(url: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  if (url.includes('/rest/'))
    await page.locator('#redoc a[href^="#/"]').first().waitFor({ state: 'attached', timeout: 30_000 });
  return page;
}

/** Widths that overflow: the page itself, and each table wider than its wrapper. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const tables = Array.from(document.querySelectorAll('main table'), (table) => {
      const wrap = table.parentElement as HTMLElement;
      const head = Array.from(table.querySelectorAll('th'), (th) => th.textContent?.trim()).join(' | ');
      return { head, overflow: wrap.scrollWidth - wrap.clientWidth };
    });
    return { page: root.scrollWidth - root.clientWidth, clipped: tables.filter((t) => t.overflow > 1) };
  });

describe.each(WIDTHS)('at %i px', (width) => {
  it('no page scrolls sideways, every table fits at 1366 px, and each page is saved as a screenshot', async () => {
    const problems: string[] = [];
    for (const path of site.pages) {
      const page = await open(`${running.url}/docs/${path}`, width);
      const { page: overflow, clipped } = await measure(page);
      if (overflow > 0) problems.push(`${path}: the page is ${overflow} px wider than the window`);
      if (width === 1366)
        for (const t of clipped) problems.push(`${path}: table "${t.head}" is clipped by ${t.overflow} px`);
      await page.screenshot({
        path: join(outputDir, String(width), `${path.replaceAll('/', '-').replace(/\.html$/, '')}.png`),
        fullPage: !isRest(path),
      });
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('every page of ours has navigation that reaches the other pages', async () => {
    const problems: string[] = [];
    for (const path of site.pages.filter((p) => !isRest(p))) {
      const page = await open(`${running.url}/docs/${path}`, width);
      const target = path === 'errors.html' ? 'graphql.html' : 'errors.html';
      if (width >= 800) {
        if (!(await page.locator('.sidebar').isVisible())) problems.push(`${path}: no sidebar`);
        await page.locator(`.sidebar a[href$="${target}"]`).first().click();
      } else {
        if (await page.locator('.sidebar').isVisible())
          problems.push(`${path}: the sidebar squeezes the page`);
        const menu = page.locator('.mobile-nav summary');
        if (!(await menu.isVisible())) problems.push(`${path}: no Menu in the top bar`);
        await menu.click();
        if (path === 'index.html')
          await page.screenshot({ path: join(outputDir, String(width), 'menu-open.png') });
        const links = page.locator('.mobile-nav-panel a');
        if ((await links.count()) < site.pages.length) problems.push(`${path}: the Menu lists too few pages`);
        await page.locator(`.mobile-nav-panel a[href$="${target}"]`).first().click();
      }
      await page.waitForURL(`**/docs/${target}`, { timeout: 10_000 }).catch(() => {
        problems.push(`${path}: the navigation link to ${target} went to ${page.url()}`);
      });
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('the Redoc pages keep the bar back to the docs in view and their sidebar routes work on click', async () => {
    for (const path of site.pages.filter(isRest)) {
      const page = await open(`${running.url}/docs/${path}`, width);
      await expect(page.locator('.docs-bar a[href="../index.html"]').isVisible()).resolves.toBe(true);
      // Below 800 px Redoc folds its sidebar behind its own floating menu button.
      if (width < 800) await page.locator('[data-testid="floating-button"]').click();
      const entry = page
        .locator('#redoc a[href="#/customer-groups"], #redoc a[href="#/user-groups"]')
        .first();
      const href = (await entry.getAttribute('href')) as string;
      await entry.click();
      expect(new URL(page.url()).hash).toBe(href);
      await page.close();
    }
  }, 120_000);
});

describe('Redoc sidebar links', () => {
  it('are hash routes, never root-absolute, and each one works opened on its own (new tab, from the files)', async () => {
    const problems: string[] = [];
    for (const path of site.pages.filter(isRest)) {
      const page = await open(`${running.url}/docs/${path}`, 1366);
      const hrefs = await page
        .locator('#redoc a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      await page.close();
      for (const href of hrefs.filter((h) => h.startsWith('/')))
        problems.push(`${path}: root-absolute ${href}`);
      const sidebarRoutes = [...new Set(hrefs.filter((h) => /^#\/[^/]+$/.test(h)))];
      if (sidebarRoutes.length === 0) problems.push(`${path}: no sidebar route found`);
      for (const route of sidebarRoutes) {
        for (const base of [`${running.url}/docs/${path}`, pathToFileURL(join(siteDir, path)).href]) {
          const tab = await browser.newPage({ viewport: { width: 1366, height: 900 } });
          const response = await tab.goto(`${base}${route}`, { waitUntil: 'load', timeout: 30_000 });
          if (response && !response.ok()) problems.push(`${base}${route}: ${response.status()}`);
          const section = route.slice(2);
          await tab
            .locator(`[id="${section}"]`)
            .waitFor({ timeout: 30_000 })
            .catch(() => problems.push(`${base}${route}: no section ${section}`));
          await tab
            .waitForFunction(() => window.scrollY > 0, undefined, { timeout: 10_000 })
            .catch(() => {
              problems.push(`${base}${route}: did not scroll to its section`);
            });
          await tab.close();
        }
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
