import type { UserErrorShape } from '../errors.js';
import { type BulkItemInput, type BulkVendor, type ItemResult, itemRef } from './types.js';
import type { ItemValidator } from './validate.js';

const userError = (
  field: string[] | null,
  message: string,
  code: UserErrorShape['code'] = 'INVALID_INPUT',
): UserErrorShape => ({
  code,
  field,
  message,
  vendorCode: null,
  retryAfterSeconds: null,
});

/**
 * Whether a job can be accepted, and the results of its invalid items (never sent). A job is refused
 * whole when it is empty, too big, names one group in two items, or needs forwarded credentials.
 */
export async function acceptItems(args: {
  vendor: BulkVendor;
  items: BulkItemInput[];
  maxItems: number;
  forwarded: boolean;
  validator: ItemValidator;
}): Promise<{ known: ItemResult[] } | { userErrors: UserErrorShape[] }> {
  const { vendor, items, maxItems } = args;
  if (args.forwarded) {
    const message = `bulk jobs run after the request has ended, so they need the ${vendor} credentials held by the gateway; this gateway forwards caller credentials and does not store them`;
    return { userErrors: [userError(null, message, 'UNSUPPORTED')] };
  }
  if (items.length === 0) return { userErrors: [userError(['input', 'items'], 'give at least one item')] };
  if (items.length > maxItems) {
    const message = `at most ${maxItems} items per job (BULK_MAX_ITEMS); send more as several jobs`;
    return { userErrors: [userError(['input', 'items'], message)] };
  }
  const duplicates = sameGroupTwice(vendor, items);
  if (duplicates.length > 0) return { userErrors: duplicates };
  const known: ItemResult[] = [];
  for (const [index, input] of items.entries()) {
    const invalid = await args.validator.check(vendor, input, index);
    if (invalid) {
      known.push({
        index,
        ref: itemRef(vendor, input),
        outcome: 'NOT_APPLIED',
        userErrors: invalid,
        warnings: [],
        settledBy: null,
      });
    }
  }
  return { known };
}

/** Two items for one group (as given: Xtrakit id; Capillary id or externalId) refuse the job. */
function sameGroupTwice(vendor: BulkVendor, items: BulkItemInput[]): UserErrorShape[] {
  const seen = new Map<string, number>();
  const errors: UserErrorShape[] = [];
  for (const [index, input] of items.entries()) {
    const ref = itemRef(vendor, input);
    const key = ref.id !== null ? `id:${ref.id}` : `externalId:${ref.externalId}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      continue;
    }
    const field =
      vendor === 'xtrakit'
        ? ['input', 'items', String(index), 'id']
        : ['input', 'items', String(index), 'group'];
    const message = `item ${index} names the same group as item ${first}: one job changes a group once; merge the two changes into one item or send them in two jobs`;
    if (errors.length < 100) errors.push(userError(field, message));
  }
  return errors;
}
