import { type CapillaryClient, createCapillaryClient } from '@loyalty-gateway/capillary-client';
import { type AttemptInfo, VendorError, type VendorResult } from '@loyalty-gateway/http-runtime';
import { createXtrakitClient, type XtrakitClient } from '@loyalty-gateway/xtrakit-client';
import { CircuitBreaker } from './circuit-breaker.js';
import type { GatewayConfig } from './config/env.js';

/** Where each vendor lives once sandboxes (if any) are running. */
export interface VendorEndpoints {
  xtrakit: { baseUrl: string; apiKey: string | null };
  capillary: {
    baseUrl: string | null;
    region: string | null;
    auth:
      | { type: 'basic'; username: string; password: string }
      | { type: 'oauth'; key: string; secret: string }
      | null;
  };
}

/** The vendor clients the resolvers use, each behind its circuit breaker. */
export interface Vendors {
  xtrakit: XtrakitClient;
  capillary: CapillaryClient;
  forwarded: { xtrakit: boolean; capillary: boolean };
  /** Runs a client call through the vendor's circuit breaker. */
  guarded<T>(
    vendor: 'xtrakit' | 'capillary',
    operation: string,
    call: () => Promise<VendorResult<T>>,
  ): Promise<VendorResult<T>>;
  close(): Promise<void>;
}

// Placeholder credentials for clients whose real credentials arrive per request (forwarded mode):
// every call then passes the caller's credential, so these are never sent.
const FORWARDED_PLACEHOLDER = 'forwarded-credentials-only';

export function createVendors(
  config: GatewayConfig,
  endpoints: VendorEndpoints,
  onAttempt: (info: AttemptInfo) => void,
): Vendors {
  const common = { timeoutMs: config.vendorTimeoutMs, onAttempt };
  const xtrakit = createXtrakitClient({
    ...common,
    apiKey: endpoints.xtrakit.apiKey ?? FORWARDED_PLACEHOLDER,
    baseUrl: endpoints.xtrakit.baseUrl,
  });
  const capAuth = endpoints.capillary.auth ?? {
    type: 'basic' as const,
    username: FORWARDED_PLACEHOLDER,
    password: FORWARDED_PLACEHOLDER,
  };
  const capillary = createCapillaryClient({
    ...common,
    auth: capAuth,
    maxGroupSize: config.capillaryMaxGroupSize,
    ...(endpoints.capillary.baseUrl ? { baseUrl: endpoints.capillary.baseUrl } : {}),
    ...(endpoints.capillary.region ? { region: endpoints.capillary.region as 'eu' } : {}),
  });
  const breakers = {
    xtrakit: new CircuitBreaker(config.circuitFailureThreshold, config.circuitCooldownMs),
    capillary: new CircuitBreaker(config.circuitFailureThreshold, config.circuitCooldownMs),
  };
  return {
    xtrakit,
    capillary,
    forwarded: {
      xtrakit: config.xtrakit.credentials.mode === 'forwarded',
      capillary: config.capillary.credentials.mode === 'forwarded',
    },
    async guarded(vendor, operation, call) {
      const breaker = breakers[vendor];
      if (!breaker.tryAcquire()) {
        return {
          ok: false,
          error: new VendorError({
            kind: 'upstream_unavailable',
            vendor,
            operation,
            outcome: 'not_applied',
            message: `the ${vendor} circuit breaker is open after repeated failures; not sent`,
          }),
        };
      }
      const result = await call();
      if (result.ok) breaker.success();
      else if (result.error.attempts === 0) breaker.neutral();
      else if (result.error.kind === 'upstream_unavailable' || result.error.kind === 'timeout')
        breaker.failure();
      else breaker.neutral();
      return result;
    },
    close: async () => {
      await Promise.all([xtrakit.close(), capillary.close()]);
    },
  };
}
