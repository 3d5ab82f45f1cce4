// GraphiQL in a real browser (Debian chromium via playwright-core): the page arrives compressed
// (brotli, as chromium accepts it) and loads with no console error and no request leaving 127.0.0.1,
// and the UpdateCustomerGroup example runs against the embedded sandbox and shows APPLIED; GET /
// sends the browser on to GraphiQL.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, watchPage } from '@loyalty-gateway/test-browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Stack, startStack } from './stack.js';

const outputDir = fileURLToPath(new URL('../test-output/', import.meta.url));
let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

it('runs the UpdateCustomerGroup example from GraphiQL and shows APPLIED', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems = await watchPage(page);

  const documentResponse = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/graphql' && r.request().method() === 'GET',
  );
  await page.goto(`${stack.url}/graphql`, { waitUntil: 'load', timeout: 30_000 });
  const document = await documentResponse;
  // The gateway sends br only to a request that accepts it: chromium does.
  expect((await document.allHeaders())['content-encoding']).toBe('br');
  const run = page.locator('.graphiql-execute-button');
  await run.waitFor({ timeout: 30_000 });
  await run.click();
  await page.getByRole('menuitem', { name: 'UpdateCustomerGroup', exact: true }).click();

  // The result editor renders non-breaking spaces: compare with whitespace normalised. innerText on
  // purpose: the rendered text is what a user sees.
  const responseText = async () =>
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
  await expect.poll(responseText, { timeout: 15_000 }).toContain('"outcome": "APPLIED"');
  expect(await responseText()).toContain('"name": "Premium Customers"');
  expect(stack.xtrakit.requests.count({ operationId: 'updateCustomerGroup' })).toBe(1);

  mkdirSync(outputDir, { recursive: true });
  await page.screenshot({ path: join(outputDir, 'graphiql-update-customer-group.png') });
  expect(problems).toEqual({ errors: [], offHost: [] });
});

it('GET / in development links to GraphiQL, which opens from it', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${stack.url}/`, { waitUntil: 'load', timeout: 30_000 });
  await page.getByRole('link', { name: 'GraphiQL' }).click();
  await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
  expect(new URL(page.url()).pathname).toBe('/graphql');
});

it('opens with a bulk example that creates a job and shows it', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${stack.url}/graphql`, { waitUntil: 'load', timeout: 30_000 });
  const run = page.locator('.graphiql-execute-button');
  await run.waitFor({ timeout: 30_000 });
  await run.click();
  await page.getByRole('menuitem', { name: 'BulkUpdateCustomerGroups', exact: true }).click();
  const responseText = async () =>
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
  await expect.poll(responseText, { timeout: 15_000 }).toContain('"total": 2');
  expect(await responseText()).toContain('"userErrors": []');
  await expect
    .poll(() => stack.xtrakit.requests.count({ operationId: 'updateCustomerGroup' }), { timeout: 10_000 })
    .toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: join(outputDir, 'graphiql-bulk.png') });
});
