// One page's text → its Article, with the CLI's exit codes: no article is exit 2, an engine failure exit 1.
import { JSDOM } from 'jsdom';
import { declutterHtml } from '../node/index';
import type { Article } from '../declutter/types';
import { CliError, EXIT_NO_ARTICLE, oneLine } from './errors';
import type { FormatContext } from '../shared/formats/index';

export interface ExtractOptions {
  url?: string;
  force: boolean;
}

export function extract(html: string, name: string, options: ExtractOptions): Article {
  let article: Article | null;
  try {
    article = declutterHtml(html, { url: options.url, force: options.force });
  } catch (err) {
    // The engine and jsdom are not expected to throw, but hostile pages find ways (stack depth, memory):
    // the reason in one line, and the batch goes on.
    throw new CliError(`${name}: could not extract the article (${oneLine(err)})`);
  }
  if (!article) {
    const why = options.force
      ? 'nothing readable was found even with --force'
      : 'the page does not look like an article (--force extracts anyway)';
    throw new CliError(`${name}: no article: ${why}`, EXIT_NO_ARTICLE);
  }
  return article;
}

/** The DOM the markdown format walks: the article's already sanitized HTML, parsed without running anything. */
export const formatContext: FormatContext = {
  parse: (html) => JSDOM.fragment(html),
};
