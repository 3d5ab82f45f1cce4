import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// specs/ is the bottom of the data flow (spec -> generated types/validators -> client -> ...): it may
// depend on third-party packages only, never on a package of this repo above it (http-runtime, the
// clients, the sandboxes, the gateway, spec-validator). Its workspace packages are the shared tsconfig and
// vendor-types, which depends on nothing (checked below).
const specsDir = fileURLToPath(new URL('..', import.meta.url));
const ALLOWED_WORKSPACE = new Set(['@loyalty-gateway/tsconfig', '@loyalty-gateway/vendor-types']);

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(join(specsDir, 'package.json'), 'utf8')) as Manifest;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.[cm]?[jt]s$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every module specifier of a file: static imports and re-exports, side-effect imports, import(), require(). */
function specifiers(text: string): string[] {
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]/g,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1] ?? ''));
}

/** The package a bare specifier names (`ajv/dist/2020.js` -> `ajv`, `@scope/x/y` -> `@scope/x`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Why one import of a file under specs/src reaches above specs, or null when it does not. */
function upwardImport(file: string, specifier: string): string | null {
  const where = `${relative(specsDir, file)} imports '${specifier}'`;
  if (specifier.startsWith('.')) {
    const target = relative(specsDir, resolve(dirname(file), specifier));
    return target.startsWith('..') ? `${where}, outside specs/` : null;
  }
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return null;
  const name = packageOf(specifier);
  if (name === '@loyalty-gateway/vendor-types') return null;
  if (name.startsWith('@loyalty-gateway/')) return `${where}, a package of this repo`;
  return manifest.dependencies?.[name] ? null : `${where}, not a dependency in specs/package.json`;
}

describe('specs depends on no package above it', () => {
  it('package.json names no workspace package but the shared tsconfig and vendor-types', () => {
    const named = [
      manifest.dependencies,
      manifest.devDependencies,
      manifest.peerDependencies,
      manifest.optionalDependencies,
    ].flatMap((deps) => Object.keys(deps ?? {}));
    const workspace = named.filter((n) => n.startsWith('@loyalty-gateway/') && !ALLOWED_WORKSPACE.has(n));
    expect(workspace).toEqual([]);
  });

  it('no file under specs/src imports from above specs', () => {
    const files = sourceFiles(join(specsDir, 'src'));
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8')).flatMap((s) => upwardImport(file, s) ?? []),
    );
    expect(found).toEqual([]);
  });

  it('the check sees an upward import (control)', () => {
    const file = join(specsDir, 'src', 'load-spec.ts');
    const text =
      "import type { VendorName } from '@loyalty-gateway/http-runtime';\nconst m = await import('../../packages/xtrakit-client/src/index.js');";
    expect(specifiers(text).map((s) => upwardImport(file, s) !== null)).toEqual([true, true]);
  });
});

describe('vendor-types, the one workspace package specs may use, depends on nothing', () => {
  it('has no dependencies and imports nothing', () => {
    const dir = fileURLToPath(new URL('../../packages/vendor-types/', import.meta.url));
    const own = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    expect(Object.keys(own.dependencies ?? {})).toEqual([]);
    const imports = sourceFiles(join(dir, 'src')).flatMap((f) => specifiers(readFileSync(f, 'utf8')));
    expect(imports).toEqual([]);
  });
});
