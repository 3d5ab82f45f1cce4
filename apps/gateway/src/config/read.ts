// Readers of single environment variables; each error names the variable, never its value.
import { isSafeCredential } from '@loyalty-gateway/http-runtime';

/** A configuration problem found at startup. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The environment as main.ts or a test hands it over. */
export type Env = Record<string, string | undefined>;

/** Where a vendor's credentials come from. */
export type CredentialMode = 'server' | 'forwarded';

export function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

/** A secret: visible ASCII only (the clients' credential rule), so it can travel in a header. */
export function secret(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (!isSafeCredential(value)) {
    throw new ConfigError(
      `${name} is malformed: it must be visible ASCII with no spaces or line breaks (value not shown)`,
    );
  }
  return value;
}

export function url(env: Env, name: string): string | undefined {
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

export function mode(env: Env, name: string): CredentialMode | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (value !== 'server' && value !== 'forwarded')
    throw new ConfigError(`${name} must be "server" or "forwarded"`);
  return value;
}

/** A comma-separated list, trimmed, without empty entries. */
export function list(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
