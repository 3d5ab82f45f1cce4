// Writes each vendor client's precompiled validators, `packages/<vendor>-client/src/generated/
// <vendor>.validators.gen.ts`, from specs/<vendor>.yaml with Ajv's standalone code generation, so the
// clients validate without parsing YAML or compiling schemas at start-up. The output directory is
// the one redocly.yaml gives the vendor's types (`x-openapi-ts.output`). Run by `pnpm generate`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { parse } from 'yaml';
import { loadSpec, specPath, type VendorName } from '../src/load-spec.js';
import { createSpecAjv, rebase, walkOperations } from '../src/spec-walk.js';

// ajv's standalone module is CommonJS with a default export; under NodeNext it is either one.
const standaloneCode = ((standaloneModule as unknown as { default?: typeof standaloneModule }).default ??
  standaloneModule) as unknown as typeof standaloneModule.default;

const root = fileURLToPath(new URL('../../', import.meta.url));
const VENDORS: readonly VendorName[] = ['xtrakit', 'capillary'];

interface RedoclyConfig {
  apis: Record<string, { root: string; 'x-openapi-ts'?: { output?: string } }>;
}

/** The module text of one vendor's validators. */
function generateValidators(vendor: VendorName): string {
  const doc = loadSpec(vendor);
  const { ajv, docId } = createSpecAjv(doc, vendor, { source: true, esm: true, lines: true });
  const names = new Set<string>();
  // Registers a schema under an identifier-safe name that becomes a const of the module.
  const add = (name: string, schema: unknown): string => {
    const id = name.replace(/[^A-Za-z0-9_$]/g, '_');
    if (names.has(id)) throw new Error(`two validators of the ${vendor} spec would be named ${id}`);
    names.add(id);
    ajv.addSchema(rebase(schema, docId) as object, id);
    return id;
  };

  const table: string[] = [];
  const routes: string[] = [];
  for (const [operationId, op] of walkOperations(doc)) {
    routes.push(
      `  readonly ${JSON.stringify(operationId)}: CompiledOperation & { readonly method: ${JSON.stringify(op.method)}; readonly path: ${JSON.stringify(op.path)} };`,
    );
    const parameters: string[] = [];
    for (const p of op.parameters) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      const validate = add(`${operationId}__${p.in}_${p.name}`, p.schema ?? {});
      const type = typeof p.schema?.type === 'string' ? `, type: ${JSON.stringify(p.schema.type)}` : '';
      parameters.push(
        `      { in: '${p.in}', name: ${JSON.stringify(p.name)}, required: ${Boolean(p.required)}${type}, validate: ${validate} },`,
      );
    }
    const body =
      op.requestBodySchema === undefined ? 'null' : add(`${operationId}__body`, op.requestBodySchema);
    const responses = [...op.responses].map(
      ([key, schema]) =>
        `      ${JSON.stringify(key)}: ${schema === undefined ? 'null' : add(`${operationId}__response_${key}`, schema)},`,
    );
    table.push(
      `  ${JSON.stringify(operationId)}: {`,
      `    method: ${JSON.stringify(op.method)},`,
      `    path: ${JSON.stringify(op.path)},`,
      `    parameters: [${parameters.length ? `\n${parameters.join('\n')}\n    ` : ''}],`,
      `    requestBody: ${body},`,
      `    responses: {${responses.length ? `\n${responses.join('\n')}\n    ` : ''}},`,
      '  },',
    );
  }

  const refs = Object.fromEntries([...names].map((n) => [n, n]));
  // An ES module is strict already; Ajv's leading "use strict" would only sit below the imports.
  const code = standaloneCode(ajv, refs).replace(/^"use strict";\n/, '');
  // Exported only to the table below: the module's public face is the typed table.
  let unexported = 0;
  // Ajv's ESM output still `require()`s its runtime helpers (ajv/dist/runtime/*, ajv-formats/dist/formats);
  // static imports instead, so Node, vitest and bundlers resolve them from this package like any import.
  const helpers = new Map<string, string>();
  const functions = code
    .replace(/^export const /gm, () => {
      unexported++;
      return 'const ';
    })
    .replace(/require\("([^"]+)"\)\.([A-Za-z_$][\w$]*)/g, (_match, specifier: string, key: string) => {
      let local = helpers.get(specifier);
      if (!local) {
        local = `ajvRuntime${helpers.size}`;
        helpers.set(specifier, local);
      }
      return `cjsExport(${local}, ${JSON.stringify(key)})`;
    });
  if (unexported !== names.size)
    throw new Error(`expected ${names.size} validators, Ajv emitted ${unexported}`);
  if (/\brequire\(/.test(functions))
    throw new Error('Ajv emitted a require() this generator does not rewrite');
  const imports = [...helpers].map(
    ([specifier, local]) =>
      `import * as ${local} from '${specifier.endsWith('.js') ? specifier : `${specifier}.js`}';`,
  );

  const errorCodes = doc['x-error-codes'];
  const source = relative(root, specPath(vendor));
  return [
    `// Generated from ${source} by \`pnpm generate\` (specs/scripts/generate-validators.ts, Ajv standalone code).`,
    '// Do not edit: change the spec or the generator and run `pnpm generate`.',
    "// @ts-nocheck -- Ajv's standalone output is untyped JavaScript; the exported table below is typed.",
    "import type { CompiledOperation, DocumentedCode } from '@loyalty-gateway/http-runtime';",
    '// Only the small runtime helpers of Ajv and ajv-formats, never the Ajv compiler.',
    ...imports,
    '',
    '// One export of a CommonJS module, however the importer (Node, vitest, esbuild) maps module.exports',
    "// onto the namespace: Node and esbuild's node mode put it in `default`, vitest unwraps `__esModule`.",
    'function cjsExport(namespace, key) {',
    "  const exports = namespace['module.exports'] ?? namespace.default;",
    "  if (key === 'default') return typeof exports === 'function' ? exports : exports.default;",
    '  return namespace[key] ?? exports[key];',
    '}',
    '',
    functions,
    '',
    `/**`,
    ` * Every operation of ${source} with its precompiled request, parameter and response validators.`,
    ' * Its type (a CompiledSpec) names each operationId and carries its method and path as literal types,',
    " * so a client's typed openapi-fetch call can take the path from here (http-runtime's operationPath).",
    ' */',
    `export const ${vendor}Validators: {`,
    ...routes,
    '} = {',
    ...table,
    '};',
    ...(Array.isArray(errorCodes)
      ? [
          '',
          `/** The documented error and warning codes of ${source} (\`x-error-codes\`). */`,
          `export const ${vendor}ErrorCodes: readonly DocumentedCode[] = ${JSON.stringify(
            errorCodes.map((c: Record<string, unknown>) => ({
              code: c.code,
              kind: c.kind,
              message: c.message,
              meaning: c.meaning,
            })),
            null,
            2,
          )};`,
        ]
      : []),
    '',
  ].join('\n');
}

const redocly = parse(readFileSync(resolve(root, 'redocly.yaml'), 'utf8')) as RedoclyConfig;
for (const vendor of VENDORS) {
  const output = redocly.apis[vendor]?.['x-openapi-ts']?.output;
  if (!output) throw new Error(`redocly.yaml names no x-openapi-ts.output for ${vendor}`);
  const file = resolve(root, dirname(output), `${vendor}.validators.gen.ts`);
  writeFileSync(file, generateValidators(vendor));
  console.log(`✨ ${relative(root, file)}`);
}
