/**
 * `corridor eval xling`: cross-lingual retrieval quality on two line-aligned files. Each source line
 * ranks every target line; line i of the target file is the right answer for line i of the source.
 */
import { readFileSync } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import { LANGUAGES, type Language } from '../../domain/vocabulary.js';
import { defaultLexiconDir, readLexiconFiles } from '../../engines/lexicon/index.js';
import { evaluateAligned, matchOneToOne, scoreCandidates } from '../../engines/xling/index.js';

function parseLanguage(value: string): Language {
  if (!(LANGUAGES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`unknown language "${value}" (one of ${LANGUAGES.join(', ')})`);
  }
  return value as Language;
}

function readLines(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

interface EvalXlingOptions {
  src: string;
  srcLang: Language;
  tgt: string;
  tgtLang: Language;
  json?: boolean;
  lexicon: string;
  oneToOne: boolean;
}

/** Finds the `eval` command another command may already have registered, or adds it. */
function evalCommand(program: Command): Command {
  return (
    program.commands.find((command) => command.name() === 'eval') ??
    program.command('eval').description('measure the quality of an engine')
  );
}

/** Registers `eval xling`. */
export function registerEvalXlingCommand(program: Command): void {
  evalCommand(program)
    .command('xling')
    .description('precision at 1 and MRR of cross-lingual retrieval on two line-aligned files')
    .requiredOption('--src <file>', 'source sentences, one per line')
    .requiredOption('--src-lang <lang>', 'language of the source file', parseLanguage)
    .requiredOption('--tgt <file>', 'target sentences, line i translating source line i')
    .requiredOption('--tgt-lang <lang>', 'language of the target file', parseLanguage)
    .option('--json', 'print one JSON object')
    .option('--lexicon <dir>', 'lexicon folder', defaultLexiconDir())
    .option('--no-one-to-one', 'rank each source on its own, without matching the pool one-to-one')
    .action((options: EvalXlingOptions, command: Command) => {
      const sources = readLines(options.src);
      const targets = readLines(options.tgt);
      if (sources.length !== targets.length) {
        command.error(
          `error: the files are not line-aligned: ${sources.length} source lines, ${targets.length} target lines`,
        );
      }
      const lexicon = readLexiconFiles(options.lexicon);
      const independent = scoreCandidates(sources, options.srcLang, targets, options.tgtLang, lexicon);
      const independentMetrics = evaluateAligned(independent);
      const metrics = options.oneToOne ? evaluateAligned(matchOneToOne(independent)) : independentMetrics;
      if (options.json === true) {
        process.stdout.write(
          `${JSON.stringify({
            precisionAt1: metrics.precisionAt1,
            mrr: metrics.mrr,
            n: metrics.n,
            oneToOne: options.oneToOne,
            independentPrecisionAt1: independentMetrics.precisionAt1,
            independentMrr: independentMetrics.mrr,
          })}\n`,
        );
        return;
      }
      const how = options.oneToOne ? 'one-to-one matching' : 'independent ranking';
      process.stdout.write(
        `${options.srcLang} → ${options.tgtLang} (${how}): precision@1 ${metrics.precisionAt1.toFixed(4)}, ` +
          `MRR ${metrics.mrr.toFixed(4)}, n ${metrics.n}\n`,
      );
      if (options.oneToOne) {
        process.stdout.write(
          `independent ranking: precision@1 ${independentMetrics.precisionAt1.toFixed(4)}, MRR ${independentMetrics.mrr.toFixed(4)}\n`,
        );
      }
    });
}
