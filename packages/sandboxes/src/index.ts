export type {
  CapillaryGroup,
  CapillarySandboxOptions,
  CapillaryStore,
  ExtendedFieldType,
  ExtendedValue,
} from './capillary.js';
export { coerceExtended, startCapillarySandbox } from './capillary.js';
export { CAPILLARY_SANDBOX_CREDENTIALS, XTRAKIT_SANDBOX_API_KEY } from './credentials.js';
export type { Drift, DriftRule } from './drift.js';
export type { Sandbox, SandboxOptions } from './engine.js';
export type { Fault, FaultController, FaultRule } from './faults.js';
export { CredentialRateLimit } from './rate-limit.js';
export type { LoggedRequest, RequestLog } from './request-log.js';
export type { ScriptedAnswer, ScriptedRequest, ScriptedVendor } from './scripted.js';
export { startScriptedVendor } from './scripted.js';
export type { XtrakitGroup, XtrakitSandboxOptions, XtrakitStore } from './xtrakit.js';
export { startXtrakitSandbox, xtrakitTimestamp } from './xtrakit.js';
