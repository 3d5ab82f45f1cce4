// The vendor sections of the config: where each vendor lives and whose credentials are sent.
import {
  CAPILLARY_REGIONS,
  type CapillaryAuth,
  type CapillaryRegion,
} from '@loyalty-gateway/capillary-client';
import { XTRAKIT_DEFAULT_BASE_URL } from '@loyalty-gateway/xtrakit-client';
import { ConfigError, type Env, mode, secret, url } from './read.js';

export interface XtrakitConfig {
  /** null: the embedded sandbox (started in-process). */
  baseUrl: string | null;
  credentials: { mode: 'server'; apiKey: string } | { mode: 'forwarded' } | { mode: 'sandbox' };
}

export interface CapillaryConfig {
  baseUrl: string | null;
  region: CapillaryRegion | null;
  credentials: { mode: 'server'; auth: CapillaryAuth } | { mode: 'forwarded' } | { mode: 'sandbox' };
}

const REGIONS = Object.keys(CAPILLARY_REGIONS) as CapillaryRegion[];

export function xtrakitConfig(env: Env): XtrakitConfig {
  const key = secret(env, 'XTRAKIT_API_KEY');
  const baseUrl = url(env, 'XTRAKIT_BASE_URL');
  const credentialMode = mode(env, 'XTRAKIT_CREDENTIALS');
  if (credentialMode === 'forwarded') {
    if (key)
      throw new ConfigError(
        'XTRAKIT_API_KEY must not be set with XTRAKIT_CREDENTIALS=forwarded (no fallback key)',
      );
    return { baseUrl: baseUrl ?? XTRAKIT_DEFAULT_BASE_URL, credentials: { mode: 'forwarded' } };
  }
  if (key)
    return { baseUrl: baseUrl ?? XTRAKIT_DEFAULT_BASE_URL, credentials: { mode: 'server', apiKey: key } };
  if (baseUrl || credentialMode === 'server') {
    throw new ConfigError(
      'XTRAKIT_API_KEY is required when XTRAKIT_BASE_URL or XTRAKIT_CREDENTIALS=server is set',
    );
  }
  return { baseUrl: null, credentials: { mode: 'sandbox' } };
}

function capillaryRegion(env: Env): CapillaryRegion | undefined {
  const region = env.CAPILLARY_REGION || undefined;
  if (region !== undefined && !(REGIONS as string[]).includes(region)) {
    throw new ConfigError(`CAPILLARY_REGION must be one of ${REGIONS.join(', ')}`);
  }
  return region as CapillaryRegion | undefined;
}

interface CapillarySecrets {
  username: string | undefined;
  password: string | undefined;
  key: string | undefined;
  oauthSecret: string | undefined;
}

function capillarySecrets(env: Env): CapillarySecrets {
  return {
    username: secret(env, 'CAPILLARY_USERNAME'),
    password: secret(env, 'CAPILLARY_PASSWORD'),
    key: secret(env, 'CAPILLARY_OAUTH_KEY'),
    oauthSecret: secret(env, 'CAPILLARY_OAUTH_SECRET'),
  };
}

/** The server-held Capillary credentials, null when none are set. */
function capillaryAuth({ username, password, key, oauthSecret }: CapillarySecrets): CapillaryAuth | null {
  if (!(username || password || key || oauthSecret)) return null;
  if ((username || password) && (key || oauthSecret)) {
    throw new ConfigError(
      'set CAPILLARY_USERNAME + CAPILLARY_PASSWORD or CAPILLARY_OAUTH_KEY + CAPILLARY_OAUTH_SECRET, not both',
    );
  }
  if (username && password) return { type: 'basic', username, password };
  if (key && oauthSecret) return { type: 'oauth', key, secret: oauthSecret };
  throw new ConfigError(
    'CAPILLARY_USERNAME and CAPILLARY_PASSWORD (or CAPILLARY_OAUTH_KEY and CAPILLARY_OAUTH_SECRET) go together',
  );
}

export function capillaryConfig(env: Env): CapillaryConfig {
  const baseUrl = url(env, 'CAPILLARY_BASE_URL');
  const region = capillaryRegion(env);
  if (baseUrl && region) throw new ConfigError('set CAPILLARY_BASE_URL or CAPILLARY_REGION, not both');
  const secrets = capillarySecrets(env);
  const credentialMode = mode(env, 'CAPILLARY_CREDENTIALS');
  const where = { baseUrl: baseUrl ?? null, region: region ?? (baseUrl ? null : 'eu') } as const;
  if (credentialMode === 'forwarded') {
    if (Object.values(secrets).some(Boolean))
      throw new ConfigError('CAPILLARY_* credentials must not be set with CAPILLARY_CREDENTIALS=forwarded');
    return { ...where, credentials: { mode: 'forwarded' } };
  }
  const auth = capillaryAuth(secrets);
  if (auth) return { ...where, credentials: { mode: 'server', auth } };
  if (baseUrl || region || credentialMode === 'server') {
    throw new ConfigError(
      'Capillary credentials are required when CAPILLARY_BASE_URL, CAPILLARY_REGION or CAPILLARY_CREDENTIALS=server is set',
    );
  }
  return { baseUrl: null, region: null, credentials: { mode: 'sandbox' } };
}
