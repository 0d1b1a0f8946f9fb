/** The text pipeline's public surface. */
export { type AnalyzeOptions, analyze, type TextAnalysis, tokenizeNormalized } from './analyze.js';
export { type DetectedLanguage, detectLanguage } from './language.js';
export { foldNativeDigits, normalizeText } from './normalize.js';
export { porterStem } from './porter-stemmer.js';
export { type DetectedScript, detectScript, SCRIPTS, type Script } from './script.js';
export { orthographicClusters } from './segment.js';
export { stopWordsOf } from './stop-words.js';
export { convertZawgyiIfNeeded, foldZawgyiToUnicode, ZAWGYI_THRESHOLD, zawgyiProbability } from './zawgyi.js';
