/**
 * Settlement: after an unclear vendor answer to a write (a timeout, a reset, a 5xx or a garbled
 * body after sending), read the group back within the mutation deadline and say what happened.
 * The update operations call `writeAndSettle` themselves; bulk jobs call `settle*Update` for an item a
 * stopped replica had in flight, with `senderGone(...)` (http-runtime) once that replica's whole
 * deadline for it has passed: nothing of it can still be in flight, so a read that differs is
 * NOT_APPLIED and the item is sent again (jobs/orphan.ts). The comparison lives in the client packages.
 */
export { settleCustomerGroupUpdate } from './customer-group.js';
export type { SettleResult, WriteFlow, WriteSend } from './flow.js';
export { writeAndSettle } from './flow.js';
export { settleUserGroupUpdate } from './user-group.js';
