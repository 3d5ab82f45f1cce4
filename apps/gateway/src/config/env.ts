// The one module that knows the gateway's environment variables. main.ts hands it process.env;
// tests hand it plain objects. Errors name the variable, never its value.
import { builtDocsDir } from '../docs-site.js';

/** A configuration problem found at startup. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Where a vendor's credentials come from. */
export type CredentialMode = 'server' | 'forwarded';

export interface XtrakitConfig {
  /** null: the embedded sandbox (started in-process). */
  baseUrl: string | null;
  credentials: { mode: 'server'; apiKey: string } | { mode: 'forwarded' } | { mode: 'sandbox' };
}

export interface CapillaryConfig {
  baseUrl: string | null;
  region: string | null;
  credentials:
    | {
        mode: 'server';
        auth:
          | { type: 'basic'; username: string; password: string }
          | { type: 'oauth'; key: string; secret: string };
      }
    | { mode: 'forwarded' }
    | { mode: 'sandbox' };
}

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  /** Gateway API keys (Authorization: Bearer); empty = open (allowed only in sandbox mode). */
  apiKeys: string[];
  corsOrigins: string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  graphiql: boolean;
  introspection: boolean;
  xtrakit: XtrakitConfig;
  capillary: CapillaryConfig;
  vendorTimeoutMs: number;
  mutationDeadlineMs: number;
  circuitFailureThreshold: number;
  circuitCooldownMs: number;
  shutdownTimeoutMs: number;
  limits: GatewayLimits;
  /** Directory of the built docs site served at /docs (null: not served). */
  docsDir: string | null;
}

/** Request limits; defaults are the stricter of GraphQL Armor's and Apollo Router's. */
export interface GatewayLimits {
  bodyBytes: number;
  depth: number;
  aliases: number;
  rootFields: number;
  tokens: number;
  directives: number;
  /** GraphQL Armor's cost: a leaf costs 1, an object 2, and each level of nesting multiplies by 1.5. */
  cost: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  bodyBytes: 1024 * 1024,
  depth: 6,
  aliases: 15,
  rootFields: 5,
  tokens: 1000,
  directives: 50,
  cost: 5000,
};

const CAPILLARY_REGIONS = ['eu', 'apac', 'apac2', 'us', 'ushc', 'sea', 'cn'];
// Visible ASCII only: a key with whitespace, CR/LF or non-Latin-1 text cannot travel in a header.
const CREDENTIAL = /^[\x21-\x7e]+$/;

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

function secret(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (!CREDENTIAL.test(value)) {
    throw new ConfigError(
      `${name} is malformed: it must be visible ASCII with no spaces or line breaks (value not shown)`,
    );
  }
  return value;
}

function url(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an absolute http(s) URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new ConfigError(`${name} must be an http(s) URL`);
  if (parsed.username || parsed.password) throw new ConfigError(`${name} must not carry credentials`);
  return value.replace(/\/+$/, '');
}

function mode(env: Env, name: string): CredentialMode | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (value !== 'server' && value !== 'forwarded')
    throw new ConfigError(`${name} must be "server" or "forwarded"`);
  return value;
}

/** Reads and validates the environment. Throws ConfigError with a message safe to print. */
export function loadConfig(env: Env): GatewayConfig {
  const production = env.NODE_ENV === 'production';

  const xtrakitKey = secret(env, 'XTRAKIT_API_KEY');
  const xtrakitUrl = url(env, 'XTRAKIT_BASE_URL');
  const xtrakitMode = mode(env, 'XTRAKIT_CREDENTIALS');
  let xtrakit: XtrakitConfig;
  if (xtrakitMode === 'forwarded') {
    if (xtrakitKey)
      throw new ConfigError(
        'XTRAKIT_API_KEY must not be set with XTRAKIT_CREDENTIALS=forwarded (no fallback key)',
      );
    xtrakit = { baseUrl: xtrakitUrl ?? 'https://api.xtrakit.com', credentials: { mode: 'forwarded' } };
  } else if (xtrakitKey) {
    xtrakit = {
      baseUrl: xtrakitUrl ?? 'https://api.xtrakit.com',
      credentials: { mode: 'server', apiKey: xtrakitKey },
    };
  } else if (xtrakitUrl || xtrakitMode === 'server') {
    throw new ConfigError(
      'XTRAKIT_API_KEY is required when XTRAKIT_BASE_URL or XTRAKIT_CREDENTIALS=server is set',
    );
  } else {
    xtrakit = { baseUrl: null, credentials: { mode: 'sandbox' } };
  }

  const capUrl = url(env, 'CAPILLARY_BASE_URL');
  const region = env.CAPILLARY_REGION || undefined;
  if (region !== undefined && !CAPILLARY_REGIONS.includes(region)) {
    throw new ConfigError(`CAPILLARY_REGION must be one of ${CAPILLARY_REGIONS.join(', ')}`);
  }
  if (capUrl && region) throw new ConfigError('set CAPILLARY_BASE_URL or CAPILLARY_REGION, not both');
  const username = secret(env, 'CAPILLARY_USERNAME');
  const password = secret(env, 'CAPILLARY_PASSWORD');
  const oauthKey = secret(env, 'CAPILLARY_OAUTH_KEY');
  const oauthSecret = secret(env, 'CAPILLARY_OAUTH_SECRET');
  const capMode = mode(env, 'CAPILLARY_CREDENTIALS');
  const anyCapSecret = Boolean(username || password || oauthKey || oauthSecret);
  let capillary: CapillaryConfig;
  if (capMode === 'forwarded') {
    if (anyCapSecret)
      throw new ConfigError('CAPILLARY_* credentials must not be set with CAPILLARY_CREDENTIALS=forwarded');
    capillary = {
      baseUrl: capUrl ?? null,
      region: region ?? (capUrl ? null : 'eu'),
      credentials: { mode: 'forwarded' },
    };
  } else if (anyCapSecret) {
    if ((username || password) && (oauthKey || oauthSecret)) {
      throw new ConfigError(
        'set CAPILLARY_USERNAME + CAPILLARY_PASSWORD or CAPILLARY_OAUTH_KEY + CAPILLARY_OAUTH_SECRET, not both',
      );
    }
    const auth =
      username && password
        ? ({ type: 'basic', username, password } as const)
        : oauthKey && oauthSecret
          ? ({ type: 'oauth', key: oauthKey, secret: oauthSecret } as const)
          : null;
    if (!auth)
      throw new ConfigError(
        'CAPILLARY_USERNAME and CAPILLARY_PASSWORD (or CAPILLARY_OAUTH_KEY and CAPILLARY_OAUTH_SECRET) go together',
      );
    capillary = {
      baseUrl: capUrl ?? null,
      region: region ?? (capUrl ? null : 'eu'),
      credentials: { mode: 'server', auth },
    };
  } else if (capUrl || region || capMode === 'server') {
    throw new ConfigError(
      'Capillary credentials are required when CAPILLARY_BASE_URL, CAPILLARY_REGION or CAPILLARY_CREDENTIALS=server is set',
    );
  } else {
    capillary = { baseUrl: null, region: null, credentials: { mode: 'sandbox' } };
  }

  const apiKeys = (env.GATEWAY_API_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (apiKeys.some((k) => !CREDENTIAL.test(k) || k.length < 16)) {
    throw new ConfigError(
      'GATEWAY_API_KEYS must be comma-separated keys of at least 16 visible ASCII characters (values not shown)',
    );
  }
  const serverHeld = xtrakit.credentials.mode === 'server' || capillary.credentials.mode === 'server';
  if (serverHeld && apiKeys.length === 0) {
    throw new ConfigError(
      'GATEWAY_API_KEYS is required when real vendor credentials are held by the gateway',
    );
  }

  const host = env.HOST || '127.0.0.1';
  const sandboxed = xtrakit.credentials.mode === 'sandbox' || capillary.credentials.mode === 'sandbox';
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  if (production && sandboxed) {
    throw new ConfigError('NODE_ENV=production refuses the embedded sandboxes: configure both vendors');
  }
  if (sandboxed && !loopback && apiKeys.length === 0) {
    throw new ConfigError(
      'an open gateway on the sandboxes must listen on loopback (HOST) or set GATEWAY_API_KEYS',
    );
  }
  const introspection =
    env.GRAPHQL_INTROSPECTION === undefined ? !production : env.GRAPHQL_INTROSPECTION === 'true';
  if (production && introspection)
    throw new ConfigError('NODE_ENV=production refuses GRAPHQL_INTROSPECTION=true');
  const graphiql = env.GRAPHIQL === undefined ? !production : env.GRAPHIQL === 'true';
  if (production && graphiql) throw new ConfigError('NODE_ENV=production refuses GRAPHIQL=true');

  const logLevel = (env.LOG_LEVEL || 'info') as GatewayConfig['logLevel'];
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL must be one of fatal, error, warn, info, debug, silent');
  }
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin === '*' || !/^https?:\/\/[^/]+$/.test(origin)) {
      throw new ConfigError(
        'CORS_ORIGINS must list exact origins such as https://app.example.com (no wildcard)',
      );
    }
  }

  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    host,
    production,
    apiKeys,
    corsOrigins,
    logLevel,
    graphiql,
    introspection,
    xtrakit,
    capillary,
    vendorTimeoutMs: int(env, 'VENDOR_TIMEOUT_MS', 10_000, 50, 120_000),
    mutationDeadlineMs: int(env, 'MUTATION_DEADLINE_MS', 15_000, 50, 300_000),
    circuitFailureThreshold: int(env, 'CIRCUIT_FAILURE_THRESHOLD', 5, 1, 1000),
    circuitCooldownMs: int(env, 'CIRCUIT_COOLDOWN_MS', 5_000, 10, 600_000),
    shutdownTimeoutMs: int(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 120_000),
    limits: {
      bodyBytes: int(env, 'MAX_BODY_BYTES', DEFAULT_LIMITS.bodyBytes, 1024, 16 * 1024 * 1024),
      depth: int(env, 'MAX_DEPTH', DEFAULT_LIMITS.depth, 2, 50),
      aliases: int(env, 'MAX_ALIASES', DEFAULT_LIMITS.aliases, 0, 1000),
      rootFields: int(env, 'MAX_ROOT_FIELDS', DEFAULT_LIMITS.rootFields, 1, 100),
      tokens: int(env, 'MAX_TOKENS', DEFAULT_LIMITS.tokens, 50, 100_000),
      directives: int(env, 'MAX_DIRECTIVES', DEFAULT_LIMITS.directives, 0, 1000),
      // GraphQL Armor's default; no variable overrides it yet.
      cost: int(env, 'MAX_COST', DEFAULT_LIMITS.cost, 100, 1_000_000),
    },
    docsDir: env.DOCS_DIR === undefined ? builtDocsDir() : env.DOCS_DIR || null,
  };
}

/** Every configured secret, for scrubbing logs and errors. */
export function configuredSecrets(config: GatewayConfig): string[] {
  const out = [...config.apiKeys];
  if (config.xtrakit.credentials.mode === 'server') out.push(config.xtrakit.credentials.apiKey);
  const cap = config.capillary.credentials;
  if (cap.mode === 'server') {
    if (cap.auth.type === 'basic') out.push(cap.auth.password);
    else out.push(cap.auth.key, cap.auth.secret);
  }
  return out;
}
