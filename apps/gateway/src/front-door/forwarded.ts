import type { IncomingMessage } from 'node:http';
import { type ForwardedCredentials, NO_FORWARDED } from '../operations/index.js';
import type { Step } from './step.js';

/** A request carrying the credentials its caller forwarded (read by the yoga context). */
export type ForwardingRequest = IncomingMessage & { forwarded?: ForwardedCredentials };

/** Parses the documented forwarded-credential headers. */
export function forwardedFrom(headers: IncomingMessage['headers']): ForwardedCredentials {
  const xtrakit = headers['x-xtrakit-api-key'];
  const token = headers['x-capillary-token'];
  const basic = headers['x-capillary-basic'];
  // The common case, no forwarded credential: the shared empty value, no object per request.
  if (xtrakit === undefined && token === undefined && basic === undefined) return NO_FORWARDED;
  let capillary: ForwardedCredentials['capillary'] = null;
  if (typeof token === 'string' && token !== '') capillary = { type: 'token', accessToken: token };
  else if (typeof basic === 'string' && basic !== '') {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0)
      capillary = { type: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return { xtrakitApiKey: typeof xtrakit === 'string' && xtrakit !== '' ? xtrakit : null, capillary };
}

/** Attaches the caller's forwarded credentials to the request. */
export function useForwardedCredentials(): Step {
  return ({ req }, next) => {
    (req as ForwardingRequest).forwarded = forwardedFrom(req.headers);
    return next();
  };
}

/** The forwarded credentials of a request; in-process calls (yoga.fetch) carry none. */
export function forwardedOf(req: IncomingMessage | undefined): ForwardedCredentials {
  return (req as ForwardingRequest | undefined)?.forwarded ?? NO_FORWARDED;
}
