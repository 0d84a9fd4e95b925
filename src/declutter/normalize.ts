// One normalization for page text and for the word lists, so that a list entry
// matches an element's whole text whatever its case, width, spacing or decoration.

/** Characters that decorate a label without being part of it: "Lire aussi |", "» Related", "ADVERTISEMENT:". */
const EDGE_DECORATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const SPACES = /\s+/gu;

/** NFKC, lower case, single spaces, no decoration at either end. */
export function normalizeWords(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SPACES, ' ').replace(EDGE_DECORATION, '');
}

/** Whitespace collapsed and trimmed, case kept: for receipts and related titles. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}
