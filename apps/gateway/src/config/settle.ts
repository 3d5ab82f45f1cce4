// SETTLE_UNKNOWN and SETTLE_RETRY: what the gateway does after an unclear answer to a write.
import { ConfigError, type Env } from './read.js';

/** How unclear write answers are settled (see src/settlement/). */
export interface SettleConfig {
  /** SETTLE_UNKNOWN=read-back (default): read the group back; off: report UNKNOWN as the vendor left it. */
  readBack: boolean;
  /** SETTLE_RETRY=true (default): send once more when a read-back proved the change was not applied. */
  retry: boolean;
}

export function settleConfig(env: Env): SettleConfig {
  const mode = env.SETTLE_UNKNOWN || 'read-back';
  if (mode !== 'read-back' && mode !== 'off')
    throw new ConfigError('SETTLE_UNKNOWN must be "read-back" or "off"');
  const retry = env.SETTLE_RETRY || 'true';
  if (retry !== 'true' && retry !== 'false') throw new ConfigError('SETTLE_RETRY must be "true" or "false"');
  return { readBack: mode === 'read-back', retry: retry === 'true' };
}
