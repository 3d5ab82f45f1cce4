export type { SchemaIssue, SpecValidator, ValidationResult } from './validator.js';
export { createSpecValidator } from './validator.js';
