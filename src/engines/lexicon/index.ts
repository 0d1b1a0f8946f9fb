/** The bilingual lexicon's public surface. */
export {
  type CedictEntry,
  cedictHanReadings,
  cedictSentencePairs,
  cleanGloss,
  loadCedictEntries,
} from './cedict.js';
export { Lexicon, lexiconTokens, PIVOT_LANGUAGE, pairKey } from './lexicon.js';
export {
  buildCorridorLexicon,
  CHINESE_PAIRED,
  ENGLISH_PAIRED,
  type LexiconBuildOptions,
} from './lexicon-build.js';
export {
  defaultLexiconDir,
  formatPairLexicon,
  type LexiconManifest,
  parsePairLexicon,
  readLexiconFiles,
  writeLexiconFiles,
  writeLexiconMetadata,
} from './lexicon-files.js';
export {
  averageTables,
  composeTables,
  type LexiconTrainingOptions,
  type PairLexicon,
  trainPairLexicon,
} from './lexicon-training.js';
export {
  type CorpusSelection,
  defaultCorpusDir,
  NTREX_EVALUATION_LINES,
  NTREX_TRAINING_LINES,
  readNtrex,
  readParallelText,
  readTalpco,
} from './parallel-corpus.js';
export {
  type AlignmentModel,
  type AlignmentModelOptions,
  NULL_TOKEN,
  type SentencePair,
  symmetrize,
  type TranslationTable,
  trainAlignmentModel,
} from './word-alignment.js';
