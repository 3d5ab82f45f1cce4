// Canary secrets: recognisable, working credentials (the sandboxes are started with them), and the
// check that none of them leaks in any encoding a gateway, a client or a vendor could produce.
import { createHash } from 'node:crypto';

/** Every canary contains this marker, so a truncated or partial leak is caught too. */
export const CANARY_MARKER = 'Cn4ry';

/** The canary credentials; `+` and `/` make the URL-encoded and base64 forms differ from the plain one. */
export const CANARIES = {
  /** Gateway API key (GATEWAY_API_KEYS). */
  gatewayKey: 'Cn4ryGW-7f3a9c1e5b2d8f40a6e1-gateway',
  /** Xtrakit API key (XTRAKIT_API_KEY). */
  xtrakitApiKey: 'Cn4ryXK+9d2e/4b7a1c6f03e8d5-xtrakit',
  /** Capillary till password (CAPILLARY_PASSWORD); travels as md5 inside Basic. */
  capillaryPassword: 'Cn4ryPW+pass/5e8c2a9f71b3-capillary',
  /** Capillary OAuth client key (CAPILLARY_OAUTH_KEY). */
  oauthKey: 'Cn4ryOK-3b9e7d1c5a2f6e04-oauthkey',
  /** Capillary OAuth client secret (CAPILLARY_OAUTH_SECRET). */
  oauthSecret: 'Cn4ryOS+8c1f/6a3e9d4b7f2-oauthsecret',
} as const;

/** The till username: not a secret, but it is part of the Basic credential. */
export const CANARY_USERNAME = 'reliability.till';

/** Access tokens the Capillary sandbox issues look like this (they are secrets too). */
const SANDBOX_TOKEN = /sbx\.[A-Za-z0-9_-]{24,}/;

const md5 = (value: string) => createHash('md5').update(value).digest('hex');
const b64 = (value: string) => Buffer.from(value).toString('base64');
const toUrlSafe = (value: string) => value.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

/**
 * The base64 text that appears whenever `value` is base64-encoded inside a longer string, at any
 * byte offset (0, 1 or 2 bytes of prefix): the groups made only of `value`'s own bytes.
 */
function embeddedBase64(value: string): string[] {
  const out: string[] = [];
  for (let prefix = 0; prefix < 3; prefix++) {
    const encoded = b64(`${'\0'.repeat(prefix)}${value}`);
    const start = prefix === 0 ? 0 : 4;
    const end = Math.floor((prefix + value.length) / 3) * 4;
    const core = encoded.slice(start, end);
    if (core.length >= 8) out.push(core, toUrlSafe(core));
  }
  return out;
}

/** Every text form of one secret that would count as a leak. */
export function leakForms(secret: string): string[] {
  const digest = md5(secret);
  const forms = new Set<string>([
    secret,
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    digest,
    digest.toUpperCase(),
    ...embeddedBase64(secret),
    ...embeddedBase64(digest),
    // The Capillary Basic credential as sent, and the forwarded X-Capillary-Basic form.
    b64(`${CANARY_USERNAME}:${digest}`),
    b64(`${CANARY_USERNAME}:${secret}`),
  ]);
  return [...forms];
}

/** Secrets that are learnt while the suite runs (forwarded tokens the sandbox issued). */
const learnt = new Set<string>();

/** Adds a secret to the set every leak check looks for. */
export function addCanary(secret: string): void {
  learnt.add(secret);
}

/** Every secret the leak checks look for. */
export function allCanaries(): string[] {
  return [...Object.values(CANARIES), ...learnt];
}

/** Where a canary was found in `text`, or null. */
export function findCanary(text: string): string | null {
  if (text.includes(CANARY_MARKER)) return `the marker ${CANARY_MARKER}`;
  const token = SANDBOX_TOKEN.exec(text);
  if (token) return 'a Capillary access token';
  for (const secret of allCanaries()) {
    for (const form of leakForms(secret)) {
      if (text.includes(form)) return `a form of ${secret.slice(0, 8)}… (${form.slice(0, 6)}…)`;
    }
  }
  return null;
}

/** Throws when `text` holds a canary in any encoding; `where` names the text in the message. */
export function assertNoCanary(text: string, where = 'text'): void {
  const found = findCanary(text);
  if (found !== null) {
    const at = text.includes(CANARY_MARKER) ? text.indexOf(CANARY_MARKER) : 0;
    const excerpt = text.slice(Math.max(0, at - 80), at + 80).replaceAll(CANARY_MARKER, '<<MARKER>>');
    throw new Error(`secret leak: ${found} in ${where}; near: ${excerpt}`);
  }
}
