// The engine sanitizes its own tree in place (purifySanitizer): the article root and the removed pieces. Each
// piece, cleaned with the others in one pass, must come out as it does cleaned alone, one result each, in order.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { purifySanitizer } from '../../src/declutter/sanitize';

const dom = new JSDOM('');
const win = dom.window as unknown as Window;
const doc = dom.window.document;

/** Elements as the engine holds them: parsed in a document of the window, detached. */
function elements(htmls: string[]): Element[] {
  return htmls.map((h) => {
    const box = doc.createElement('div');
    box.innerHTML = h;
    return box.firstElementChild!;
  });
}

const HOSTILE = [
  ['<p><a href="javascript:alert(1)">x</a></p>', 'javascript'],
  ['<p><img src="data:text/html;base64,PHNjcmlwdD4="></p>', 'data:text'],
  ['<div><img src="x" onerror="alert(1)"><script>alert(2)</script>kept text</div>', 'onerror'],
  ['<div><svg><style><img src=x onerror=alert(1)></style></svg>kept text</div>', 'onerror'],
  ['<div><template><img src=x onerror=alert(1)></template>kept text</div>', 'onerror'],
  ['<aside><form action="https://evil.example"><input name="email"><button formaction="x">Go</button></form><h3>Newsletter</h3></aside>', 'form'],
  ['<p style="position:fixed;inset:0" class="x" id="y">kept text</p>', 'fixed'],
  ['<div><iframe srcdoc="<script>alert(1)</script>"></iframe>kept text</div>', 'iframe'],
] as const;

describe('purifySanitizer', () => {
  const sanitizer = purifySanitizer(win);

  it.each(HOSTILE)('sanitizeTree drops %s where it is', (html, bad) => {
    const [root] = elements([`<div>${html}</div>`]);
    const out = sanitizer.sanitizeTree(root!);
    expect(out.innerHTML).not.toContain(bad);
    if (html.includes('kept text')) expect(out.textContent).toContain('kept text');
  });

  it('sanitizeEach gives one clean piece per element, in order, as each would come out alone', () => {
    const pieces = HOSTILE.map(([html]) => html);
    const out = sanitizer.sanitizeEach(elements(pieces));
    expect(out).toHaveLength(pieces.length);
    out.forEach((html, i) => {
      expect(html).not.toContain(HOSTILE[i]![1]);
      const [alone] = elements([`<div>${pieces[i]!}</div>`]);
      expect(html).toBe(sanitizer.sanitizeTree(alone!).innerHTML);
    });
  });

  it('keeps the marker attribute and safe links', () => {
    const [root] = elements(['<div><p>a<span data-nd-removed="2"></span><a href="https://a.example/" target="_blank">b</a></p></div>']);
    const html = sanitizer.sanitizeTree(root!).innerHTML;
    expect(html).toContain('data-nd-removed="2"');
    expect(html).toContain('href="https://a.example/" rel="noopener noreferrer"');
    expect(html).not.toContain('target');
  });
});
