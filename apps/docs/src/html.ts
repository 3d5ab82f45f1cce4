// Small HTML helpers: escaping, the inline Markdown that spec and schema descriptions use, code
// highlighting for JSON, GraphQL and HTTP, and the page shell with its navigation.

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Marks a string as HTML that is already safe, so templates can tell it from text. */
export interface Html {
  readonly html: string;
}

export const raw = (html: string): Html => ({ html });

type Part = string | number | Html | null | undefined | false | readonly Part[];

function flatten(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (Array.isArray(part)) return part.map(flatten).join('');
  if (typeof part === 'object') return (part as Html).html;
  return esc(String(part));
}

/** Tagged template: interpolated text is escaped, Html values and arrays of them are inserted as is. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0] ?? '';
  parts.forEach((part, i) => {
    out += flatten(part) + (strings[i + 1] ?? '');
  });
  return raw(out);
}

/**
 * The inline Markdown of descriptions (`code`, **bold**, [text](url), bare https URLs); paragraphs on
 * blank lines. Anything else stays text.
 */
export function markdown(text: string): Html {
  const paragraphs = text.trim().split(/\n\s*\n/);
  const inline = (source: string) =>
    esc(source)
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" rel="noreferrer">$1</a>')
      .replace(/(^|[\s(])(https:\/\/[^\s<)]+[^\s<).,;])/g, '$1<a href="$2" rel="noreferrer">$2</a>');
  if (paragraphs.length === 1) return raw(inline(paragraphs[0] ?? ''));
  return raw(paragraphs.map((p) => `<p>${inline(p)}</p>`).join(''));
}

/** JSON for reading: a value stays on one line while it fits in `width`, and breaks open otherwise. */
export function prettyJson(value: unknown, width = 64): string {
  const flat = (v: unknown): string => {
    if (Array.isArray(v)) return v.length ? `[${v.map(flat).join(', ')}]` : '[]';
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      return entries.length
        ? `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${flat(x)}`).join(', ')} }`
        : '{}';
    }
    return JSON.stringify(v) ?? 'null';
  };
  const go = (v: unknown, indent: string, prefix: number): string => {
    const one = flat(v);
    if (v === null || typeof v !== 'object' || indent.length + prefix + one.length <= width) return one;
    const inner = `${indent}  `;
    if (Array.isArray(v)) return `[\n${v.map((x) => inner + go(x, inner, 0)).join(',\n')}\n${indent}]`;
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    const lines = entries.map(([k, x]) => {
      const key = `${JSON.stringify(k)}: `;
      return inner + key + go(x, inner, key.length);
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  };
  return go(value, '', 0);
}

const span = (cls: string, text: string) => `<span class="${cls}">${esc(text)}</span>`;

/** Highlights JSON text (already formatted). */
export function highlightJson(text: string): string {
  return text.replace(
    /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([^"\d\-tfn]+|.)/g,
    (_m, str: string, colon: string, num: string, lit: string, other: string) => {
      if (str) return colon ? span('k', str) + esc(colon) : span('s', str);
      if (num) return span('n', num);
      if (lit) return span('l', lit);
      return esc(other);
    },
  );
}

const GRAPHQL_KEYWORDS = new Set([
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'true',
  'false',
  'null',
]);

/** Highlights a GraphQL document. */
export function highlightGraphql(text: string): string {
  return text.replace(
    /(#[^\n]*)|("(?:[^"\\]|\\.)*")|(\$[_A-Za-z][_0-9A-Za-z]*)|(-?\d+(?:\.\d+)?)|([_A-Za-z][_0-9A-Za-z]*)|([^#"$_A-Za-z\d-]+|.)/g,
    (_m, comment: string, str: string, variable: string, num: string, name: string, other: string) => {
      if (comment) return span('c', comment);
      if (str) return span('s', str);
      if (variable) return span('v', variable);
      if (num) return span('n', num);
      if (name) {
        if (GRAPHQL_KEYWORDS.has(name)) return span('kw', name);
        if (/^[A-Z]/.test(name)) return span('t', name);
        return esc(name);
      }
      return esc(other);
    },
  );
}

/** A code block; `lang` picks the highlighter. */
export function codeBlock(
  text: string,
  lang: 'json' | 'graphql' | 'http' | 'shell' | 'text',
  label?: string,
): Html {
  let body: string;
  if (lang === 'json') body = highlightJson(text);
  else if (lang === 'graphql') body = highlightGraphql(text);
  else if (lang === 'http') {
    const [head = '', ...rest] = text.split('\n\n');
    const [first = '', ...headers] = head.split('\n');
    const line = /^(\S+) (\S+)(.*)$/.exec(first);
    const requestLine = line
      ? `${span('kw', line[1] ?? '')} ${span('p', line[2] ?? '')}${esc(line[3] ?? '')}`
      : esc(first);
    const headerLines = headers.map((header) => {
      const colon = header.indexOf(':');
      return colon < 0 ? esc(header) : span('k', header.slice(0, colon)) + esc(header.slice(colon));
    });
    body = [requestLine, ...headerLines].join('\n');
    if (rest.length > 0) body += `\n\n${highlightJson(rest.join('\n\n'))}`;
  } else body = esc(text);
  return html`<figure class="code">${label ? html`<figcaption>${label}</figcaption>` : ''}<pre><code class="lang-${lang}">${raw(body)}</code></pre></figure>`;
}

/** One entry of the navigation. */
export interface NavItem {
  href: string;
  label: string;
  /** Small print after the label, e.g. `mutation`. */
  hint?: string;
}

export interface NavSection {
  title: string;
  items: NavItem[];
}

/** A page of the site; `href` is relative to the site root (e.g. `operations/x.html`). */
export interface PageOptions {
  href: string;
  title: string;
  nav: NavSection[];
  body: Html;
  /** Table of contents of this page: [anchor, label]. */
  toc?: Array<[string, string]>;
}

/** A path from one page to another, both relative to the site root. */
export function relative(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth) + to;
}

/** The whole HTML document of a page. */
export function page(options: PageOptions): string {
  const link = (to: string) => relative(options.href, to);
  const sections = options.nav.map(
    (section) =>
      html`<div class="nav-section"><p class="nav-title">${section.title}</p><ul>${section.items.map(
        (item) =>
          html`<li><a href="${link(item.href)}"${raw(item.href === options.href ? ' aria-current="page"' : '')}>${item.label}${
            item.hint ? html` <small>${item.hint}</small>` : ''
          }</a></li>`,
      )}</ul></div>`,
  );
  const toc = options.toc?.length
    ? html`<nav class="toc" aria-label="On this page"><p class="nav-title">On this page</p><ul>${options.toc.map(
        ([id, label]) => html`<li><a href="#${id}">${label}</a></li>`,
      )}</ul></nav>`
    : '';
  return `<!DOCTYPE html>
${
  html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · loyalty-gateway docs</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${link('assets/site.css')}">
</head>
<body>
<header class="topbar"><a class="brand" href="${link('index.html')}"><span class="logo">◆</span> loyalty-gateway <span class="muted">docs</span></a>
<span class="topbar-links"><a href="${link('graphql.html')}">GraphQL</a><a href="${link('rest/xtrakit.html')}">Xtrakit REST</a><a href="${link('rest/capillary.html')}">Capillary REST</a><a href="${link('errors.html')}">Errors</a></span>
<details class="mobile-nav"><summary aria-label="Navigation">Menu</summary><nav class="mobile-nav-panel" aria-label="Site">${sections}</nav></details></header>
<div class="layout">
<aside class="sidebar">${sections}</aside>
<main>${options.body}</main>
${toc}
</div>
</body>
</html>`.html
}
`;
}
