// The one module that knows the gateway's environment variables. main.ts hands it process.env;
// tests hand it plain objects. Errors name the variable, never its value.
import { isSafeCredential } from '@loyalty-gateway/http-runtime';
import { builtDocsDir } from '../docs-site.js';
import { type BulkConfig, bulkConfig } from './bulk.js';
import { type RateLimitConfig, rateLimitConfig, redisSecret } from './rate-limits.js';
import { ConfigError, type Env, int, list } from './read.js';
import { type SettleConfig, settleConfig } from './settle.js';
import { type TracingConfig, tracingConfig } from './tracing.js';
import { type CapillaryConfig, capillaryConfig, type XtrakitConfig, xtrakitConfig } from './vendors.js';

export type { BulkConfig } from './bulk.js';
export { BULK_MAX_ITEMS } from './bulk.js';
export type { RateLimitConfig } from './rate-limits.js';
export type { CredentialMode } from './read.js';
export { ConfigError } from './read.js';
export type { SettleConfig } from './settle.js';
export type { SamplerConfig, TracingConfig } from './tracing.js';
export type { CapillaryConfig, XtrakitConfig } from './vendors.js';

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
  /** The Capillary org's group size cap (CONF_MAX_FLEET_GROUP_SIZE); larger maxGroupSize is refused. */
  capillaryMaxGroupSize: number;
  vendorTimeoutMs: number;
  mutationDeadlineMs: number;
  /** SETTLE_UNKNOWN, SETTLE_RETRY. */
  settle: SettleConfig;
  circuitFailureThreshold: number;
  circuitCooldownMs: number;
  /** Vendor answers believed without the spec check: only for `pnpm bench --validation-off`. */
  unsafeSkipResponseValidation: boolean;
  shutdownTimeoutMs: number;
  limits: GatewayLimits;
  /** Directory of the built docs site served at /docs (null: not served). */
  docsDir: string | null;
  /** Bulk jobs (issue 15); where they live is `rateLimits.redisUrl`. */
  bulk: BulkConfig;
  /** Vendor budgets, client rate limits and the Redis they (and durable bulk jobs) share. */
  rateLimits: RateLimitConfig;
  /** OpenTelemetry tracing (the OTEL_* variables); null: off, and the SDK is never loaded. */
  tracing: TracingConfig | null;
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

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'];

/** Reads and validates the environment. Throws ConfigError with a message safe to print. */
export function loadConfig(env: Env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const xtrakit = xtrakitConfig(env);
  const capillary = capillaryConfig(env);
  const apiKeys = gatewayApiKeys(env, xtrakit, capillary);
  const host = env.HOST || '127.0.0.1';
  checkExposure(production, host, apiKeys, xtrakit, capillary);
  const { introspection, graphiql } = developerTools(env, production);
  const logLevel = (env.LOG_LEVEL || 'info') as GatewayConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL must be one of fatal, error, warn, info, debug, silent');
  }
  const corsOrigins = list(env, 'CORS_ORIGINS');
  for (const origin of corsOrigins) {
    if (origin === '*' || !/^https?:\/\/[^/]+$/.test(origin)) {
      throw new ConfigError(
        'CORS_ORIGINS must list exact origins such as https://app.example.com (no wildcard)',
      );
    }
  }
  const mutationDeadlineMs = int(env, 'MUTATION_DEADLINE_MS', 15_000, 50, 300_000);
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
    capillaryMaxGroupSize: int(env, 'CAPILLARY_MAX_GROUP_SIZE', 30_000, 1, 2_147_483_647),
    vendorTimeoutMs: int(env, 'VENDOR_TIMEOUT_MS', 10_000, 50, 120_000),
    mutationDeadlineMs,
    settle: settleConfig(env),
    circuitFailureThreshold: int(env, 'CIRCUIT_FAILURE_THRESHOLD', 5, 1, 1000),
    circuitCooldownMs: int(env, 'CIRCUIT_COOLDOWN_MS', 5_000, 10, 600_000),
    unsafeSkipResponseValidation: unsafeSkip(env),
    shutdownTimeoutMs: int(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 120_000),
    limits: limitsFrom(env),
    docsDir: env.DOCS_DIR === undefined ? builtDocsDir() : env.DOCS_DIR || null,
    bulk: bulkConfig(env),
    rateLimits: rateLimitConfig(env, mutationDeadlineMs),
    tracing: tracingConfig(env),
  };
}

/** UNSAFE_SKIP_RESPONSE_VALIDATION: `true` only, for measuring what the response check costs. */
function unsafeSkip(env: Env): boolean {
  const value = env.UNSAFE_SKIP_RESPONSE_VALIDATION;
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ConfigError('UNSAFE_SKIP_RESPONSE_VALIDATION must be true or false');
}

/** GATEWAY_API_KEYS: required once the gateway holds real vendor credentials. */
function gatewayApiKeys(env: Env, xtrakit: XtrakitConfig, capillary: CapillaryConfig): string[] {
  const apiKeys = list(env, 'GATEWAY_API_KEYS');
  if (apiKeys.some((k) => !isSafeCredential(k) || k.length < 16)) {
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
  return apiKeys;
}

/** The embedded sandboxes are refused in production and, open, anywhere but loopback. */
function checkExposure(
  production: boolean,
  host: string,
  apiKeys: string[],
  xtrakit: XtrakitConfig,
  capillary: CapillaryConfig,
): void {
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
}

/** Introspection and GraphiQL: on by default outside production, refused in it. */
function developerTools(env: Env, production: boolean): { introspection: boolean; graphiql: boolean } {
  const introspection =
    env.GRAPHQL_INTROSPECTION === undefined ? !production : env.GRAPHQL_INTROSPECTION === 'true';
  if (production && introspection)
    throw new ConfigError('NODE_ENV=production refuses GRAPHQL_INTROSPECTION=true');
  const graphiql = env.GRAPHIQL === undefined ? !production : env.GRAPHIQL === 'true';
  if (production && graphiql) throw new ConfigError('NODE_ENV=production refuses GRAPHIQL=true');
  return { introspection, graphiql };
}

function limitsFrom(env: Env): GatewayLimits {
  return {
    bodyBytes: int(env, 'MAX_BODY_BYTES', DEFAULT_LIMITS.bodyBytes, 1024, 16 * 1024 * 1024),
    depth: int(env, 'MAX_DEPTH', DEFAULT_LIMITS.depth, 2, 50),
    aliases: int(env, 'MAX_ALIASES', DEFAULT_LIMITS.aliases, 0, 1000),
    rootFields: int(env, 'MAX_ROOT_FIELDS', DEFAULT_LIMITS.rootFields, 1, 100),
    tokens: int(env, 'MAX_TOKENS', DEFAULT_LIMITS.tokens, 50, 100_000),
    directives: int(env, 'MAX_DIRECTIVES', DEFAULT_LIMITS.directives, 0, 1000),
    // GraphQL Armor's default; no variable overrides it yet.
    cost: int(env, 'MAX_COST', DEFAULT_LIMITS.cost, 100, 1_000_000),
  };
}

/** Every configured secret, for scrubbing logs and errors. */
export function configuredSecrets(config: GatewayConfig): string[] {
  const out = [
    ...config.apiKeys,
    ...redisSecret(config.rateLimits),
    ...Object.values(config.tracing?.headers ?? {}),
  ];
  if (config.xtrakit.credentials.mode === 'server') out.push(config.xtrakit.credentials.apiKey);
  const cap = config.capillary.credentials;
  if (cap.mode === 'server') {
    if (cap.auth.type === 'basic') out.push(cap.auth.password);
    else out.push(cap.auth.key, cap.auth.secret);
  }
  return out;
}
