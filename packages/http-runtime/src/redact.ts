import { createHash } from 'node:crypto';

/**
 * Every form in which a secret could leak: as given, base64, URL-encoded, md5 hex and the base64 of a
 * Basic pair that contains it. Used to scrub text that might echo a credential.
 */
export function secretForms(secret: string): string[] {
  if (secret.length < 4) return [];
  const md5 = createHash('md5').update(secret).digest('hex');
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    Buffer.from(secret).toString('base64'),
    Buffer.from(secret).toString('base64url'),
    md5,
    Buffer.from(md5).toString('base64'),
  ]);
  return [...forms].filter((f) => f.length >= 4);
}

/** Replaces every form of every secret in `text` with `[REDACTED]`. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  return secretScrubber(secrets)(text);
}

/**
 * `scrubSecrets` with the forms of the secrets computed once (an md5 and four encodings each), for
 * text scrubbed on every request such as log lines.
 */
export function secretScrubber(secrets: readonly string[]): (text: string) => string {
  const forms = secrets.flatMap(secretForms);
  return (text) => {
    let out = text;
    for (const form of forms) {
      if (out.includes(form)) out = out.split(form).join('[REDACTED]');
    }
    return out;
  };
}

/** The Basic credential as Capillary wants it: base64(username + ':' + md5hex(password)). */
export function capillaryBasicCredential(username: string, password: string): string {
  const digest = createHash('md5').update(password).digest('hex');
  return Buffer.from(`${username}:${digest}`).toString('base64');
}
