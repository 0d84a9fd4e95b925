// sanitizeEach (one DOMPurify pass for all receipts) must give what sanitizeHtml gives piece by piece.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeEach, sanitizeHtml } from '../../src/declutter/sanitize';

const win = new JSDOM('').window as unknown as Window;

describe('sanitizeEach', () => {
  it('equals sanitizing each piece alone, hostile pieces included', () => {
    const pieces = [
      '<p>Advertisement</p>',
      '<li><a href="javascript:alert(1)">Share</a></li>',
      '<td>out of its table</td>',
      '<div><img src="x" onerror="alert(1)"><script>alert(2)</script>kept text</div>',
      '<aside><form><input name="email"></form><h3>Newsletter</h3></aside>',
      '<p>unclosed <b>bold</p>',
    ];
    expect(sanitizeEach(pieces, win)).toEqual(pieces.map((p) => sanitizeHtml(p, win)));
  });

  it('falls back to one by one when a piece does not stay in its wrapper', () => {
    const pieces = ['<p>one</p>', '</div><p>escapes its wrapper</p><div>', '<p>three</p>'];
    expect(sanitizeEach(pieces, win)).toEqual(pieces.map((p) => sanitizeHtml(p, win)));
  });
});
