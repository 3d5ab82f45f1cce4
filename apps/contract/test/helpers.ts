// Sandboxes started with canary credentials, and the environments that point the check at them.
import { CANARIES, CANARY_USERNAME } from '@loyalty-gateway/reliability';
import { type DriftRule, startCapillarySandbox, startXtrakitSandbox } from '@loyalty-gateway/sandboxes';

export type XtrakitSandbox = Awaited<ReturnType<typeof startXtrakitSandbox>>;
export type CapillarySandbox = Awaited<ReturnType<typeof startCapillarySandbox>>;

/** The Xtrakit sandbox, accepting the canary key. */
export const xtrakitSandbox = (drift?: DriftRule[]) =>
  startXtrakitSandbox({ apiKey: CANARIES.xtrakitApiKey, checkContract: true, ...(drift ? { drift } : {}) });

/** The Capillary sandbox, accepting the canary till password and OAuth client. */
export const capillarySandbox = (drift?: DriftRule[]) =>
  startCapillarySandbox({
    username: CANARY_USERNAME,
    password: CANARIES.capillaryPassword,
    oauthKey: CANARIES.oauthKey,
    oauthSecret: CANARIES.oauthSecret,
    checkContract: true,
    ...(drift ? { drift } : {}),
  });

/** The variables that point the check at an Xtrakit sandbox's group 1. */
export const xtrakitEnv = (url: string): Record<string, string> => ({
  XTRAKIT_BASE_URL: url,
  XTRAKIT_API_KEY: CANARIES.xtrakitApiKey,
  CONTRACT_XTRAKIT_GROUP_ID: '1',
});

/** The variables that point the check at a Capillary sandbox's group 51334, with Basic or OAuth credentials. */
export const capillaryEnv = (url: string, auth: 'basic' | 'oauth' = 'basic'): Record<string, string> => ({
  CAPILLARY_BASE_URL: url,
  CONTRACT_CAPILLARY_GROUP_ID: '51334',
  ...(auth === 'basic'
    ? { CAPILLARY_USERNAME: CANARY_USERNAME, CAPILLARY_PASSWORD: CANARIES.capillaryPassword }
    : { CAPILLARY_OAUTH_KEY: CANARIES.oauthKey, CAPILLARY_OAUTH_SECRET: CANARIES.oauthSecret }),
});
