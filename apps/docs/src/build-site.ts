// Builds the static site: landing, GraphQL reference, one page per query/mutation, errors, and the two
// Redoc REST references; plus the raw schema and specs for download.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sourcesPath, specPath } from '@loyalty-gateway/specs';
import { renderBulkPage } from './bulk-page.js';
import { EXAMPLES, type WorkedExample } from './examples.js';
import { MUTATION_MAPPINGS, mutationMapping, observedMapping } from './field-mapping.js';
import {
  loadGatewaySchema,
  operationPage,
  renderGraphqlReference,
  rootFields,
  SCHEMA_PATH,
} from './graphql-reference.js';
import { page } from './html.js';
import {
  navigation,
  type OperationContext,
  type OperationSummary,
  renderErrorsPage,
  renderLanding,
  renderOperationPage,
  restPage,
  VENDOR_TITLES,
} from './pages.js';
import {
  primaryOperationId,
  type Recordings,
  readRecordings,
  record,
  writeRecordings,
} from './recordings.js';
import { buildRestReference, REDOCLY_LOGOS } from './rest-reference.js';
import { renderSourcesPage } from './sources-page.js';
import { findOperation } from './spec-model.js';

export interface BuildOptions {
  /** Where the site goes; emptied first. */
  outDir: string;
  /**
   * `run`: execute the worked examples and vendor-answer tables now (what `pnpm run docs` does);
   * `committed`: render the recordings committed in examples/ without running anything.
   */
  recordings: 'run' | 'committed';
  /** With `run`: replace the committed recordings with the new ones. */
  writeRecordings?: boolean;
  examples?: readonly WorkedExample[];
}

export interface BuiltSite {
  outDir: string;
  /** Every HTML page, relative to outDir. */
  pages: string[];
  recordings: Recordings;
}

/** Builds the whole site into `outDir`. */
export async function buildSite(options: BuildOptions): Promise<BuiltSite> {
  const examples = options.examples ?? EXAMPLES;
  const schema = loadGatewaySchema();
  const recordings = options.recordings === 'run' ? await record(examples) : readRecordings(examples);
  if (options.recordings === 'run' && options.writeRecordings) writeRecordings(recordings);

  const roots = rootFields(schema);
  for (const example of examples) {
    if (!roots.some((r) => r.field.name === example.field)) {
      throw new Error(`example ${example.id} is for ${example.field}, which the schema does not have`);
    }
  }
  const contexts: OperationContext[] = roots.map(({ kind, field }) => {
    const own = examples
      .map((source) => ({ source, record: recordings.examples.find((r) => r.id === source.id) }))
      .filter(
        (e): e is { source: WorkedExample; record: NonNullable<typeof e.record> } =>
          e.record?.field === field.name,
      );
    if (own.length === 0)
      throw new Error(`${kind} ${field.name} has no worked example: add one to src/examples.ts`);
    const primary = findOperation(primaryOperationId(field.name, recordings.examples));
    const auxiliaryIds = new Set(
      own
        .flatMap(({ record }) => record.vendorRequests.map((r) => r.operationId ?? ''))
        .filter((id) => id && id !== primary.operationId),
    );
    const answers = recordings.answers.find((a) => a.field === field.name);
    if (!answers) throw new Error(`no vendor-answer table for ${field.name}: run \`pnpm run docs\``);
    const records = own.map((e) => e.record);
    const exported = kind === 'mutation' ? MUTATION_MAPPINGS[field.name] : undefined;
    return {
      kind,
      field,
      schema,
      primary,
      auxiliary: [...auxiliaryIds].map(findOperation),
      mapping: exported
        ? mutationMapping(field.name, primary, records)
        : observedMapping(field.name, primary, records),
      mappingConstant: exported?.constant ?? null,
      examples: own,
      answers,
    };
  });

  const { outDir } = options;
  rmSync(outDir, { recursive: true, force: true });
  const write = (relativePath: string, content: string) => {
    const target = join(outDir, relativePath);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  };
  write('assets/site.css', readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8'));
  for (const [name, svg] of Object.entries(REDOCLY_LOGOS)) write(`assets/${name}`, svg);
  mkdirSync(join(outDir, 'specs'), { recursive: true });
  copyFileSync(SCHEMA_PATH, join(outDir, 'schema.graphql'));
  for (const vendor of ['xtrakit', 'capillary'] as const)
    copyFileSync(specPath(vendor), join(outDir, 'specs', `${vendor}.yaml`));

  const nav = navigation(contexts.map((c) => ({ kind: c.kind, field: c.field.name })));
  const pages: string[] = [];
  const emit = (
    href: string,
    title: string,
    rendered: { body: ReturnType<typeof renderLanding>; toc?: Array<[string, string]> },
  ) => {
    write(
      href,
      page({ href, title, nav, body: rendered.body, ...(rendered.toc ? { toc: rendered.toc } : {}) }),
    );
    pages.push(href);
  };
  const summaries: OperationSummary[] = contexts.map((c) => ({
    kind: c.kind,
    field: c.field.name,
    description: c.field.description ?? '',
    primary: c.primary,
    auxiliary: c.auxiliary,
  }));
  emit('index.html', 'Overview', {
    body: renderLanding(summaries),
    toc: [
      ['setup', 'Set up'],
      ['operations', 'GraphQL ⇄ REST'],
      ['references', 'References'],
      ['recordings', 'How examples are recorded'],
    ],
  });
  emit('graphql.html', 'GraphQL schema', renderGraphqlReference(schema));
  emit('errors.html', 'Outcomes & errors', {
    body: renderErrorsPage(schema, recordings.answers),
    toc: [
      ['outcomes', 'Mutation outcomes'],
      ['user-errors', 'userErrors codes'],
      ['graphql-errors', 'GraphQL error codes'],
      ['capillary-codes', 'Capillary codes'],
    ],
  });
  for (const ctx of contexts) emit(operationPage(ctx.field.name), ctx.field.name, renderOperationPage(ctx));
  emit('sources.html', 'Sources of the specs', renderSourcesPage());
  emit('bulk.html', 'Bulk jobs', renderBulkPage(schema));
  copyFileSync(sourcesPath(), join(outDir, 'specs', 'SOURCES.md'));

  const workDir = mkdtempSync(join(tmpdir(), 'loyalty-docs-'));
  try {
    await Promise.all(
      (['xtrakit', 'capillary'] as const).map((vendor) =>
        buildRestReference(vendor, join(outDir, restPage(vendor)), VENDOR_TITLES[vendor], workDir),
      ),
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  pages.push(restPage('xtrakit'), restPage('capillary'));
  return { outDir, pages, recordings };
}
