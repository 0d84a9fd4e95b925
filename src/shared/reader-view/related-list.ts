// The "Related articles" list, apart from the text: each link's title and the site it leads to.
import type { RelatedLink } from '../../declutter/types';
import { h } from './dom';
import { siteOf } from './format';
import type { ReaderT } from './messages';
import { safeLink } from './safe-dom';

export function renderRelated(doc: Document, related: readonly RelatedLink[], t: ReaderT): HTMLElement | null {
  const items: HTMLElement[] = [];
  for (const link of related) {
    // The engine gives absolute http(s) URLs; checked again here because a link is the one thing a click follows.
    const href = safeLink(link.url, doc.baseURI);
    if (!href || !link.title.trim()) continue;
    items.push(h(doc, 'li', {}, [
      h(doc, 'a', { href, rel: 'noopener noreferrer' }, [
        // dir=auto: a title in Arabic or Hebrew lays out right to left whatever the UI direction.
        h(doc, 'span', { class: 'nd-related-title', dir: 'auto' }, [link.title]),
        h(doc, 'span', { class: 'nd-related-host' }, [siteOf(href)]),
      ]),
    ]));
  }
  if (items.length === 0) return null;
  return h(doc, 'section', { class: 'nd-related', 'aria-labelledby': 'nd-related-title' }, [
    h(doc, 'h2', { id: 'nd-related-title' }, [t('readerRelatedTitle')]),
    h(doc, 'ul', {}, items),
  ]);
}
