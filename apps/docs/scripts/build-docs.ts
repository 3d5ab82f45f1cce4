// `pnpm run docs`: runs the worked examples and vendor-answer tables against the sandboxes, writes
// what happened to examples/*.json, and builds the site into dist/.
import { fileURLToPath } from 'node:url';
import { buildSite } from '../src/index.js';

const outDir = fileURLToPath(new URL('../dist/', import.meta.url));
const started = performance.now();
const site = await buildSite({ outDir, recordings: 'run', writeRecordings: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `docs: ${site.pages.length} pages, ${site.recordings.examples.length} worked examples recorded in examples/, built into ${outDir} in ${seconds} s`,
);
