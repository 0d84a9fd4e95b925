// @vitest-environment jsdom
// The extension's own interface is right to left when its messages are Arabic: the reader's bar, panels and notices,
// and the options page. The direction follows the catalog the browser picked (src/shared/ui-direction.ts), not the
// browser's language: an Arabic browser shown the English fallback stays left to right, and the article inside keeps
// its own direction either way. The real browsers: tests/e2e/rtl-ui.test.ts.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyUiLanguage, directionOf, uiLanguage } from '../../src/shared/ui-direction';
import { makeT, open, sampleArticle } from './reader-helpers';
import { fakeStorage } from './fakes/fake-storage';
import { FakePermissions } from './fakes/fake-extension-apis';

// The options page reads its messages from the Arabic catalog, as browser.i18n does in an Arabic browser.
const fake = vi.hoisted(() => ({ browser: {} as Record<string, unknown> }));
vi.mock('../../src/platform', async () => {
  const { makeT: catalog } = await import('./reader-helpers');
  const t = catalog('ar');
  return {
    browser: fake.browser,
    getMessage: (key: string, subs?: string[]) => t(key, subs) || key,
    uiLocale: () => 'ar',
    // One page, nothing to share a lock with.
    extensionLock: <T>(_name: string, work: () => Promise<T>) => work(),
  };
});

describe('ui direction: the language of the messages decides', () => {
  it('writes Arabic (and the other right-to-left scripts) right to left, whatever the region or spelling', () => {
    for (const tag of ['ar', 'ar-EG', 'AR', 'ar_SA', 'he', 'fa-IR', 'ur']) expect(directionOf(tag), tag).toBe('rtl');
    for (const tag of ['en', 'en-US', 'fr', 'pt_BR', 'zh-CN', 'ja', 'arn', '']) expect(directionOf(tag), tag).toBe('ltr');
  });

  it('reads the language from the catalog in use; a missing message (blank or the key) is the English fallback', () => {
    expect(uiLanguage(makeT('ar'))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(uiLanguage(makeT('pt_BR'))).toEqual({ lang: 'pt-BR', dir: 'ltr' });
    expect(uiLanguage(() => '')).toEqual({ lang: '', dir: 'ltr' });
    expect(uiLanguage((key) => key)).toEqual({ lang: '', dir: 'ltr' });
  });

  it('sets lang and dir on a page root', () => {
    const el = document.createElement('html');
    applyUiLanguage(el, makeT('ar'));
    expect([el.getAttribute('lang'), el.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    applyUiLanguage(el, makeT('en'));
    expect([el.getAttribute('lang'), el.getAttribute('dir')]).toEqual(['en', 'ltr']);
  });
});

describe('reader in Arabic', () => {
  it('lays the bar, panels and notices right to left, and keeps an English article left to right inside', () => {
    const article = sampleArticle({ title: 'Council adopts the budget', lang: 'en', dir: 'ltr', contentHtml: '<p>First paragraph.</p>' });
    const { root } = open({ kind: 'article', article }, { locale: 'ar' });
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.getAttribute('lang')).toBe('ar');
    const toolbar = root.querySelector('.nd-toolbar')!;
    expect(toolbar.getAttribute('aria-label')).toBe(makeT('ar')('readerDialogLabel'));
    // Nothing between the dialog and the bar or a panel turns the direction back.
    for (const el of [toolbar, ...Array.from(root.querySelectorAll('.nd-panel, .nd-drawer'))]) {
      for (let node: Element | null = el; node && node !== dialog; node = node.parentElement) expect(node.hasAttribute('dir'), node.className).toBe(false);
    }
    const body = root.querySelector('article')!;
    expect([body.getAttribute('lang'), body.getAttribute('dir')]).toEqual(['en', 'ltr']);
  });

  it('lays the no-article notice right to left too', () => {
    const { root } = open({ kind: 'no-article' }, { locale: 'ar' });
    expect(root.querySelector('[role="dialog"]')!.getAttribute('dir')).toBe('rtl');
  });

  it('stays left to right in an Arabic browser when the messages are the English fallback', () => {
    const { root } = open({ kind: 'article', article: sampleArticle() }, { locale: 'ar', extra: { t: makeT('en') } });
    const dialog = root.querySelector('[role="dialog"]')!;
    expect([dialog.getAttribute('lang'), dialog.getAttribute('dir')]).toEqual(['en', 'ltr']);
  });
});

describe('options page in Arabic', () => {
  beforeAll(async () => {
    const storage = fakeStorage();
    const event = () => ({ addListener: () => undefined });
    Object.assign(fake.browser, {
      storage: { local: storage.local, sync: storage.sync, onChanged: event() },
      permissions: Object.assign(new FakePermissions(), { onAdded: event(), onRemoved: event() }),
    });
    const html = readFileSync(join(__dirname, '../../src/options/options.html'), 'utf8');
    document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    globalThis.CSS ??= { escape: (s: string) => s.replace(/["\\]/g, '\\$&') } as typeof CSS;
    await import('../../src/options/main');
    for (let i = 0; i < 200 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 5));
  });

  it('is right to left, in Arabic', () => {
    expect(document.body.dataset.ready).toBe('true');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(document.querySelector('h1')!.textContent).toBe(makeT('ar')('optionsTitle'));
  });
});
