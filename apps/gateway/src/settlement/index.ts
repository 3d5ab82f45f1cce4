/**
 * Settlement: after an unclear vendor answer to a write (a timeout, a reset, a 5xx or a garbled
 * body after sending), read the group back within the mutation deadline and say what happened.
 * The update operations call `writeAndSettle` themselves; bulk jobs call `settle*Update` for an item
 * found in flight (`{ complete: false }`). The comparison itself lives in the client packages.
 */
export { settleCustomerGroupUpdate } from './customer-group.js';
export type { SettleResult, WriteFlow, WriteSend } from './flow.js';
export { writeAndSettle } from './flow.js';
export { settleUserGroupUpdate } from './user-group.js';
