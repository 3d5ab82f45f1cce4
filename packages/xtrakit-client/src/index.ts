export type {
  AdmissionHook,
  AttemptEnd,
  AttemptInfo,
  AttemptObserver,
  AttemptStart,
  CallOptions,
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
  CreateCustomerGroupBody,
  CustomerGroup,
  ListCustomerGroupsQuery,
  UpdateCustomerGroupBody,
  XtrakitCallOptions,
  XtrakitClient,
  XtrakitClientOptions,
} from './client.js';
export { createXtrakitClient, XTRAKIT_DEFAULT_BASE_URL, xtrakitSpecValidator } from './client.js';
export type { components, operations, paths } from './generated/xtrakit.gen.js';
export { compareCustomerGroupUpdate, settleCustomerGroupUpdate } from './settle.js';
