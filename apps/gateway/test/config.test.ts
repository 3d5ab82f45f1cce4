// Configuration: the embedded default needs nothing; real vendors need their credentials; unsafe
// combinations are refused at startup with a message that names the variable, never its value.
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LIMITS, loadConfig } from '../src/index.js';

const SECRET = 'S3cr3t-value-never-printed';
const REAL = {
  XTRAKIT_BASE_URL: 'https://api.xtrakit.com',
  XTRAKIT_API_KEY: 'a'.repeat(36),
  CAPILLARY_REGION: 'eu',
  CAPILLARY_USERNAME: 'till',
  CAPILLARY_PASSWORD: 'pw-0123456789',
  GATEWAY_API_KEYS: 'gateway-key-0123456789',
};

describe('loadConfig', () => {
  it('with no configuration: both embedded sandboxes, loopback, GraphiQL and introspection on, default limits', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      production: false,
      apiKeys: [],
      graphiql: true,
      introspection: true,
      xtrakit: { baseUrl: null, credentials: { mode: 'sandbox' } },
      capillary: { baseUrl: null, credentials: { mode: 'sandbox' } },
      limits: DEFAULT_LIMITS,
      settle: { readBack: true, retry: true },
    });
  });

  it('reads SETTLE_UNKNOWN and SETTLE_RETRY, and refuses other values by name', () => {
    expect(loadConfig({ SETTLE_UNKNOWN: 'off', SETTLE_RETRY: 'false' }).settle).toEqual({
      readBack: false,
      retry: false,
    });
    expect(() => loadConfig({ SETTLE_UNKNOWN: 'guess' })).toThrow(/SETTLE_UNKNOWN must be/);
    expect(() => loadConfig({ SETTLE_RETRY: 'yes' })).toThrow(/SETTLE_RETRY must be/);
  });

  it('reads real vendors with server-held credentials', () => {
    const config = loadConfig({ ...REAL, NODE_ENV: 'production' });
    expect(config.xtrakit).toEqual({
      baseUrl: 'https://api.xtrakit.com',
      credentials: { mode: 'server', apiKey: REAL.XTRAKIT_API_KEY },
    });
    expect(config.capillary).toMatchObject({
      region: 'eu',
      credentials: { mode: 'server', auth: { type: 'basic' } },
    });
    expect(config).toMatchObject({ production: true, graphiql: false, introspection: false });
  });

  it('reads forwarded mode and OAuth credentials', () => {
    const config = loadConfig({
      XTRAKIT_CREDENTIALS: 'forwarded',
      CAPILLARY_BASE_URL: 'https://apac2.api.capillarytech.com/',
      CAPILLARY_OAUTH_KEY: 'key-1',
      CAPILLARY_OAUTH_SECRET: 'secret-1',
      GATEWAY_API_KEYS: 'gateway-key-0123456789',
    });
    expect(config.xtrakit.credentials).toEqual({ mode: 'forwarded' });
    expect(config.capillary).toMatchObject({
      baseUrl: 'https://apac2.api.capillarytech.com',
      credentials: { mode: 'server', auth: { type: 'oauth' } },
    });
  });

  it.each([
    [
      'a key without its host set is fine, a host without its key is not',
      { XTRAKIT_BASE_URL: 'https://x.example' },
      'XTRAKIT_API_KEY',
    ],
    ['server credentials need gateway keys', { XTRAKIT_API_KEY: 'a'.repeat(36) }, 'GATEWAY_API_KEYS'],
    ['short gateway keys', { GATEWAY_API_KEYS: 'short' }, 'GATEWAY_API_KEYS'],
    ['a key with a line break', { ...REAL, XTRAKIT_API_KEY: `${SECRET}\r\nX-Evil: 1` }, 'XTRAKIT_API_KEY'],
    ['a non-ASCII password', { ...REAL, CAPILLARY_PASSWORD: `${SECRET}é` }, 'CAPILLARY_PASSWORD'],
    [
      'credentials in a URL',
      { ...REAL, XTRAKIT_BASE_URL: `https://user:${SECRET}@api.xtrakit.com` },
      'XTRAKIT_BASE_URL',
    ],
    ['a non-http URL', { ...REAL, XTRAKIT_BASE_URL: 'file:///etc/passwd' }, 'XTRAKIT_BASE_URL'],
    ['an unknown region', { ...REAL, CAPILLARY_REGION: 'mars' }, 'CAPILLARY_REGION'],
    [
      'both a region and a URL',
      { ...REAL, CAPILLARY_BASE_URL: 'https://eu.api.capillarytech.com' },
      'CAPILLARY_BASE_URL',
    ],
    [
      'Basic and OAuth together',
      { ...REAL, CAPILLARY_OAUTH_KEY: 'k', CAPILLARY_OAUTH_SECRET: SECRET },
      'not both',
    ],
    [
      'half a Basic pair',
      { CAPILLARY_USERNAME: 'till', GATEWAY_API_KEYS: 'gateway-key-0123456789' },
      'go together',
    ],
    [
      'a fallback key in forwarded mode',
      { XTRAKIT_CREDENTIALS: 'forwarded', XTRAKIT_API_KEY: SECRET },
      'forwarded',
    ],
    ['production on the sandboxes', { NODE_ENV: 'production' }, 'sandboxes'],
    [
      'production with introspection',
      { ...REAL, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' },
      'GRAPHQL_INTROSPECTION',
    ],
    ['production with GraphiQL', { ...REAL, NODE_ENV: 'production', GRAPHIQL: 'true' }, 'GRAPHIQL'],
    ['an open sandbox gateway on a public interface', { HOST: '0.0.0.0' }, 'loopback'],
    ['a wildcard CORS origin', { CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    ['a port out of range', { PORT: '70000' }, 'PORT'],
    ['a Capillary group size cap of 0', { CAPILLARY_MAX_GROUP_SIZE: '0' }, 'CAPILLARY_MAX_GROUP_SIZE'],
    ['a non-numeric limit', { MAX_DEPTH: 'deep' }, 'MAX_DEPTH'],
    ['an unknown log level', { LOG_LEVEL: 'chatty' }, 'LOG_LEVEL'],
  ])('refuses %s', (_case, env, mentions) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(mentions);
    expect((error as Error).message).not.toContain(SECRET);
  });
});
