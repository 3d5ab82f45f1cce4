// The committed recordings (examples/*.json): what the worked examples and the vendor-answer tables
// produced the last time `pnpm run docs` ran. The site is rendered from them; a test re-runs everything
// and fails when they differ from what really happens now.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLES, type WorkedExample } from './examples.js';
import { type ExampleRecord, runExamples } from './run-examples.js';
import { findOperation } from './spec-model.js';
import { type VendorAnswerTable, vendorAnswerTable } from './vendor-answers.js';

/** Everything the pages show that was produced by running code. */
export interface Recordings {
  examples: ExampleRecord[];
  answers: VendorAnswerTable[];
}

/** Where the recordings live: apps/docs/examples/. */
export const RECORDINGS_DIR = fileURLToPath(new URL('../examples/', import.meta.url));
const ANSWERS_FILE = 'vendor-answers.json';

/**
 * The REST operation behind a GraphQL field: the last request of its first example that reached a
 * vendor (earlier ones are auxiliary, such as an OAuth token request).
 */
export function primaryOperationId(field: string, examples: readonly ExampleRecord[]): string {
  for (const record of examples) {
    if (record.field !== field) continue;
    const last = record.vendorRequests.at(-1);
    if (last?.operationId) return last.operationId;
  }
  throw new Error(`no worked example of ${field} reaches a vendor: add one to src/examples.ts`);
}

/** Runs the examples, then the vendor-answer table of each field, probing with its first example. */
export async function record(examples: readonly WorkedExample[] = EXAMPLES): Promise<Recordings> {
  const records = await runExamples(examples);
  const fields = [...new Set(examples.map((e) => e.field))];
  const answers: VendorAnswerTable[] = [];
  for (const field of fields) {
    const probe = examples.find(
      (e) => e.field === field && records.find((r) => r.id === e.id)?.vendorRequests.length,
    );
    if (!probe) throw new Error(`no worked example of ${field} reaches a vendor`);
    answers.push(await vendorAnswerTable(findOperation(primaryOperationId(field, records)), probe));
  }
  return { examples: records, answers };
}

/** JSON as Biome formats it (objects expanded, short arrays of scalars on one line), so lint stays clean. */
export function formatJson(value: unknown, indent = '', prefixWidth = 0): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const scalars = value.every((v) => v === null || typeof v !== 'object');
    const inline = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    if (scalars && indent.length + prefixWidth + inline.length + 1 <= 110) return inline;
    const inner = `${indent}  `;
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const lines = entries.map(([k, v]) => {
      const key = `${JSON.stringify(k)}: `;
      return inner + key + formatJson(v, inner, key.length);
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The files a set of recordings is stored in, by name. */
export function recordingFiles(recordings: Recordings): Map<string, string> {
  const files = new Map<string, string>();
  for (const example of recordings.examples) files.set(`${example.id}.json`, `${formatJson(example)}\n`);
  files.set(ANSWERS_FILE, `${formatJson(recordings.answers)}\n`);
  return files;
}

/** Replaces the committed recordings (and removes those of examples that no longer exist). */
export function writeRecordings(recordings: Recordings, dir = RECORDINGS_DIR): void {
  mkdirSync(dir, { recursive: true });
  const files = recordingFiles(recordings);
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json') && !files.has(name)) rmSync(join(dir, name));
  }
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
}

/** The committed recordings, as text by file name. */
export function readRecordingFiles(dir = RECORDINGS_DIR): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.json')) files.set(name, readFileSync(join(dir, name), 'utf8'));
  }
  return files;
}

/** The committed recordings, in example order. */
export function readRecordings(
  examples: readonly WorkedExample[] = EXAMPLES,
  dir = RECORDINGS_DIR,
): Recordings {
  const files = readRecordingFiles(dir);
  const parse = (name: string): unknown => {
    const text = files.get(name);
    if (text === undefined)
      throw new Error(`examples/${name} is missing: run \`pnpm run docs\` and commit it`);
    return JSON.parse(text);
  };
  return {
    examples: examples.map((e) => parse(`${e.id}.json`) as ExampleRecord),
    answers: parse(ANSWERS_FILE) as VendorAnswerTable[],
  };
}
