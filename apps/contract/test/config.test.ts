// The contract check's configuration: the gateway's variable names and rules, the group to probe,
// and errors that name the variable (never its value) with what to do about it.
import { capillaryBasicCredential } from '@loyalty-gateway/http-runtime';
import { describe, expect, it } from 'vitest';
import { ContractConfigError, configSecrets, loadContractConfig } from '../src/index.js';

const XTRAKIT = { XTRAKIT_API_KEY: 'k-123456', CONTRACT_XTRAKIT_GROUP_ID: '7' };
const CAPILLARY = {
  CAPILLARY_USERNAME: 'till',
  CAPILLARY_PASSWORD: 'pw-123456',
  CONTRACT_CAPILLARY_GROUP_ID: '51334',
};

describe('loadContractConfig', () => {
  it('reads Xtrakit with the gateway defaults', () => {
    expect(loadContractConfig('xtrakit', XTRAKIT)).toEqual({
      vendor: 'xtrakit',
      baseUrl: 'https://api.xtrakit.com',
      timeoutMs: 10_000,
      apiKey: 'k-123456',
      groupId: '7',
    });
  });

  it('reads Capillary by region or base URL, Basic or OAuth, by id or externalId', () => {
    expect(loadContractConfig('capillary', { ...CAPILLARY, CAPILLARY_REGION: 'apac' })).toMatchObject({
      baseUrl: 'https://apac.api.capillarytech.com',
      auth: { type: 'basic', username: 'till', password: 'pw-123456' },
      group: { id: '51334' },
    });
    expect(
      loadContractConfig('capillary', {
        CAPILLARY_BASE_URL: 'http://127.0.0.1:1234/',
        CAPILLARY_OAUTH_KEY: 'key-1234',
        CAPILLARY_OAUTH_SECRET: 'secret-1234',
        CONTRACT_CAPILLARY_GROUP_EXTERNAL_ID: 'natwest14',
        VENDOR_TIMEOUT_MS: '2500',
      }),
    ).toMatchObject({
      baseUrl: 'http://127.0.0.1:1234',
      timeoutMs: 2500,
      auth: { type: 'oauth' },
      group: { externalId: 'natwest14' },
    });
    expect(loadContractConfig('capillary', CAPILLARY)).toMatchObject({
      baseUrl: 'https://eu.api.capillarytech.com',
    });
  });

  it.each<[string, 'xtrakit' | 'capillary', Record<string, string>, RegExp]>([
    ['no key', 'xtrakit', { CONTRACT_XTRAKIT_GROUP_ID: '1' }, /XTRAKIT_API_KEY is required/],
    [
      'a key with a line break',
      'xtrakit',
      { ...XTRAKIT, XTRAKIT_API_KEY: 'secret\nvalue' },
      /XTRAKIT_API_KEY is malformed/,
    ],
    [
      'forwarded credentials',
      'xtrakit',
      { ...XTRAKIT, XTRAKIT_CREDENTIALS: 'forwarded' },
      /needs server-held/,
    ],
    [
      'no group',
      'xtrakit',
      { XTRAKIT_API_KEY: 'k-123456' },
      /CONTRACT_XTRAKIT_GROUP_ID must be the numeric id/,
    ],
    [
      'a group id that is not a number',
      'xtrakit',
      { ...XTRAKIT, CONTRACT_XTRAKIT_GROUP_ID: '1/../2' },
      /numeric/,
    ],
    [
      'a URL with credentials',
      'xtrakit',
      { ...XTRAKIT, XTRAKIT_BASE_URL: 'https://u:secretpw@x.test' },
      /must not carry credentials/,
    ],
    ['a timeout out of range', 'xtrakit', { ...XTRAKIT, VENDOR_TIMEOUT_MS: '5' }, /VENDOR_TIMEOUT_MS/],
    [
      'Basic and OAuth',
      'capillary',
      { ...CAPILLARY, CAPILLARY_OAUTH_KEY: 'k-1234', CAPILLARY_OAUTH_SECRET: 's-1234' },
      /not both/,
    ],
    [
      'half a pair',
      'capillary',
      { CAPILLARY_USERNAME: 'till', CONTRACT_CAPILLARY_GROUP_ID: '1' },
      /go together/,
    ],
    [
      'an unknown region',
      'capillary',
      { ...CAPILLARY, CAPILLARY_REGION: 'mars' },
      /CAPILLARY_REGION must be one of/,
    ],
    [
      'region and URL',
      'capillary',
      { ...CAPILLARY, CAPILLARY_REGION: 'eu', CAPILLARY_BASE_URL: 'https://x.test' },
      /not both/,
    ],
    [
      'id and externalId',
      'capillary',
      { ...CAPILLARY, CONTRACT_CAPILLARY_GROUP_EXTERNAL_ID: 'x' },
      /not both/,
    ],
    [
      'no group',
      'capillary',
      { CAPILLARY_USERNAME: 'till', CAPILLARY_PASSWORD: 'pw-123456' },
      /a Capillary group to probe/,
    ],
  ])('refuses %s (%s) with a fix and without the value', (_title, vendor, env, message) => {
    let error: unknown;
    try {
      loadContractConfig(vendor, env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContractConfigError);
    const { message: text, fix } = error as ContractConfigError;
    expect(text).toMatch(message);
    expect(fix).toContain(`then run \`pnpm contract -- --vendor ${vendor}\``);
    for (const value of Object.values(env).filter((v) => v.length > 4 && /secret|pw|key/.test(v)))
      expect(`${text} ${fix}`).not.toContain(value);
  });

  it('lists every secret in the forms it travels in', () => {
    expect(configSecrets(loadContractConfig('capillary', CAPILLARY))).toEqual([
      'pw-123456',
      capillaryBasicCredential('till', 'pw-123456'),
    ]);
    expect(configSecrets(loadContractConfig('xtrakit', XTRAKIT))).toEqual(['k-123456']);
  });
});
