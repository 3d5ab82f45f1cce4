import { readFileSync } from 'node:fs';
import { sourcesPath } from '@loyalty-gateway/specs';
import { describe, expect, it } from 'vitest';
import { renderSourcesPage, slug } from '../src/sources-page.js';

const text = readFileSync(sourcesPath(), 'utf8');
const { body, toc } = renderSourcesPage(text);

describe('the sources page (specs/SOURCES.md)', () => {
  it('renders every fact the specs cite as a table row', () => {
    const facts = [...text.matchAll(/^\|\s*([CX]\d+)\s*\|/gm)].map((m) => m[1]);
    expect(facts.length).toBeGreaterThan(60);
    for (const fact of facts) expect(body.html).toContain(`<tr><td>${fact}</td>`);
  });

  it('quotes the legacy error table and the samples, code escaped', () => {
    expect(body.html).toContain('<td>User {x} already present in group {y}.</td>');
    expect(body.html).toContain('<figure class="code">');
    expect(body.html).not.toMatch(/<td>[^<]*[<>][^<]*<\/td>/);
    expect(body.html).toContain('&quot;externalId&quot;');
  });

  it('anchors every heading the GitHub way, and every link to an anchor lands on one', () => {
    expect(slug('5. Vendor texts quoted verbatim')).toBe('5-vendor-texts-quoted-verbatim');
    expect(slug('Legacy userGroup2 response codes (verbatim)')).toBe(
      'legacy-usergroup2-response-codes-verbatim',
    );
    expect(toc.map(([, label]) => label)).toContain('5. Vendor texts quoted verbatim');
    const ids = new Set([...body.html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const links = [...body.html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(ids).toContain(link);
  });

  it('drops the file title (the page shell prints it) and renders lists', () => {
    expect(body.html).not.toContain('<h1');
    expect(body.html).toContain('<ul><li><strong>[D] documented.</strong>');
    expect(body.html).toContain('<ol><li>');
  });
});
