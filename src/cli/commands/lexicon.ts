/**
 * `corridor lexicon build`: retrains the bilingual lexicon from the shared parallel corpora into
 * data/lexicon/ (deterministic; the result is committed). `corridor lexicon lookup`: what a word
 * translates to.
 */
import path from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { LANGUAGES, type Language } from '../../domain/vocabulary.js';
import {
  buildCorridorLexicon,
  defaultCorpusDir,
  defaultLexiconDir,
  NTREX_TRAINING_LINES,
  readLexiconFiles,
  writeLexiconFiles,
  writeLexiconMetadata,
} from '../../engines/lexicon/index.js';
import { analyze } from '../../engines/text/index.js';

function parseLanguage(value: string): Language {
  if (!(LANGUAGES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`unknown language "${value}" (one of ${LANGUAGES.join(', ')})`);
  }
  return value as Language;
}

/** Registers `lexicon build` and `lexicon lookup` on the program. */
export function registerLexiconCommand(program: Command): void {
  const lexicon = program
    .command('lexicon')
    .description('the bilingual lexicon used for cross-lingual matching');

  lexicon
    .command('build')
    .description('train the lexicon from the shared parallel corpora (NTREX lines 1-1000, TALPCo, CC-CEDICT)')
    .option('--corpus <dir>', 'folder with ntrex/ and talpco/', defaultCorpusDir())
    .option('--out <dir>', 'where to write the lexicon files', defaultLexiconDir())
    .option('--quiet', 'no progress messages')
    .action(async (options: { corpus: string; out: string; quiet?: boolean }) => {
      const started = Date.now();
      const log = (message: string) => {
        if (options.quiet !== true) process.stderr.write(`${message}\n`);
      };
      const built = await buildCorridorLexicon({ corpusDir: path.resolve(options.corpus), log });
      const out = path.resolve(options.out);
      const files = writeLexiconFiles(out, built);
      writeLexiconMetadata(out, {
        format: 'corridor-lexicon/1',
        command: 'corridor lexicon build',
        ntrexLines: { ...NTREX_TRAINING_LINES },
        talpco: 'all sentences (en, my, th, vi)',
        files,
      });
      log(`wrote ${files.length} files to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

  lexicon
    .command('lookup <word>')
    .description('translations of a word, best first')
    .requiredOption('--from <lang>', 'language of the word', parseLanguage)
    .requiredOption('--to <lang>', 'language to translate into', parseLanguage)
    .option('--lexicon <dir>', 'lexicon folder', defaultLexiconDir())
    .option('--limit <n>', 'at most this many translations', (v) => Number.parseInt(v, 10), 10)
    .action((word: string, options: { from: Language; to: Language; lexicon: string; limit: number }) => {
      const table = readLexiconFiles(options.lexicon).table(options.from, options.to);
      for (const token of analyze(word, options.from).tokens) {
        const row = [...(table?.get(token) ?? new Map<string, number>())]
          .sort((a, b) => b[1] - a[1])
          .slice(0, options.limit);
        process.stdout.write(
          `${token}\t${row.map(([y, p]) => `${y} ${p.toFixed(3)}`).join('\t') || '(unknown)'}\n`,
        );
      }
    });
}
