import { NotAdmittedError } from '@loyalty-gateway/http-runtime';
import type { GatewayConfig } from '../config/env.js';
import type { UserErrorShape } from '../errors.js';
import {
  NO_FORWARDED,
  type OperationContext,
  type UpdateCustomerGroupInput,
  type UpdateUserGroupInput,
  updateCustomerGroup,
  updateUserGroup,
} from '../operations/index.js';
import { createVendors, type VendorEndpoints } from '../vendors.js';
import type { BulkItemInput, BulkVendor } from './types.js';

/** Checks items exactly as the single mutation does, sending nothing. */
export interface ItemValidator {
  /** The INVALID_INPUT user errors of one item (fields under `input.items.<index>`), or null when it may be sent. */
  check(vendor: BulkVendor, input: BulkItemInput, index: number): Promise<UserErrorShape[] | null>;
  close(): Promise<void>;
}

const refuseAll = {
  admit(): never {
    throw new NotAdmittedError('validation only: nothing is sent', null);
  },
};

/**
 * The same operations the single mutations run, over clients whose admission refuses every attempt:
 * the operation's own checks and the client's spec checks run as they always do, and whatever passes
 * them stops at the admission hook, before the wire. One set of checks, not a copy of them.
 */
export function createItemValidator(config: GatewayConfig, endpoints: VendorEndpoints): ItemValidator {
  const vendors = createVendors(config, endpoints, {
    admission: { xtrakit: refuseAll, capillary: refuseAll },
  });
  const ctx: OperationContext = { vendors, forwarded: NO_FORWARDED, deadlineMs: 1000 };
  return {
    async check(vendor, input, index) {
      const result =
        vendor === 'xtrakit'
          ? await updateCustomerGroup(input as UpdateCustomerGroupInput, ctx)
          : await updateUserGroup(input as UpdateUserGroupInput, ctx);
      const invalid = result.userErrors.filter((e) => e.code === 'INVALID_INPUT');
      if (invalid.length === 0) return null;
      return invalid.map((e) => ({
        ...e,
        field: e.field
          ? ['input', 'items', String(index), ...e.field.slice(1)]
          : ['input', 'items', String(index)],
      }));
    },
    close: () => vendors.close(),
  };
}
