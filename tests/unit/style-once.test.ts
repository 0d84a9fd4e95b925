// The later parts' sheets (Listen, Save, the resume note): one per part in the root they are drawn in, however often
// the part is drawn again, and none in a page's head unless the part is drawn in the document itself.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PART_STYLE_ATTR, styleOnce } from '../../src/shared/reader-view/style-once';

function page() {
  const { document } = new JSDOM('<!doctype html><html><head></head><body><div id="host"></div></body></html>').window;
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'closed' });
  const panel = shadow.appendChild(document.createElement('section'));
  return { document, shadow, panel };
}

describe('styleOnce', () => {
  it('adds a part\'s sheet to the shadow root once, whatever the number of drawings', () => {
    const { document, shadow, panel } = page();
    styleOnce(panel, 'listen', '.a{color:red}');
    styleOnce(panel, 'listen', '.a{color:red}');
    styleOnce(panel, 'save', '.b{color:blue}');
    expect([...shadow.children].filter((c) => c.localName === 'style').map((s) => [s.getAttribute(PART_STYLE_ATTR), s.textContent])).toEqual([
      ['listen', '.a{color:red}'],
      ['save', '.b{color:blue}'],
    ]);
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
  });

  it('uses the head of a document the part is drawn in, and does nothing for a detached part', () => {
    const { document } = page();
    const inPage = document.body.appendChild(document.createElement('div'));
    styleOnce(inPage, 'resume', '.c{}');
    styleOnce(inPage, 'resume', '.c{}');
    expect(document.head.querySelectorAll(`style[${PART_STYLE_ATTR}="resume"]`)).toHaveLength(1);
    const detached = document.createElement('div');
    styleOnce(detached, 'save', '.d{}');
    expect(document.querySelectorAll(`style[${PART_STYLE_ATTR}="save"]`)).toHaveLength(0);
  });
});
