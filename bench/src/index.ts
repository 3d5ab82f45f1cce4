// The benchmark's reusable pieces (the entry points are bench.ts, soak.ts and profile-summary.ts).
export type { Reconciliation } from './ledger.js';
export {
  appliedWrite,
  MUST_BE_ZERO,
  OUTCOME,
  outcomeCode,
  reconcile,
  SeqBytes,
  WriteLedger,
} from './ledger.js';
export type { PeerComparison, PeerFigures, PeerTarget } from './peer-report.js';
export { comparePeer, formatPeerComparison, PEER_TARGETS } from './peer-report.js';
export type { Entry, ProfileSummary } from './profile-summary.js';
export { formatProfileSummary, packageOf, summariseProfile } from './profile-summary.js';
export { LatencyRecorder, median, percentile, ratio } from './stats.js';
