import {
  type CapillaryAuth,
  type CapillaryClient,
  type CapillaryRegion,
  createCapillaryClient,
} from '@loyalty-gateway/capillary-client';
import {
  type AdmissionHook,
  type AttemptInfo,
  type AttemptObserver,
  VendorError,
  type VendorName,
  type VendorResult,
} from '@loyalty-gateway/http-runtime';
import { createXtrakitClient, type XtrakitClient } from '@loyalty-gateway/xtrakit-client';
import { CircuitBreaker } from './circuit-breaker.js';
import type { GatewayConfig } from './config/env.js';

/** Where each vendor lives once sandboxes (if any) are running. */
export interface VendorEndpoints {
  xtrakit: { baseUrl: string; apiKey: string | null };
  capillary: {
    baseUrl: string | null;
    region: CapillaryRegion | null;
    auth: CapillaryAuth | null;
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

/**
 * What the gateway plugs into its vendor clients: metrics (`onAttempt`), a per-vendor admission
 * hook (the vendor request budget) and an attempt observer (tracing). All optional.
 */
export interface VendorHooks {
  onAttempt?: (info: AttemptInfo) => void;
  admission?: Partial<Record<VendorName, AdmissionHook>>;
  observer?: AttemptObserver;
}

/** The client options of one vendor's hooks (absent ones left out, so the runtime skips them). */
function hookOptions(hooks: VendorHooks, vendor: VendorName) {
  const admission = hooks.admission?.[vendor];
  return {
    ...(hooks.onAttempt ? { onAttempt: hooks.onAttempt } : {}),
    ...(admission ? { admission } : {}),
    ...(hooks.observer ? { observer: hooks.observer } : {}),
  };
}

/**
 * Only the vendor's own failures move a breaker: a call refused or failed before the wire, an
 * admission refusal, a caller's abort (none is `vendorFailed`) or anything thrown is neutral.
 */
function judge<T>(breaker: CircuitBreaker, result: VendorResult<T> | undefined): void {
  if (result?.ok) breaker.success();
  else if (result?.error.vendorFailed && ['upstream_unavailable', 'timeout'].includes(result.error.kind))
    breaker.failure();
  else breaker.neutral();
}

export function createVendors(
  config: GatewayConfig,
  endpoints: VendorEndpoints,
  hooks: VendorHooks = {},
): Vendors {
  const common = {
    timeoutMs: config.vendorTimeoutMs,
    ...(config.unsafeSkipResponseValidation ? { unsafeSkipResponseValidation: true } : {}),
  };
  const xtrakit = createXtrakitClient({
    ...common,
    ...hookOptions(hooks, 'xtrakit'),
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
    ...hookOptions(hooks, 'capillary'),
    auth: capAuth,
    maxGroupSize: config.capillaryMaxGroupSize,
    ...(endpoints.capillary.baseUrl ? { baseUrl: endpoints.capillary.baseUrl } : {}),
    ...(endpoints.capillary.region ? { region: endpoints.capillary.region } : {}),
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
    async guarded<T>(vendor: VendorName, operation: string, call: () => Promise<VendorResult<T>>) {
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
      let result: VendorResult<T> | undefined;
      try {
        result = await call();
        return result;
      } finally {
        judge(breaker, result);
      }
    },
    close: async () => {
      await Promise.all([xtrakit.close(), capillary.close()]);
    },
  };
}
