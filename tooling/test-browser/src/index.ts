// Test-only: Debian's chromium through playwright-core, launched the one way this machine allows
// (headless, no sandbox as root, no background networking: the closed network refuses it), and a
// watch on a page that records console errors, page errors and any request leaving 127.0.0.1
// (aborted, so a page that would call out fails its test instead of hanging on the network).
import { type Browser, chromium, type Page } from 'playwright-core';

/** The flags every browser test starts chromium with. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches chromium (`CHROMIUM_PATH`, default `/usr/bin/chromium`); playwright gives it a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
  });
}

export interface PageProblems {
  /** Console errors and uncaught page errors, in the order they happened. */
  errors: string[];
  /** Every URL the page asked for off 127.0.0.1 (each one aborted). */
  offHost: string[];
}

/** Loopback, or content the page makes itself (`data:`, `blob:`). */
function isLocal(url: string): boolean {
  const target = new URL(url);
  return target.hostname === '127.0.0.1' || target.protocol === 'data:' || target.protocol === 'blob:';
}

/**
 * Starts watching `page`; call before its first `goto`. The returned lists fill as the page runs, and
 * `report`, when given, hears each problem as one line (`console error: …`, `page error: …`,
 * `request off 127.0.0.1: …`) the moment it happens.
 */
export async function watchPage(page: Page, report?: (problem: string) => void): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], offHost: [] };
  const error = (line: string) => {
    problems.errors.push(line);
    report?.(line);
  };
  page.on('console', (message) => {
    if (message.type() === 'error') error(`console error: ${message.text()}`);
  });
  page.on('pageerror', (thrown) => error(`page error: ${thrown.message}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    problems.offHost.push(url);
    report?.(`request off 127.0.0.1: ${url}`);
    return route.abort();
  });
  return problems;
}
