// What the recordings show instead of values that are secret or that change from run to run. The
// landing page lists these, so a reader knows what each ‹…› stands for.
import { createHash } from 'node:crypto';
import { CAPILLARY_SANDBOX_CREDENTIALS, XTRAKIT_SANDBOX_API_KEY } from '@loyalty-gateway/sandboxes';

/** The address the recordings show for the gateway: where `pnpm start` listens by default. */
export const SHOWN_GATEWAY_URL = 'http://127.0.0.1:4000';

/** The sandboxes' clock while examples run, so timestamps in the recordings are stable. */
export const EXAMPLE_CLOCK = new Date('2025-01-15T09:30:00Z');

const md5 = (value: string) => createHash('md5').update(value).digest('hex');
const { username, password, oauthKey, oauthSecret } = CAPILLARY_SANDBOX_CREDENTIALS;

/** Each secret (in every form it travels in) and the placeholder shown instead. Longest first. */
export const SECRET_PLACEHOLDERS: ReadonlyArray<{ value: string; placeholder: string; meaning: string }> = [
  {
    value: Buffer.from(`${username}:${password}`).toString('base64'),
    placeholder: '‹base64 till:password›',
    meaning: 'a Capillary till login, base64-encoded, as the caller forwards it',
  },
  {
    value: Buffer.from(`${username}:${md5(password)}`).toString('base64'),
    placeholder: '‹base64 till:md5(password)›',
    meaning: 'the Basic credential Capillary expects',
  },
  {
    value: XTRAKIT_SANDBOX_API_KEY,
    placeholder: '‹Xtrakit API key›',
    meaning: 'an Xtrakit API key (`XTRAKIT_API_KEY`, or the caller’s when forwarded)',
  },
  {
    value: oauthSecret,
    placeholder: '‹CAPILLARY_OAUTH_SECRET›',
    meaning: 'the secret of a Capillary OAuth client',
  },
  { value: oauthKey, placeholder: '‹CAPILLARY_OAUTH_KEY›', meaning: 'the key of a Capillary OAuth client' },
  { value: password, placeholder: '‹CAPILLARY_PASSWORD›', meaning: 'a Capillary till password' },
].sort((a, b) => b.value.length - a.value.length);

/** Ports are random (port 0); the recordings show where a default install listens instead. */
const LOOPBACK = /http:\/\/127\.0\.0\.1:\d+/g;
const HOST_PORT = /127\.0\.0\.1:\d+/g;

/** Replaces secrets and volatile values in any JSON-able value. */
export function normalise<T>(value: T): T {
  let text = JSON.stringify(value);
  if (text === undefined) return value;
  for (const { value: secret, placeholder } of SECRET_PLACEHOLDERS)
    text = text.split(secret).join(placeholder);
  text = text.replace(LOOPBACK, '‹vendor base URL›').replace(HOST_PORT, '‹vendor host›');
  return JSON.parse(text) as T;
}
