// --format text: something to read in a terminal or pipe on: a short header, the body text (one block per line,
// as Article.text has it), then the related links.
import type { Article } from '../../declutter/types';
import type { Format } from './index';

export function metaLine(article: Article): string {
  return [article.byline, article.siteName, article.publishedTime.slice(0, 10), `${article.readingMinutes} min read`]
    .filter(Boolean)
    .join(' · ');
}

export const text: Format = {
  name: 'text',
  ext: 'txt',
  render(article) {
    const parts = [article.title, metaLine(article), article.text].filter(Boolean);
    let out = parts.join('\n\n');
    if (article.related.length) {
      out += `\n\nRelated articles:\n${article.related.map((r) => `- ${r.title} <${r.url}>`).join('\n')}`;
    }
    return `${out}\n`;
  },
};
