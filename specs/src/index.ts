export type { DocConflict, ErrorCodeEntry, OpenApiDocument, VendorName } from './load-spec.js';
export { docConflicts, errorCodes, loadSpec, sourcesPath, specPath } from './load-spec.js';
export type { ParameterObject, WalkedOperation } from './spec-walk.js';
export { AJV_OPTIONS, createSpecAjv, rebase, walkOperations } from './spec-walk.js';
