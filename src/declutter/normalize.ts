// One normalization for page text and for the word lists, so that a list entry
// matches an element's whole text whatever its case, width, spacing or decoration.
import type { RunMemo } from './run-memo';

/** Characters that decorate a label without being part of it: "Lire aussi |", "» Related", "ADVERTISEMENT:". */
const EDGE_DECORATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
// \s means the same with or without the u flag; without, V8 runs it faster, and textOf (node-text.ts) is the steps'
// hottest call.
const SPACES = /\s+/g;

/** NFKC, lower case, single spaces, no decoration at either end. */
export function normalizeWords(text: string, memo?: RunMemo): string {
  // Several steps normalize the same line: given a run's memo, once (run-memo.ts).
  const table = memo?.string<string>('normalizeWords');
  let norm = table?.get(text);
  if (norm === undefined) {
    norm = text.normalize('NFKC').toLowerCase().replace(SPACES, ' ').replace(EDGE_DECORATION, '');
    table?.set(text, norm);
  }
  return norm;
}

/** Whitespace collapsed and trimmed, case kept: for receipts and related titles. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Whitespace, punctuation and symbols: what is left when they go is a text's letters, digits and marks. */
const SPACE_AND_PUNCTUATION = /[\s\p{P}\p{S}]+/gu;

/** The text without whitespace, punctuation and symbols: to compare how much of two texts is words. */
export function wordCharacters(text: string): string {
  return text.replace(SPACE_AND_PUNCTUATION, '');
}
