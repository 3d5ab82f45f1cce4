#!/usr/bin/env node
// `pnpm contract -- --vendor xtrakit|capillary [--strict] [--json FILE]`: probes a live vendor (or a
// sandbox) and checks every answer against specs/. Exit 0 no drift, 1 drift, 2 could not run.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { secretScrubber } from '@loyalty-gateway/http-runtime';
import {
  ContractConfigError,
  configSecrets,
  loadContractConfig,
  outputPath,
  VENDORS,
  type Vendor,
} from './config.js';
import { announcement, renderReport } from './report.js';
import { runContract } from './run.js';

const USAGE = `usage: pnpm contract -- --vendor xtrakit|capillary [--strict] [--json FILE]
  --vendor   the vendor to probe (configured as for the gateway: XTRAKIT_* or CAPILLARY_*)
  --strict   fields the spec does not know count as drift, not as notices
  --json     also write the report as JSON to FILE
exit codes: 0 no drift, 1 drift found, 2 could not run`;

function fail(message: string, fix: string): never {
  console.error(`pnpm contract: ${message}\nto fix this, ${fix}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: { vendor?: string; strict?: boolean; json?: string; help?: boolean };
  try {
    // pnpm may pass the `--` through; it separates nothing here.
    const args = process.argv.slice(2).filter((a) => a !== '--');
    values = parseArgs({
      args,
      options: {
        vendor: { type: 'string' },
        strict: { type: 'boolean' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    fail(
      error instanceof Error ? error.message : 'bad arguments',
      `run \`pnpm contract -- --help\`\n${USAGE}`,
    );
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!VENDORS.includes(values.vendor as Vendor))
    fail('--vendor must be xtrakit or capillary', 'run `pnpm contract -- --vendor xtrakit` (or capillary)');
  const vendor = values.vendor as Vendor;
  let config: ReturnType<typeof loadContractConfig>;
  try {
    config = loadContractConfig(vendor, process.env);
  } catch (error) {
    if (!(error instanceof ContractConfigError)) throw error;
    // CI still gets its report: nothing was sent, and why.
    if (values.json) {
      const report = {
        vendor,
        outcome: 'could-not-run',
        exitCode: 2,
        sent: 0,
        error: error.message,
        fix: `to fix this, ${error.fix}`,
      };
      writeFileSync(
        outputPath(values.json, process.env, process.cwd()),
        `${JSON.stringify(report, null, 2)}\n`,
      );
    }
    fail(error.message, error.fix);
  }
  const scrub = secretScrubber(configSecrets(config));
  const report = await runContract(config, {
    strict: values.strict ?? false,
    onAnnounce: (announced) => console.log(`${scrub(announcement({ ...config, announced }))}\n`),
  });
  console.log(renderReport(report));
  if (values.json)
    writeFileSync(
      outputPath(values.json, process.env, process.cwd()),
      `${JSON.stringify(report, null, 2)}\n`,
    );
  process.exitCode = report.exitCode;
}

main().catch(() => {
  // An unexpected error's message could quote a request; say only that it happened.
  console.error('pnpm contract: internal error (no details printed, they could hold a credential)');
  process.exitCode = 2;
});
