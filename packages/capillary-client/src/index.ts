export type {
  AttemptInfo,
  CallOptions,
  RetryOptions,
  VendorError,
  VendorErrorKind,
  VendorOutcome,
  VendorResult,
  VendorWarning,
} from '@loyalty-gateway/http-runtime';
export type {
  CapillaryAuth,
  CapillaryCallOptions,
  CapillaryClient,
  CapillaryClientOptions,
  CapillaryRegion,
  CreateUserGroupBody,
  GetUserGroupQuery,
  GroupRef,
  UpdateUserGroupBody,
  UserGroup,
  UserGroupDetails,
} from './client.js';
export { CAPILLARY_REGIONS, createCapillaryClient } from './client.js';
export type { components, operations, paths } from './generated/capillary.gen.js';
