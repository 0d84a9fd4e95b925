// Page HTML is hostile (DESIGN.md, Security). The engine sanitizes, and the reader rebuilds through its own
// allow-list: these inputs deliberately skip the sanitizer to prove the second gate holds on its own.
import { describe, expect, it } from 'vitest';
import { buildSafeFragment } from '../../src/shared/reader-view/safe-dom';
import { makeDom, open, sampleArticle } from './reader-helpers';

const HOSTILE = [
  '<p>Safe text.</p>',
  '<script>window.__pwned = 1</script>',
  '<img src="x" onerror="window.__pwned = 2" alt="e">',
  '<img src="javascript:alert(3)">',
  '<img src="data:image/svg+xml,<svg onload=alert(4)>">',
  '<a href="javascript:alert(5)">js link</a>',
  '<a href=" JaVaScRiPt:alert(6)">js link 2</a>',
  '<a href="data:text/html,<script>alert(7)</script>">data link</a>',
  '<a href="vbscript:x">vb</a>',
  '<p style="position:fixed;inset:0;background:url(https://evil.example/track)" onclick="alert(8)" class="ad" id="x">styled</p>',
  '<style>.nd-root { display: none }</style>',
  '<iframe src="https://evil.example/frame"></iframe>',
  '<object data="https://evil.example/o"></object><embed src="https://evil.example/e">',
  '<svg><script>alert(9)</script><a xlink:href="javascript:alert(10)"><text>svg</text></a></svg>',
  '<math><mi xlink:href="javascript:alert(11)">m</mi></math>',
  '<form action="https://evil.example"><input name="q"><button formaction="javascript:alert(12)">go</button></form>',
  '<template><img src=x onerror=alert(13)></template>',
  '<noscript><img src=x onerror=alert(14)></noscript>',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<link rel="stylesheet" href="https://evil.example/s.css">',
  '<div><font color="red"><custom-el onmouseover="alert(15)">unwrapped</custom-el></font></div>',
  '<img srcset="javascript:alert(16) 1x, https://img.example/ok.jpg 2x" alt="s">',
  '<!-- <img src=x onerror=alert(17)> -->',
  '<span data-nd-removed="1&quot; onmouseover=&quot;x">bad marker</span>',
].join('');

const FORBIDDEN = [
  /<script/i, /onerror/i, /onclick/i, /onload/i, /onmouseover/i, /javascript:/i, /vbscript:/i, /data:text/i,
  /data:image\/svg/i, /<iframe/i, /<object/i, /<embed/i, /<svg(?![^>]*class="nd-icon")/i, /<math/i, /<form/i,
  /<input/i, /<template/i, /<noscript/i, /<base/i, /<meta/i, /<link/i, /evil\.example/i, /style="/i, /class="ad"/i,
  /id="x"/i, /alert\(/i, /__pwned/i, /<font/i, /<custom-el/i,
];

describe('reader: hostile content never reaches the overlay', () => {
  it('drops scripts, event attributes, unsafe URLs, styles, frames and forms that bypassed the sanitizer', () => {
    const article = sampleArticle({
      title: '<img src=x onerror=alert(1)>',
      byline: '<script>alert(1)</script>',
      contentHtml: HOSTILE,
      removed: [{ kind: 'ad-label', step: 'ad-label', reason: 'r', text: 't', html: HOSTILE, marker: 0 }],
      related: [
        { title: 'evil', url: 'javascript:alert(1)' },
        { title: 'ok', url: 'https://news.example/ok' },
      ],
    });
    const { root, win } = open({ kind: 'article', article });
    // Restore the hostile receipt too: the same gate applies.
    root.querySelector<HTMLButtonElement>('.nd-receipt button')!.click();

    const body = root.querySelector('.nd-body')!;
    for (const re of FORBIDDEN) expect(body.innerHTML, String(re)).not.toMatch(re);
    expect(root.querySelectorAll('style')).toHaveLength(1);
    expect(root.querySelector('.nd-related')!.innerHTML).not.toMatch(/javascript:/i);
    expect(root.querySelectorAll('.nd-related a')).toHaveLength(1);
    // Page text stays text: the title is shown literally, not parsed.
    expect(root.querySelector('h1')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('h1 img')).toBeNull();
    expect(root.querySelector('.nd-byline script')).toBeNull();
    expect(body.textContent).toContain('Safe text.');
    expect(body.textContent).toContain('unwrapped');
    expect(body.querySelector('img[alt="s"]')!.getAttribute('srcset')).toBe('https://img.example/ok.jpg 2x');
    expect(body.querySelector('[data-nd-removed]')).toBeNull();
    expect((win as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps http(s), mailto and relative links (made absolute) and drops bare fragments', () => {
    const doc = makeDom().window.document;
    const box = doc.createElement('div');
    box.append(buildSafeFragment(doc, '<a href="/a">1</a><a href="mailto:x@news.example">2</a><a href="#top">3</a><a href="http://news.example/b">4</a>'));
    expect(Array.from(box.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'https://www.news.example/a', 'mailto:x@news.example', null, 'http://news.example/b',
    ]);
  });

  it('shows an error message as text, never markup', () => {
    const { root } = open({ kind: 'error', message: '<img src=x onerror=alert(1)>Boom' });
    expect(root.querySelector('.nd-error-detail')!.textContent).toBe('<img src=x onerror=alert(1)>Boom');
    expect(root.querySelector('.nd-notice img')).toBeNull();
  });
});
