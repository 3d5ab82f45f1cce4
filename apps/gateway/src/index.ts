export type { BulkConfig, GatewayConfig, GatewayLimits } from './config/env.js';
export { BULK_MAX_ITEMS, ConfigError, configuredSecrets, DEFAULT_LIMITS, loadConfig } from './config/env.js';
export type { GraphqlErrorCode, Outcome, UserErrorCode } from './errors.js';
export {
  ERROR_KIND_TO_USER_ERROR,
  fromVendorError,
  GRAPHQL_ERROR_CODES,
  USER_ERROR_CODES,
} from './errors.js';
export { EXAMPLE_OPERATIONS } from './graphiql.js';
export type { BulkJobs, BulkJobsDeps, ItemResult, JobRecord, JobState } from './jobs/index.js';
export { createBulkJobs } from './jobs/index.js';
export type { FieldMapping } from './mapping.js';
export { UPDATE_CUSTOMER_GROUP_MAPPING, UPDATE_USER_GROUP_MAPPING } from './mapping.js';
export * from './operations/index.js';
export { buildGatewaySchema } from './schema/index.js';
export type { Gateway, GatewayOptions } from './server.js';
export { createGateway } from './server.js';
export type { RunningGateway } from './start.js';
export { startGateway } from './start.js';
export type { SpanAttributes, Tracing } from './tracing/index.js';
export { startTracing, withSpan } from './tracing/index.js';
