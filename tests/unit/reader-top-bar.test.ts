// The reader's top bar names the page's real host, where users expect the origin: a page writes its own site
// name (`og:site_name`) and can claim to be any site there. That name stays the article's kicker, where it is
// the article's own claim. tests/fixtures/hostile/site-name.html is such a page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageHost } from '../../src/content/reader/index';
import { declutterHtml } from '../../src/node/index';
import { makeDom, open, sampleArticle } from './reader-helpers';

const SPOOF = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile', 'site-name.html'), 'utf8');

const topBar = (root: ShadowRoot) => root.querySelector('.nd-toolbar-site')?.textContent;
const kicker = (root: ShadowRoot) => root.querySelector('.nd-site')?.textContent;

describe('the top bar', () => {
  it('shows the host the page was loaded from, not the site name the page claims', () => {
    const article = declutterHtml(SPOOF, { url: 'https://login.attacker.example/check' });
    expect(article?.siteName).toBe('bank.example — Official');
    const { root } = open({ kind: 'article', article: article! }, {
      dom: makeDom('<!doctype html><html><body></body></html>', 'https://login.attacker.example/check'),
    });
    expect(topBar(root)).toBe('login.attacker.example');
    // The kicker above the title is the article's own claim, and still shows it.
    expect(kicker(root)).toBe('bank.example — Official');
  });

  it('shows an internationalized host as punycode, so a look-alike name cannot pass for another', () => {
    const { root } = open({ kind: 'article', article: sampleArticle({ siteName: 'Bank' }) }, {
      dom: makeDom('<!doctype html><html><body></body></html>', 'https://b\u0430nk.example/news'),
    });
    // The second letter is Cyrillic (U+0430): the address bar shows this host as punycode too.
    expect(topBar(root)).toBe('xn--bnk-6cd.example');
  });

  it('names pages without a host by their scheme', () => {
    const doc = makeDom('<!doctype html><html><body></body></html>', 'file:///home/me/saved.html').window.document;
    expect(pageHost(doc)).toBe('file:');
  });
});
