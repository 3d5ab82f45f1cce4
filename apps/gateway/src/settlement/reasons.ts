import type { Settlement } from '@loyalty-gateway/http-runtime';

/** Why a read-back left the outcome UNKNOWN, in words safe to show. */
export function unknownReason(settlement: Settlement<unknown> & { verdict: 'unknown' }): string {
  if (settlement.reason === 'read_failed') return `the read-back failed too (${settlement.error.message})`;
  const fields = settlement.comparison.fields.filter((f) => f.state === 'different').map((f) => f.field);
  return `the group as read holds other values (${fields.join(', ')}), and after a timeout, reset or garbled answer the write may still be in flight at the vendor`;
}
