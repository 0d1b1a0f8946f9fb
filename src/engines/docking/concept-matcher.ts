/**
 * The terminology bridge: finds the terminology base's terms in analysed text, whatever its language,
 * by longest match of each term's analysed token sequence, so that text maps to concept ids.
 */
import { LANGUAGES, type Language } from '../../domain/vocabulary.js';
import { analyze } from '../text/index.js';
import type { TermConcept } from './docking.types.js';

/** One term of one concept: which concept, and which of its terms in which language. */
export interface ConceptTermRef {
  /** Position of the concept in the list given to the matcher. */
  concept: number;
  lang: Language;
  /** Position of the term in the concept's list for that language. */
  term: number;
}

/** A concept found in a token sequence. */
export interface ConceptOccurrence extends ConceptTermRef {
  /** First token of the match and the token after it. */
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Terms whose token sequence ends here (several concepts may share a term). */
  terms: ConceptTermRef[];
}

function newNode(): TrieNode {
  return { next: new Map(), terms: [] };
}

/** Matches the terms of a list of concepts in token sequences produced by the text pipeline. */
export class ConceptMatcher {
  private readonly root = newNode();

  constructor(readonly concepts: readonly TermConcept[]) {
    concepts.forEach((concept, conceptIndex) => {
      for (const lang of LANGUAGES) {
        const terms = concept.terms[lang] ?? [];
        terms.forEach((term, termIndex) => {
          const tokens = analyze(term, lang).tokens;
          if (tokens.length === 0) return;
          let node = this.root;
          for (const token of tokens) {
            let child = node.next.get(token);
            if (child === undefined) {
              child = newNode();
              node.next.set(token, child);
            }
            node = child;
          }
          // A concept listing the same term twice (or two spellings that analyse alike) counts once.
          if (!node.terms.some((ref) => ref.concept === conceptIndex)) {
            node.terms.push({ concept: conceptIndex, lang, term: termIndex });
          }
        });
      }
    });
  }

  /** The surface form of a term reference. */
  termText(ref: ConceptTermRef): string {
    return this.concepts[ref.concept]?.terms[ref.lang]?.[ref.term] ?? '';
  }

  /** Whether some term's token sequence starts with this token (most tokens start none). */
  startsTerm(token: string): boolean {
    return this.root.next.has(token);
  }

  /**
   * The longest term starting at `start`: the position after it and every concept reference sharing
   * it, or null when no term starts there.
   */
  longestAt(
    tokens: readonly string[],
    start: number,
  ): { end: number; terms: readonly ConceptTermRef[] } | null {
    let node: TrieNode | undefined = this.root;
    let bestEnd = -1;
    let bestTerms: readonly ConceptTermRef[] = [];
    for (let i = start; i < tokens.length; i++) {
      node = node.next.get(tokens[i] ?? '');
      if (node === undefined) break;
      if (node.terms.length > 0) {
        bestEnd = i + 1;
        bestTerms = node.terms;
      }
    }
    return bestEnd < 0 ? null : { end: bestEnd, terms: bestTerms };
  }

  /**
   * Concepts found in a token sequence, leftmost-longest and without overlap: at each position the
   * longest term wins and matching resumes after it. Every concept sharing that term is reported.
   */
  find(tokens: readonly string[]): ConceptOccurrence[] {
    const found: ConceptOccurrence[] = [];
    let start = 0;
    while (start < tokens.length) {
      const match = this.longestAt(tokens, start);
      if (match === null) {
        start++;
        continue;
      }
      for (const ref of match.terms) found.push({ ...ref, start, end: match.end });
      start = match.end;
    }
    return found;
  }
}
