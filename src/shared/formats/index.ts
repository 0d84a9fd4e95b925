// The output formats: one file each, registered here. The name is the CLI's --format value; ext names the file
// written under --out-dir. A library (STYLE rule 11): the CLI and the reader's Save panel
// (src/content/reader/save-panel.ts) render through the same functions, so a saved article is what the CLI gives.
import type { Article } from '../../declutter/types';
import { html } from './html';
import { json } from './json';
import { markdown } from './markdown';
import { text } from './text';

export interface FormatContext {
  /** The article's sanitized HTML as a DOM, for formats that walk it (markdown). */
  parse(html: string): Node;
}

export interface Format {
  name: string;
  ext: string;
  render(article: Article, ctx: FormatContext): string;
}

export const FORMATS = { json, html, text, markdown } as const satisfies Record<string, Format>;
export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
