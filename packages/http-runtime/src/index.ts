export type { ClientCore, ClientOptionsBase, OperationCall } from './client-core.js';
export { createClientCore } from './client-core.js';
export type {
  InputIssue,
  VendorErrorInit,
  VendorErrorKind,
  VendorName,
  VendorOutcome,
  VendorResult,
  VendorWarning,
} from './errors.js';
export { NotSentError, refusedInput, VendorError } from './errors.js';
export { isSafeCredential, isSafeHeaderValue } from './header-values.js';
export type {
  AdmissionHook,
  AttemptEnd,
  AttemptObserver,
  AttemptStart,
  RetryReason,
  VendorRateLimit,
} from './hooks.js';
export { NotAdmittedError } from './hooks.js';
export type { LosslessIds } from './json.js';
export { parseJsonForCheck, parseJsonKeepingIds } from './json.js';
export type {
  AttemptAnswer,
  AttemptHeaders,
  AttemptInfo,
  CallOptions,
  ExecuteContext,
  RetryOptions,
} from './policy.js';
export { DEFAULT_RETRY, execute, isNotAdmitted, parseRetryAfter } from './policy.js';
export { capillaryBasicCredential, scrubSecrets, secretForms, secretScrubber } from './redact.js';
export type { FieldCheck, Settlement, UnclearAnswer, UpdateComparison } from './settlement.js';
export { comparisonOf, senderGone, settleByReadBack, unclearAnswer, writeEnded } from './settlement.js';
export type {
  CompiledOperation,
  CompiledParameter,
  CompiledSchema,
  CompiledSpec,
  DocumentedCode,
  SchemaIssue,
  SpecValidator,
  ValidationResult,
} from './spec-validator.js';
export { createCompiledValidator, operationPath } from './spec-validator.js';
export { findIllFormedText, isWellFormedText } from './text-checks.js';
export type { FetchLike, PooledFetch, PooledFetchOptions } from './transport.js';
export {
  BoundedResponse,
  boundFetch,
  createPooledFetch,
  LiteRequest,
  ResponseTooLargeError,
  WholeResponse,
} from './transport.js';
