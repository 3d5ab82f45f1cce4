import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ErrorCodeEntry, VendorName } from '@loyalty-gateway/vendor-types';
import { parse } from 'yaml';

export type { ErrorCodeEntry, VendorName };

/** The parts of an OpenAPI 3.1 document this package reads; the rest stays untyped JSON. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  servers?: Array<{ url: string; description?: string; variables?: Record<string, unknown> }>;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  [key: `x-${string}`]: unknown;
}

/** A vendor doc contradiction and what the spec chose (`x-doc-conflicts`). */
export interface DocConflict {
  topic: string;
  docs: string;
  choice: string;
}

const cache = new Map<VendorName, OpenApiDocument>();

/** Absolute path of a vendor's spec file. */
export function specPath(vendor: VendorName): string {
  return fileURLToPath(new URL(`../${vendor}.yaml`, import.meta.url));
}

/** Absolute path of `SOURCES.md`: the facts both specs cite (C1, X7, ...), with their sources. */
export function sourcesPath(): string {
  return fileURLToPath(new URL('../SOURCES.md', import.meta.url));
}

/** The parsed spec, read once per process. */
export function loadSpec(vendor: VendorName): OpenApiDocument {
  let doc = cache.get(vendor);
  if (!doc) {
    doc = parse(readFileSync(specPath(vendor), 'utf8')) as OpenApiDocument;
    cache.set(vendor, doc);
  }
  return doc;
}

/** The documented error and warning codes of a spec (only Capillary documents codes). */
export function errorCodes(vendor: 'capillary'): ErrorCodeEntry[] {
  return (loadSpec(vendor)['x-error-codes'] as ErrorCodeEntry[] | undefined) ?? [];
}

/** The doc contradictions a spec resolves, with the choice it made. */
export function docConflicts(vendor: VendorName): DocConflict[] {
  return (loadSpec(vendor)['x-doc-conflicts'] as DocConflict[] | undefined) ?? [];
}
