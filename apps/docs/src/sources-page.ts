// specs/SOURCES.md as a page of the site: the facts the specs cite (C1, X7, ...), with their sources.
// The file uses a small part of Markdown (headings, tables, lists, fenced code, paragraphs), rendered here
// with the same inline rules as every description, so no Markdown library is needed.
import { readFileSync } from 'node:fs';
import { sourcesPath } from '@loyalty-gateway/specs';
import { codeBlock, type Html, markdown, raw } from './html.js';

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Inline Markdown, plus links to anchors of this page (`[text](#anchor)`). */
function inline(text: string): string {
  return markdown(text).html.replace(
    /\[([^\]]+)\]\((#[\w-]+)\)/g,
    (_m, label: string, href: string) => `<a href="${href}">${label}</a>`,
  );
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

function table(lines: string[]): string {
  const [head = '', , ...rows] = lines;
  const th = cells(head).map((c) => `<th>${inline(c)}</th>`);
  const tr = rows.map(
    (r) =>
      `<tr>${cells(r)
        .map((c) => `<td>${inline(c)}</td>`)
        .join('')}</tr>`,
  );
  return `<div class="table-wrap"><table><thead><tr>${th.join('')}</tr></thead><tbody>${tr.join('')}</tbody></table></div>`;
}

/** One block starting at `lines[i]`: its HTML and the index after it. */
function block(lines: string[], i: number, toc: Array<[string, string]>): [string, number] {
  const line = lines[i] ?? '';
  const heading = /^(#{1,4}) (.+)$/.exec(line);
  if (heading) {
    const level = (heading[1] ?? '#').length;
    const text = heading[2] ?? '';
    if (level === 2) toc.push([slug(text), text]);
    return [`<h${level} id="${slug(text)}">${inline(text)}</h${level}>`, i + 1];
  }
  if (line.startsWith('```')) {
    const end = lines.indexOf('```', i + 1);
    const code = lines.slice(i + 1, end).join('\n');
    return [codeBlock(code, line === '```json' ? 'json' : 'text').html, end + 1];
  }
  const run = (test: (l: string) => boolean) => {
    let j = i;
    while (j < lines.length && test(lines[j] ?? '')) j++;
    return j;
  };
  if (line.startsWith('|')) {
    const end = run((l) => l.startsWith('|'));
    return [table(lines.slice(i, end)), end];
  }
  if (line === '---') return ['<hr>', i + 1];
  const item = /^(- |\d+\. )/;
  if (item.test(line)) {
    const end = run((l) => item.test(l));
    const tag = line.startsWith('- ') ? 'ul' : 'ol';
    const items = lines.slice(i, end).map((l) => `<li>${inline(l.replace(item, ''))}</li>`);
    return [`<${tag}>${items.join('')}</${tag}>`, end];
  }
  const end = run((l) => l.trim() !== '' && !/^(#|```|\||- |\d+\. |---$)/.test(l));
  return [`<p>${inline(lines.slice(i, end).join(' '))}</p>`, Math.max(end, i + 1)];
}

/** The page body and its table of contents (the `##` sections). */
export function renderSourcesPage(text = readFileSync(sourcesPath(), 'utf8')): {
  body: Html;
  toc: Array<[string, string]>;
} {
  const lines = text.split('\n');
  const toc: Array<[string, string]> = [];
  const out: string[] = [];
  let i = lines[0]?.startsWith('# ') ? 1 : 0; // the page shell prints the title
  while (i < lines.length) {
    if ((lines[i] ?? '').trim() === '') {
      i++;
      continue;
    }
    const [htmlText, next] = block(lines, i, toc);
    out.push(htmlText);
    i = next;
  }
  return { body: raw(out.join('\n')), toc };
}
