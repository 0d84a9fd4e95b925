// Fills a static extension page from _locales: `data-i18n="key"` sets the text, `data-i18n-attr="attr:key,…"`
// sets attributes (aria-label, placeholder, title). The pages ship with English text so they read sensibly even
// before this runs. Used by the options page and the welcome page.
export type Translate = (key: string, substitutions?: string[]) => string;

export function localize(root: ParentNode, t: Translate): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = t(el.dataset.i18n ?? '');
    if (text && text !== el.dataset.i18n) el.textContent = text;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (el.dataset.i18nAttr ?? '').split(',')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (!attr || !key) continue;
      const text = t(key);
      if (text && text !== key) el.setAttribute(attr, text);
    }
  }
}

/** The page's language and direction from the browser's UI language, as the strings are chosen. */
export function setPageLanguage(doc: Document, t: Translate): void {
  doc.documentElement.lang = t('@@ui_locale').replace('_', '-');
  doc.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
