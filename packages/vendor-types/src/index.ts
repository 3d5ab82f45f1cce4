// Types shared by every layer, defined once. This package depends on nothing, so the specs (the
// bottom of the data flow) and the published client runtime can both point down at it.

/** The vendors with a spec in specs/. */
export type VendorName = 'xtrakit' | 'capillary';

/**
 * A documented vendor error or warning code (a spec's `x-error-codes`); http-runtime exports it as
 * DocumentedCode for the generated code tables.
 */
export interface ErrorCodeEntry {
  code: number;
  kind: 'error' | 'warning';
  message: string;
  meaning: string;
}
