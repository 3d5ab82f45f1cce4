/** A documented Capillary error or warning code (`x-error-codes` of specs/capillary.yaml). */
export type {
  AdmissionHook,
  AttemptEnd,
  AttemptInfo,
  AttemptObserver,
  AttemptStart,
  CallOptions,
  DocumentedCode as CapillaryErrorCode,
  FieldCheck,
  RetryOptions,
  SchemaIssue,
  Settlement,
  SpecValidator,
  UnclearAnswer,
  UpdateComparison,
  ValidationResult,
  VendorError,
  VendorErrorKind,
  VendorOutcome,
  VendorResult,
  VendorWarning,
} from '@loyalty-gateway/http-runtime';
export { NotAdmittedError, senderGone, unclearAnswer, writeEnded } from '@loyalty-gateway/http-runtime';
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
export {
  CAPILLARY_REGIONS,
  capillarySpecValidator,
  createCapillaryClient,
  DEFAULT_MAX_GROUP_SIZE,
} from './client.js';
export type { components, operations, paths } from './generated/capillary.gen.js';
export { capillaryErrorCodes as CAPILLARY_ERROR_CODES } from './generated/capillary.validators.gen.js';
export { compareUserGroupUpdate, settleUserGroupUpdate } from './settle.js';
