/** The Xtrakit sandbox's API key (36 hex characters, like the vendor's sample key). Not a secret. */
export const XTRAKIT_SANDBOX_API_KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f901234';

/** The Capillary sandbox's till login and OAuth client. Not secrets. */
export const CAPILLARY_SANDBOX_CREDENTIALS = {
  username: 'sandbox.till',
  password: 'sandbox-password',
  oauthKey: 'sandbox-oauth-key',
  oauthSecret: 'sandbox-oauth-secret',
} as const;
