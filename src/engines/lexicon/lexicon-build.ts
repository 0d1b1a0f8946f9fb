/**
 * Building the corridor lexicon from the shared corpora: every corridor language against English
 * (NTREX-128 training lines, TALPCo, and CC-CEDICT for Chinese), and Lao, Thai and Vietnamese
 * against Chinese, trained directly on the multi-parallel NTREX lines (the Lexicon averages them
 * with the composition through English when used). Deterministic: the same corpora give
 * byte-identical files.
 */
import type { Language } from '../../domain/vocabulary.js';
import { cedictHanReadings, cedictSentencePairs, loadCedictEntries } from './cedict.js';
import { Lexicon, lexiconTokens } from './lexicon.js';
import { type LexiconTrainingOptions, type PairLexicon, trainPairLexicon } from './lexicon-training.js';
import { type CorpusSelection, NTREX_TRAINING_LINES, readNtrex, readTalpco } from './parallel-corpus.js';
import type { SentencePair } from './word-alignment.js';

/** Languages with a lexicon against English. */
export const ENGLISH_PAIRED: readonly Language[] = ['lo', 'th', 'km', 'my', 'vi', 'zh'];
/** Languages with a lexicon against Chinese. */
export const CHINESE_PAIRED: readonly Language[] = ['lo', 'th', 'vi'];

export interface LexiconBuildOptions {
  /** Folder holding `ntrex/` and `talpco/`. */
  corpusDir: string;
  /** Which lines and sentences may be learnt from (default: NTREX 1-1000 and all of TALPCo). */
  selection?: CorpusSelection;
  /** Languages to pair with English (default: all six). */
  languages?: readonly Language[];
  /** Build the Chinese pairs too (default true; needs zh among `languages`). */
  chinesePairs?: boolean;
  training?: LexiconTrainingOptions;
  /** Progress messages. */
  log?: (message: string) => void;
}

/** Tokenised NTREX training lines and TALPCo sentences, per language. */
interface TokenisedCorpus {
  ntrex: Map<Language, string[][]>;
  talpco: Map<Language, Map<string, string[]>>;
}

function tokeniseCorpus(options: LexiconBuildOptions, languages: readonly Language[]): TokenisedCorpus {
  const lines = options.selection?.ntrexLines ?? NTREX_TRAINING_LINES;
  const filter = options.selection?.talpcoFilter;
  const corpus: TokenisedCorpus = { ntrex: new Map(), talpco: new Map() };
  for (const lang of languages) {
    const texts = readNtrex(options.corpusDir, lang, lines.from, lines.to);
    corpus.ntrex.set(
      lang,
      texts.map((text) => lexiconTokens(text, lang)),
    );
    const talpco = new Map<string, string[]>();
    for (const [id, text] of readTalpco(options.corpusDir, lang)) {
      if (filter === undefined || filter(id)) talpco.set(id, lexiconTokens(text, lang));
    }
    corpus.talpco.set(lang, talpco);
  }
  return corpus;
}

/** Sentence pairs of two languages: NTREX lines, then TALPCo sentences both have. */
function sentencePairs(corpus: TokenisedCorpus, a: Language, b: Language): SentencePair[] {
  const pairs: SentencePair[] = [];
  const ntrexA = corpus.ntrex.get(a) ?? [];
  const ntrexB = corpus.ntrex.get(b) ?? [];
  ntrexA.forEach((source, k) => {
    pairs.push({ source, target: ntrexB[k] ?? [] });
  });
  const talpcoB = corpus.talpco.get(b) ?? new Map<string, string[]>();
  for (const [id, source] of corpus.talpco.get(a) ?? []) {
    const target = talpcoB.get(id);
    if (target !== undefined) pairs.push({ source, target });
  }
  return pairs;
}

/** Trains every pair lexicon of the corridor from the corpora. */
export async function buildCorridorLexicon(options: LexiconBuildOptions): Promise<Lexicon> {
  const log = options.log ?? (() => {});
  const languages = options.languages ?? ENGLISH_PAIRED;
  const corpus = tokeniseCorpus(options, ['en', ...languages]);
  log(`tokenised ${languages.length + 1} languages`);
  const cedict = languages.includes('zh') ? await loadCedictEntries() : [];
  const english = new Map<Language, PairLexicon>();
  for (const lang of languages) {
    const pairs = sentencePairs(corpus, lang, 'en');
    if (lang === 'zh') {
      const dictionary = cedictSentencePairs(cedict);
      for (const pair of dictionary) pairs.push(pair);
      log(`zh-en: ${dictionary.length} CC-CEDICT glosses added`);
    }
    const trained = trainPairLexicon(lang, 'en', pairs, options.training);
    // Stored English-first, as pairKey names the pair.
    english.set(lang, { a: 'en', b: lang, aToB: trained.bToA, bToA: trained.aToB });
    log(`en-${lang}: trained on ${pairs.length} pairs`);
  }
  const hanReadings = cedictHanReadings(cedict);
  const pairs: PairLexicon[] = [...english.values()];
  if ((options.chinesePairs ?? true) && languages.includes('zh')) {
    for (const lang of CHINESE_PAIRED) {
      if (!languages.includes(lang)) continue;
      const zhPairs = sentencePairs(corpus, lang, 'zh');
      pairs.push(trainPairLexicon(lang, 'zh', zhPairs, options.training));
      log(`${lang}-zh: trained on ${zhPairs.length} pairs`);
    }
  }
  return new Lexicon(pairs, hanReadings);
}
