// The REST references: Redocly CLI's `build-docs` (Redoc) renders each spec into one self-contained
// HTML file. Redoc was chosen because this project already lints and generates from the specs with
// Redocly's toolchain (redocly.yaml), it renders OpenAPI 3.1 with servers, security schemes, every
// response, named examples and x- descriptions, and `--inlineBundle` embeds its script so the page
// needs no CDN at view time.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { specPath, type VendorName } from '@loyalty-gateway/specs';
import { esc } from './html.js';
import type { SpecOperation } from './spec-model.js';

const run = promisify(execFile);

function redoclyCli(): string {
  const pkg = createRequire(import.meta.url).resolve('@redocly/cli/package.json');
  return join(dirname(pkg), 'bin', 'cli.js');
}

// Redoc 3 always shows its attribution logo from cdn.redoc.ly, with no option to turn it off. The
// site must work offline and make no third-party requests, so that one image is swapped for a local
// file (the attribution stays). Any other absolute URL in a script or link tag fails the build.
const CDN_LOGOS: ReadonlyArray<[string, string]> = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', '../assets/redocly-logo.svg'],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', '../assets/redocly-logo-mini.svg'],
];

/**
 * Redoc 3 renders its top sidebar entries with root-relative hrefs (`/`, `/customer-groups`) and routes
 * them on click, so opening one in a new tab, or from the files, asked for the server's root (404).
 * This rewrites every such href to the hash route Redoc itself uses (`#/customer-groups`) as Redoc
 * renders it; a click is still routed by Redoc, and the href now works on its own.
 */
export const ROUTE_LINKS_SCRIPT = `new MutationObserver(function () {
    document.querySelectorAll('#redoc a[href^="/"]').forEach(function (a) {
      var href = a.getAttribute('href');
      if (href.charAt(1) !== '/') a.setAttribute('href', '#' + href);
    });
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });`;

/** The Redoc page template: Redoc's own, plus a favicon (no request) and a bar back to the docs home. */
function template(vendorTitle: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>{{title}}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <style>
    body { padding: 0; margin: 0; }
    .docs-bar { position: fixed; z-index: 100; right: 16px; bottom: 12px; font: 13px/1.4 system-ui, sans-serif;
      color: #cbd5e1; background: #1f2937; border-radius: 999px; padding: 6px 14px; box-shadow: 0 2px 8px rgb(0 0 0 / 20%); }
    .docs-bar a { color: #fff; text-decoration: none; }
    .docs-bar a:hover { text-decoration: underline; }
  </style>
  <script>${ROUTE_LINKS_SCRIPT}</script>
  {{{redocHead}}}
</head>
<body>
  <nav class="docs-bar" aria-label="Docs"><a href="../index.html">← loyalty-gateway docs</a> · <a href="../graphql.html">GraphQL</a> · ${esc(vendorTitle)} REST</nav>
  {{{redocHTML}}}
</body>
</html>
`;
}

/** Renders one spec to `outFile` (a file under rest/ of the site). */
export async function buildRestReference(
  vendor: VendorName,
  outFile: string,
  vendorTitle: string,
  workDir: string,
) {
  const templateFile = join(workDir, `redoc-template-${vendor}.hbs`);
  writeFileSync(templateFile, template(vendorTitle));
  try {
    await run(
      process.execPath,
      [
        redoclyCli(),
        'build-docs',
        specPath(vendor),
        '--output',
        outFile,
        '--inlineBundle',
        '--template',
        templateFile,
        '--lint-config',
        'off',
      ],
      {
        cwd: workDir,
        timeout: 120_000,
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          NO_COLOR: '1',
        },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`redocly build-docs failed for ${vendor}:\n${stderr ?? ''}${stdout ?? ''}`, {
      cause: error,
    });
  }
  let page = readFileSync(outFile, 'utf8');
  for (const [cdn, local] of CDN_LOGOS) {
    if (!page.includes(cdn))
      throw new Error(`Redoc no longer loads ${cdn}: review CDN_LOGOS in rest-reference.ts`);
    page = page.split(cdn).join(local);
  }
  const external = /<(?:script|link)\b[^>]*\b(?:src|href)=["']?(?:https?:)?\/\//i.exec(page);
  if (external)
    throw new Error(`the ${vendor} REST reference loads something from the network: ${external[0]}`);
  writeFileSync(outFile, page);
}

/** Redoc's route for an operation (`#/customer-groups/updatecustomergroup`): tag slug, then the lower-cased id. */
export function redocAnchor(op: SpecOperation): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `#/${slug(op.tags[0] ?? 'other')}/${op.operationId.toLowerCase()}`;
}

/** The Redocly attribution logos, drawn locally (text only), in the size Redoc lays out. */
export const REDOCLY_LOGOS: Record<string, string> = {
  'redocly-logo.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16" role="img" aria-label="Redocly"><text x="0" y="12.5" font-family="system-ui, sans-serif" font-size="13" font-weight="600" fill="#0044d4">Redocly</text></svg>\n',
  'redocly-logo-mini.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" role="img" aria-label="Redocly"><text x="2" y="12.5" font-family="system-ui, sans-serif" font-size="13" font-weight="700" fill="#0044d4">R</text></svg>\n',
};
