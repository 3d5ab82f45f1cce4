// The one module of the contract check that knows environment variables. The vendor variables have
// the gateway's names and rules (apps/gateway/src/config/env.ts), so one set of settings serves both;
// CONTRACT_* name the group to probe. cli.ts hands it process.env, tests hand it plain objects.
// Errors name the variable, never its value.
import { resolve } from 'node:path';
import { CAPILLARY_REGIONS, type CapillaryRegion } from '@loyalty-gateway/capillary-client';
import { capillaryBasicCredential } from '@loyalty-gateway/http-runtime';
import { XTRAKIT_DEFAULT_BASE_URL } from '@loyalty-gateway/xtrakit-client';

/** The vendors the check can probe. */
export type Vendor = 'xtrakit' | 'capillary';
export const VENDORS: readonly Vendor[] = ['xtrakit', 'capillary'];

/** A configuration problem found before anything is sent; `fix` says what to change. */
export class ContractConfigError extends Error {
  readonly fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.name = 'ContractConfigError';
    this.fix = fix;
  }
}

export type CapillaryAuth =
  | { type: 'basic'; username: string; password: string }
  | { type: 'oauth'; key: string; secret: string };

interface Common {
  /** Scheme + host, no trailing slash. */
  baseUrl: string;
  /** Bound on each probe, from sending to the last byte of the answer (VENDOR_TIMEOUT_MS). */
  timeoutMs: number;
}

export type ContractConfig =
  | (Common & { vendor: 'xtrakit'; apiKey: string; groupId: string })
  | (Common & {
      vendor: 'capillary';
      auth: CapillaryAuth;
      group: { id: string } | { externalId: string };
    });

type Env = Record<string, string | undefined>;

// Visible ASCII only, as in the gateway: anything else cannot travel in a header.
const CREDENTIAL = /^[\x21-\x7e]+$/;
const GROUP_ID = /^[0-9]{1,19}$/;

const rerun = (vendor: Vendor) => `then run \`pnpm contract -- --vendor ${vendor}\``;

function value(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw === '' ? undefined : raw;
}

function secret(env: Env, name: string, vendor: Vendor): string | undefined {
  const raw = value(env, name);
  if (raw !== undefined && !CREDENTIAL.test(raw)) {
    throw new ContractConfigError(
      `${name} is malformed: it must be visible ASCII with no spaces or line breaks (value not shown)`,
      `set ${name} to the credential exactly as the vendor issued it, ${rerun(vendor)}`,
    );
  }
  return raw;
}

function url(env: Env, name: string, vendor: Vendor): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  const fix = `set ${name} to the vendor's https://host (no path, no credentials), ${rerun(vendor)}`;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ContractConfigError(`${name} must be an absolute http(s) URL`, fix);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new ContractConfigError(`${name} must be an http(s) URL`, fix);
  if (parsed.username || parsed.password)
    throw new ContractConfigError(`${name} must not carry credentials`, fix);
  return raw.replace(/\/+$/, '');
}

function timeout(env: Env, vendor: Vendor): number {
  const raw = value(env, 'VENDOR_TIMEOUT_MS');
  if (raw === undefined) return 10_000;
  if (!/^\d+$/.test(raw) || Number(raw) < 50 || Number(raw) > 120_000) {
    throw new ContractConfigError(
      'VENDOR_TIMEOUT_MS must be a whole number from 50 to 120000',
      `unset VENDOR_TIMEOUT_MS or fix it, ${rerun(vendor)}`,
    );
  }
  return Number(raw);
}

function refuseForwarded(env: Env, name: string, vendor: Vendor): void {
  if (value(env, name) === 'forwarded') {
    throw new ContractConfigError(
      `${name}=forwarded holds no credentials: the contract check needs server-held ones`,
      `unset ${name} and set the vendor's credentials, ${rerun(vendor)}`,
    );
  }
}

function loadXtrakit(env: Env): ContractConfig {
  refuseForwarded(env, 'XTRAKIT_CREDENTIALS', 'xtrakit');
  const apiKey = secret(env, 'XTRAKIT_API_KEY', 'xtrakit');
  if (!apiKey) {
    throw new ContractConfigError(
      'XTRAKIT_API_KEY is required',
      `set XTRAKIT_API_KEY (and XTRAKIT_BASE_URL for a host other than ${XTRAKIT_DEFAULT_BASE_URL}), ${rerun('xtrakit')}`,
    );
  }
  const groupId = value(env, 'CONTRACT_XTRAKIT_GROUP_ID');
  if (!groupId || !GROUP_ID.test(groupId)) {
    throw new ContractConfigError(
      'CONTRACT_XTRAKIT_GROUP_ID must be the numeric id of a customer group the key can read',
      `set CONTRACT_XTRAKIT_GROUP_ID to such an id, ${rerun('xtrakit')}`,
    );
  }
  return {
    vendor: 'xtrakit',
    baseUrl: url(env, 'XTRAKIT_BASE_URL', 'xtrakit') ?? XTRAKIT_DEFAULT_BASE_URL,
    timeoutMs: timeout(env, 'xtrakit'),
    apiKey,
    groupId,
  };
}

function capillaryAuth(env: Env): CapillaryAuth {
  const username = secret(env, 'CAPILLARY_USERNAME', 'capillary');
  const password = secret(env, 'CAPILLARY_PASSWORD', 'capillary');
  const key = secret(env, 'CAPILLARY_OAUTH_KEY', 'capillary');
  const oauthSecret = secret(env, 'CAPILLARY_OAUTH_SECRET', 'capillary');
  const fix = `set CAPILLARY_USERNAME + CAPILLARY_PASSWORD or CAPILLARY_OAUTH_KEY + CAPILLARY_OAUTH_SECRET, ${rerun('capillary')}`;
  if ((username || password) && (key || oauthSecret))
    throw new ContractConfigError('set Basic or OAuth Capillary credentials, not both', fix);
  if (username && password) return { type: 'basic', username, password };
  if (key && oauthSecret) return { type: 'oauth', key, secret: oauthSecret };
  throw new ContractConfigError(
    username || password || key || oauthSecret
      ? 'CAPILLARY_USERNAME and CAPILLARY_PASSWORD (or CAPILLARY_OAUTH_KEY and CAPILLARY_OAUTH_SECRET) go together'
      : 'Capillary credentials are required',
    fix,
  );
}

function capillaryBaseUrl(env: Env): string {
  const base = url(env, 'CAPILLARY_BASE_URL', 'capillary');
  const region = value(env, 'CAPILLARY_REGION');
  const fix = `set CAPILLARY_BASE_URL or CAPILLARY_REGION (one of ${Object.keys(CAPILLARY_REGIONS).join(', ')}), ${rerun('capillary')}`;
  if (region !== undefined && !Object.hasOwn(CAPILLARY_REGIONS, region))
    throw new ContractConfigError(
      `CAPILLARY_REGION must be one of ${Object.keys(CAPILLARY_REGIONS).join(', ')}`,
      fix,
    );
  if (base && region)
    throw new ContractConfigError('set CAPILLARY_BASE_URL or CAPILLARY_REGION, not both', fix);
  return base ?? `https://${CAPILLARY_REGIONS[(region ?? 'eu') as CapillaryRegion]}`;
}

function capillaryGroup(env: Env): { id: string } | { externalId: string } {
  const id = value(env, 'CONTRACT_CAPILLARY_GROUP_ID');
  const externalId = value(env, 'CONTRACT_CAPILLARY_GROUP_EXTERNAL_ID');
  const fix = `set CONTRACT_CAPILLARY_GROUP_ID (numeric) or CONTRACT_CAPILLARY_GROUP_EXTERNAL_ID of a group the account can read, ${rerun('capillary')}`;
  if (id && externalId)
    throw new ContractConfigError(
      'set CONTRACT_CAPILLARY_GROUP_ID or CONTRACT_CAPILLARY_GROUP_EXTERNAL_ID, not both',
      fix,
    );
  if (id) {
    if (!GROUP_ID.test(id)) throw new ContractConfigError('CONTRACT_CAPILLARY_GROUP_ID must be numeric', fix);
    return { id };
  }
  if (externalId) {
    if (externalId.length > 50)
      throw new ContractConfigError(
        'CONTRACT_CAPILLARY_GROUP_EXTERNAL_ID must be at most 50 characters',
        fix,
      );
    return { externalId };
  }
  throw new ContractConfigError('a Capillary group to probe is required', fix);
}

function loadCapillary(env: Env): ContractConfig {
  refuseForwarded(env, 'CAPILLARY_CREDENTIALS', 'capillary');
  return {
    vendor: 'capillary',
    auth: capillaryAuth(env),
    baseUrl: capillaryBaseUrl(env),
    timeoutMs: timeout(env, 'capillary'),
    group: capillaryGroup(env),
  };
}

/** Reads and validates the variables of one vendor. Throws ContractConfigError, safe to print. */
export function loadContractConfig(vendor: Vendor, env: Env): ContractConfig {
  return vendor === 'xtrakit' ? loadXtrakit(env) : loadCapillary(env);
}

/**
 * Where `--json FILE` goes: relative to the directory `pnpm contract` was started in (pnpm runs
 * the package script from apps/contract and says where it started in INIT_CWD).
 */
export function outputPath(file: string, env: Env, cwd: string): string {
  return resolve(value(env, 'INIT_CWD') ?? cwd, file);
}

/** Every secret of a configuration, in each form it travels in, for scrubbing what is printed. */
export function configSecrets(config: ContractConfig): string[] {
  if (config.vendor === 'xtrakit') return [config.apiKey];
  const { auth } = config;
  return auth.type === 'basic'
    ? [auth.password, capillaryBasicCredential(auth.username, auth.password)]
    : [auth.key, auth.secret];
}
