// What both browser tests of the site start: the site built from the committed recordings
// (examples.test.ts checks those against reality), the gateway serving it at /docs, and chromium.
import { loadConfig, type RunningGateway, startGateway } from '@loyalty-gateway/gateway';
import { launchChromium } from '@loyalty-gateway/test-browser';
import type { Browser } from 'playwright-core';
import { type BuiltSite, buildSite } from '../src/build-site.js';

export interface SiteInBrowser {
  site: BuiltSite;
  running: RunningGateway;
  browser: Browser;
  stop(): Promise<void>;
}

export async function startSiteInBrowser(siteDir: string): Promise<SiteInBrowser> {
  const site = await buildSite({ outDir: siteDir, recordings: 'committed' });
  const running = await startGateway(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', GRAPHIQL: 'false', DOCS_DIR: siteDir }),
  );
  const browser = await launchChromium().catch(async (error: unknown) => {
    await running.stop();
    throw error;
  });
  return {
    site,
    running,
    browser,
    async stop() {
      await browser.close();
      await running.stop();
    },
  };
}
