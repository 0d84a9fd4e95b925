/**
 * The words one language uses for clutter. Every entry is stored already normalized
 * (see normalizeWords) and each list is sorted and free of duplicates: tests/unit/words.test.ts keeps it so.
 */
export interface LanguageWords {
  /** An element whose whole text is one of these is an ad label ("Publicité", "Anzeige"). */
  adLabels: string[];
  /** A teaser paragraph starts with one of these, then a link: "Lire aussi | <a>…</a>". */
  readAlsoPrefixes: string[];
  /** A heading whose whole text is one of these opens a related-stories block. */
  relatedHeadings: string[];
  /** A heading whose whole text is one of these opens a "most read" list: never collected as related. */
  popularHeadings: string[];
  /** Whole texts of share buttons and share-bar labels. */
  shareLabels: string[];
  /** Phrases that mark a newsletter or subscription box (a box's heading or button starts with one). */
  newsletterPhrases: string[];
  /** Words that follow a number in a counter widget: "4 comments", "12 partages". */
  counterWords: string[];
  /** A date line starts with one of these, then the date: "Updated 9:41 AM", "Publié le 3 mars". */
  timestampPrefixes: string[];
  /** A photo credit starts with one of these, then ":", "/" or "©": "Photo: A. Name", "(Image: © Agency)". */
  creditPrefixes: string[];
  /** Whole texts of page controls that reader views leave as a line: "Skip to content", "Close", "Enlarge image". */
  uiLabels: string[];
  /** A byline line starts with one of these before the names: "By A. Name", "Par A. Nom", "Von A. Name". */
  bylinePrefixes: string[];
  /** A heading whose whole text is one of these opens an author box: "About the author", "Über den Autor". */
  authorHeadings: string[];
  /**
   * What follows the author's name in a one-line note closing a story: "(Jane Doe) is a reporter for…", "(Иван
   * Петров) — корреспондент…", "(Jan Kowalski) jest dziennikarzem…"; in scripts without spaces, right after it.
   */
  authorNotes: string[];
  /** A copyright notice starts or ends with one of these: "All rights reserved", "Tous droits réservés". */
  copyrightPhrases: string[];
  /** A cookie notice starts with one of these: "This website uses cookies", "Nous utilisons des cookies". */
  cookiePhrases: string[];
  /** A tag line starts with one of these and a colon, or is one of them alone: "Tags: a, b", "Теги:". */
  tagPrefixes: string[];
  /** A short line inviting the reader to follow the site starts with one of these: "Follow us on", "Suivez-nous". */
  followPhrases: string[];
  /** Whole texts of comment-section headings and calls to comment: "Comments", "Leave a comment", "Opinie". */
  commentLabels: string[];
  /** A comment moderation or report-a-typo notice starts with one of these: "Comments are moderated", "Нашли опечатку". */
  commentNotices: string[];
  /** The words between a count and a price in a print-subscription offer: "12 issues for £11.99", "6 numéros pour 10 €". */
  issueOffers: string[];
}
