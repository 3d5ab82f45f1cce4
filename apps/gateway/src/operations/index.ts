/**
 * The gateway's operations: plain typed input and an OperationContext in, plain typed results out,
 * no GraphQL. The schema's resolvers call them; so can a bulk worker, settlement or a CLI.
 */

export type { SettleResult } from '../settlement/index.js';
export { settleCustomerGroupUpdate, settleUserGroupUpdate } from '../settlement/index.js';
export type { VendorEndpoints, VendorHooks, Vendors } from '../vendors.js';
export { createVendors } from '../vendors.js';
export type { ForwardedCredentials, OperationContext, SettleOptions } from './context.js';
export { callOptions, DEFAULT_SETTLE, NO_FORWARDED } from './context.js';
export type { CustomerGroupView, UpdateCustomerGroupInput } from './customer-group.js';
export { readCustomerGroup, toCustomerGroup, updateCustomerGroup } from './customer-group.js';
export type { MutationResult, ReadError, ReadResult, SettledBy, WarningShape } from './outcomes.js';
export { CredentialsRequiredError, invalidInput, readError, readLabel, readResultOf } from './outcomes.js';
export type { UpdateUserGroupInput, UserGroupRefInput, UserGroupView } from './user-group.js';
export { buildUserGroupBody, readUserGroup, toUserGroup, updateUserGroup } from './user-group.js';
