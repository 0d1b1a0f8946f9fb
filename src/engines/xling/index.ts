/** Cross-lingual retrieval's public surface. */
export {
  latinNameSkeletons,
  latinSkeleton,
  nameCueMatrix,
  pinyinSkeleton,
  sentenceSkeletons,
} from './name-cues.js';
export {
  DEFAULT_WEIGHTS,
  evaluateAligned,
  matchOneToOne,
  rankCandidates,
  scoreCandidates,
  type XlingMetrics,
  type XlingOptions,
  type XlingScores,
  type XlingWeights,
} from './xling-retrieval.js';
