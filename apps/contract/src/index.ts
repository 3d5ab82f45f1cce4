export type { CapillaryAuth, ContractConfig, Vendor } from './config.js';
export { ContractConfigError, configSecrets, loadContractConfig, VENDORS } from './config.js';
export type { Probe, RunState } from './probe.js';
export { announcement, renderReport, rerunCommand } from './report.js';
export type { RunOptions } from './run.js';
export { probesFor, runContract } from './run.js';
export type { Fetch } from './send.js';
export type {
  Answer,
  Blocker,
  ContractReport,
  Expectation,
  Finding,
  Outcome,
  ProbeRequest,
  ProbeResult,
  Verdict,
} from './types.js';
