/**
 * The front door: one small step per concern, chained in order by server.ts. To add a concern
 * (a client rate limit, compression), write `useX(...): Step` in its own module here and put it
 * in the list in server.ts where it belongs.
 */
export { useApiKeys } from './auth.js';
export type { BodiedRequest } from './body-limit.js';
export { useBodyLimit } from './body-limit.js';
export { useBulkResults } from './bulk-results.js';
export { useUtf8Charset } from './charset.js';
export { useDocs } from './docs.js';
export { useErrorBoundary } from './errors.js';
export type { FastGraphql } from './fast-graphql.js';
export type { ForwardingRequest } from './forwarded.js';
export { forwardedFrom, forwardedOf, useForwardedCredentials } from './forwarded.js';
export { useHealth } from './health.js';
export { JSON_HEADERS, reply } from './reply.js';
export { useGraphqlRoute } from './route.js';
export type { Shutdown } from './shutdown.js';
export { createShutdown } from './shutdown.js';
export type { DoorRequest, Step } from './step.js';
export { chain } from './step.js';
export type { ClientLimiter } from './use-client-rate-limit.js';
export { createClientLimiter, useClientRateLimit } from './use-client-rate-limit.js';
export type { Coding } from './use-compression.js';
export { compressingResponse, MIN_COMPRESS_BYTES, negotiateEncoding } from './use-compression.js';
export type { IndexOptions } from './use-index.js';
export { endpointIndex, useIndex } from './use-index.js';
export type { GatewayYoga, ServerContext, YogaDeps } from './yoga.js';
export { createGatewayFastGraphql, createGatewayYoga, useYoga } from './yoga.js';
