export {
  addCanary,
  allCanaries,
  assertNoCanary,
  CANARIES,
  CANARY_MARKER,
  CANARY_USERNAME,
  findCanary,
  leakForms,
} from './canaries.js';
export type { PayloadExpectation } from './checks.js';
export {
  expectClosedErrors,
  expectHealthy,
  expectNoCanaryIn,
  expectPayload,
  expectRefused,
} from './checks.js';
export type { HostileVendor, Observed, ReceivedRequest, Reply, Stack, StackOptions, Tap } from './harness.js';
export {
  closedPortUrl,
  echoOf,
  endpointsOf,
  eventually,
  GATEWAY_AUTH,
  issueToken,
  rawRequest,
  startHostileVendor,
  startStack,
  startTap,
  UPDATE_CUSTOMER_GROUP,
  UPDATE_USER_GROUP,
} from './harness.js';
export type { GatewayProcess } from './process.js';
export { exitCode, spawnGateway } from './process.js';
