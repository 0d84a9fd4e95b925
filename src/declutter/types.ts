// The engine's contracts (see ../shared/DESIGN.md, "The engine contract").
// Pure data types: nothing here touches a browser API.
import type { RunMemo } from './run-memo';

/** What a removal was; the steps that give each kind are listed in docs/engine.md ("Steps and removal kinds"). */
export type RemovalKind =
  | 'ad-label'
  | 'counter'
  | 'related-link'
  | 'markup-artifact'
  | 'share-widget'
  | 'newsletter'
  | 'caption'
  | 'byline-block'
  | 'boilerplate'
  /** Menus, breadcrumbs and lists of links to other pages kept inside the article (steps/link-list.ts). */
  | 'navigation'
  /** Date lines such as "Updated Nov 19, 9:41 AM": the reader shows the date from metadata (steps/timestamp.ts). */
  | 'timestamp';

/** A receipt: one for every piece of the article the engine took out. */
export interface Removal {
  kind: RemovalKind;
  /** The id of the step that removed it (its file name in src/declutter/steps/). */
  step: string;
  /** Why, in one short English sentence (the reader localizes by kind). */
  reason: string;
  /** The removed text, whitespace-collapsed. */
  text: string;
  /**
   * The removed node as sanitized HTML, so the reader can put it back where it was.
   * Empty for pieces of text (markup debris), which are restored as text.
   */
  html: string;
  /**
   * Index of the marker `<span data-nd-removed="N">` left where it was. The marker is missing from `contentHtml`
   * when a later removal took it along (then the reader puts the item back at the end of the article).
   */
  marker: number;
}

export interface RelatedLink {
  title: string;
  /** Absolute URL. */
  url: string;
}

export interface Article {
  title: string;
  byline: string;
  siteName: string;
  /** BCP 47 tag, lower-cased primary subtag first ("fr", "pt-br"); "" when unknown. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** ISO 8601 when the page says, else "". */
  publishedTime: string;
  excerpt: string;
  readingMinutes: number;
  /** Sanitized HTML of the article body, with empty markers where receipts were taken out. */
  contentHtml: string;
  /** The body text: headings, paragraphs, list items, table cells and quotes, one block per line. */
  text: string;
  related: RelatedLink[];
  removed: Removal[];
}

export interface DeclutterOptions {
  /** The page's URL: resolves relative links and images. Defaults to the document's own URL. */
  url?: string;
  /** Extract even when the page does not look like an article. */
  force?: boolean;
  /** Step ids to skip (per-site switches). */
  disabledSteps?: readonly string[];
}

/** One thing a step found. Steps only find; the pipeline removes and writes the receipt. */
export type Finding =
  | { node: Element; reason: string; kind?: RemovalKind }
  | { node: Text; start: number; end: number; reason: string; kind?: RemovalKind };

/** Everything a step may read. Built once per run. */
export interface StepInput {
  /** The subtree to search: the article body after Readability, or the live page body for in-place mode. */
  root: Element;
  /** The article's language (primary subtag), "" when unknown: steps match every language's words then. */
  lang: string;
  /** The article's title and byline as the reader shows them in its header (steps/title-byline.ts), when known. */
  title?: string;
  byline?: string;
  /**
   * The run's memo (run-memo.ts), for the helpers the step calls: pass it as their last argument. Absent in
   * in-place mode, whose live page changes under it: the helpers then keep nothing.
   */
  memo?: RunMemo;
}

/** A declutter step: one concern, one file; `id` is the file name, report label and settings key. */
export interface Step {
  id: string;
  kind: RemovalKind;
  /** One sentence that says what the step takes out. */
  description: string;
  find(input: StepInput): Finding[];
}

/**
 * The one gate between page HTML and anything the engine returns. Two implementations: DOMPurify where no browser
 * sanitizer exists (Node and jsdom, src/declutter/sanitize.ts), the browser's own HTML Sanitizer API in the
 * extension (src/platform/native-sanitizer.ts). Both take the engine's own detached copy, never a page's nodes.
 */
export interface HtmlSanitizer {
  /** Cleans the article subtree (in place or not) and returns the element whose children are the clean article. */
  sanitizeTree(root: Element): Element;
  /** The sanitized HTML of each removed element, in order. The elements are the engine's; they may be moved. */
  sanitizeEach(elements: readonly Element[]): string[];
}
