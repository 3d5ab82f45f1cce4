export type { DocConflict, ErrorCodeEntry, OpenApiDocument, VendorName } from './load-spec.js';
export { docConflicts, errorCodes, loadSpec, sourcesPath, specPath } from './load-spec.js';
export type { SchemaIssue, SpecValidator, ValidationResult } from './validator.js';
export { createSpecValidator } from './validator.js';
