export type { BuildOptions, BuiltSite } from './build-site.js';
export { buildSite } from './build-site.js';
export type { CredentialSetup, WorkedExample } from './examples.js';
export { EXAMPLES } from './examples.js';
export type { Recordings } from './recordings.js';
export {
  formatJson,
  RECORDINGS_DIR,
  readRecordingFiles,
  readRecordings,
  record,
  recordingFiles,
  writeRecordings,
} from './recordings.js';
export type { ExampleRecord, RecordedRestRequest } from './run-examples.js';
export type { GraphqlOutcome, VendorAnswerRow, VendorAnswerTable } from './vendor-answers.js';
