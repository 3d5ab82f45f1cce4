import {
  type CallOptions,
  type ClientCore,
  capillaryBasicCredential,
  isSafeCredential,
  operationPath,
  VendorError,
  type VendorResult,
} from '@loyalty-gateway/http-runtime';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/capillary.gen.js';
import { capillaryValidators } from './generated/capillary.validators.gen.js';
import { TokenCache } from './token-cache.js';

/** Basic (till username + password, sent as md5) or OAuth client credentials. */
export type CapillaryAuth =
  | { type: 'basic'; username: string; password: string }
  | { type: 'oauth'; key: string; secret: string };

/** A per-call credential that replaces the client's (forwarded credentials). */
export type CapillaryCallAuth =
  | { type: 'basic'; username: string; password: string }
  | { type: 'token'; accessToken: string };

/** Per-call options; `auth` replaces the client's credentials for this call (forwarded credentials). */
export interface CapillaryCallOptions extends CallOptions {
  auth?: CapillaryCallAuth;
}

type Headers = Record<string, string>;

/** Runs a call with auth headers; with cached OAuth, a 401 drops the token and repeats the call once. */
export type Authorized = <T>(
  operation: string,
  call: CapillaryCallOptions | undefined,
  run: (headers: Headers) => Promise<VendorResult<T>>,
) => Promise<VendorResult<T>>;

/** Throws a TypeError for credentials that are empty or cannot travel in a header. */
export function checkAuth(auth: CapillaryAuth): void {
  const credentials = auth.type === 'basic' ? [auth.username, auth.password] : [auth.key, auth.secret];
  if (!credentials.every((c) => typeof c === 'string' && c.length > 0)) {
    throw new TypeError('Capillary credentials must be non-empty strings');
  }
  if (auth.type === 'basic' && !isSafeCredential(auth.username)) {
    throw new TypeError('the Capillary username contains characters not allowed in an HTTP header');
  }
}

/** The OAuth token cache: one token request (generateOAuthToken) shared by concurrent callers. */
function tokenCache(
  core: ClientCore,
  raw: Client<paths>,
  auth: { key: string; secret: string },
  now?: () => number,
): TokenCache {
  return new TokenCache(async () => {
    const result = await core.run({
      operation: 'generateOAuthToken',
      send: (signal, extra) =>
        raw.POST(operationPath(capillaryValidators, 'generateOAuthToken', 'post'), {
          body: { key: auth.key, secret: auth.secret },
          ...(extra ? { headers: extra } : {}),
          parseAs: 'text',
          signal,
        }),
      accept: (json) => {
        const data = (json as { data?: { accessToken?: unknown; ttlSeconds?: unknown } } | null)?.data;
        return typeof data?.accessToken === 'string' && typeof data.ttlSeconds === 'number'
          ? { value: { token: data.accessToken, ttlSeconds: data.ttlSeconds } }
          : undefined;
      },
    });
    if (!result.ok) throw result.error;
    return result.data;
  }, now);
}

/** The headers of a per-call credential, or a refusal when it could not travel safely. */
function overrideHeaders(
  core: ClientCore,
  operation: string,
  override: CapillaryCallAuth,
): Headers | VendorError {
  if (override.type === 'basic') {
    if (!isSafeCredential(override.username) || override.password.length === 0) {
      return core.refuse(operation, 'auth.username', 'contains characters not allowed in an HTTP header')
        .error;
    }
    return { authorization: `Basic ${capillaryBasicCredential(override.username, override.password)}` };
  }
  return isSafeCredential(override.accessToken)
    ? { 'x-cap-api-oauth-token': override.accessToken }
    : core.refuse(operation, 'auth.accessToken', 'contains characters not allowed in an HTTP header').error;
}

/** Builds the client's `authorized` runner over its configured credentials. */
export function createAuthorized(
  core: ClientCore,
  raw: Client<paths>,
  auth: CapillaryAuth,
  now?: () => number,
): Authorized {
  const basicHeader =
    auth.type === 'basic' ? `Basic ${capillaryBasicCredential(auth.username, auth.password)}` : null;
  const tokens = auth.type === 'oauth' ? tokenCache(core, raw, auth, now) : null;
  const headersFor = async (
    operation: string,
    call?: CapillaryCallOptions,
  ): Promise<Headers | VendorError> => {
    if (call?.auth) return overrideHeaders(core, operation, call.auth);
    if (basicHeader) return { authorization: basicHeader };
    try {
      return { 'x-cap-api-oauth-token': await (tokens as TokenCache).get() };
    } catch (error) {
      return error instanceof VendorError
        ? error
        : core.refuse(operation, 'auth', 'could not obtain a token').error;
    }
  };
  return async (operation, call, run) => {
    const headers = await headersFor(operation, call);
    if (headers instanceof VendorError) return { ok: false, error: headers };
    const first = await run(headers);
    const usedToken = headers['x-cap-api-oauth-token'];
    if (first.ok || first.error.kind !== 'unauthorized' || !tokens || call?.auth || usedToken === undefined)
      return first;
    tokens.invalidate(usedToken);
    const fresh = await headersFor(operation, call);
    return fresh instanceof VendorError ? { ok: false, error: fresh } : run(fresh);
  };
}
