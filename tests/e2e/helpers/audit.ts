// Inspections for the hostile-page suite (tests/e2e/hostile.test.ts). Each function here is serialized and run in
// the page (Driver.inReader / page.evaluate): it may use only its arguments and the page's globals.

/**
 * Everything in the reader's shadow tree that page markup must never become (DESIGN.md, Security): returns one
 * line per problem, empty when the tree is clean. The reader's own UI is allowed its own things: one <style>
 * (its stylesheet), inline custom properties on .nd-root (preferences), icons (svg.nd-icon with one path),
 * buttons and inputs outside the article; the Listen bar, once opened, its own <style> (src/content/listen/styles.ts).
 */
export function auditShadowTree(root: ShadowRoot): string[] {
  const problems: string[] = [];
  const describe = (el: Element) => {
    const cls = el.getAttribute('class');
    return `<${el.localName}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}>`;
  };
  const NEVER = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'link', 'meta', 'base',
    'template', 'noscript', 'math', 'portal', 'video', 'audio', 'marquee', 'textarea', 'use', 'animate', 'set',
    'foreignobject', 'image', 'area', 'map', 'param', 'title', 'slot', 'dialog', 'canvas'];
  const NOT_IN_CONTENT = ['input', 'button', 'select', 'option', 'svg', 'style', 'label'];
  const URL_ATTRS = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'data', 'cite',
    'background', 'ping', 'lowsrc', 'dynsrc', 'codebase', 'archive', 'longdesc', 'usemap', 'manifest', 'icon'];
  const okUrl = (v: string, image: boolean) => {
    const s = v.trim();
    if (image && /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i.test(s)) return true;
    try {
      return ['http:', 'https:', ...(image ? [] : ['mailto:'])].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  };
  // The reader's stylesheet, plus the own styles of parts built later: Listen's, the Save panel's and the resume note's.
  // (src/shared/reader-view/style-once.ts: each a direct child of the shadow root, named by data-nd-style).
  const styles = [...root.querySelectorAll('style')].filter((s) => !(s.parentNode === root && ['listen', 'save', 'resume'].includes(s.getAttribute('data-nd-style') ?? '')));
  if (styles.length !== 1) problems.push(`${styles.length} <style> elements (only the reader's own one may exist)`);
  // Page content lives in the article body, the related list and the Removed drawer's receipts.
  const content = [...root.querySelectorAll('.nd-body, .nd-related, .nd-receipts')];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    // The reader's own <dialog> is the shadow root's top element (src/content/reader/shadow-host.ts).
    const ownDialog = tag === 'dialog' && el.parentNode === root && el.classList.contains('nd-root');
    if (NEVER.includes(tag) && !ownDialog) problems.push(`forbidden element ${describe(el)}`);
    const inContent = content.some((c) => c.contains(el));
    if (inContent && NOT_IN_CONTENT.includes(tag) && !(tag === 'button' && el.closest('.nd-receipt-top'))) {
      problems.push(`page-content ${describe(el)}`);
    }
    if (tag === 'svg' && (el.getAttribute('class') !== 'nd-icon' || el.children.length !== 1 || el.firstElementChild?.localName !== 'path')) {
      problems.push(`svg that is not one of the reader's icons: ${el.outerHTML.slice(0, 120)}`);
    }
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`event attribute ${name} on ${describe(el)}`);
      if (name === 'style' && !el.classList.contains('nd-root')) problems.push(`style attribute on ${describe(el)}: ${attr.value}`);
      // The reader's own ids start with nd- (the related list's heading); the page's never survive.
      const pageId = name === 'id' && !attr.value.startsWith('nd-');
      if (inContent && (pageId || name === 'name' || name === 'form' || name === 'autofocus' || name === 'tabindex')) {
        problems.push(`page attribute ${name}="${attr.value}" on ${describe(el)}`);
      }
      if (inContent && name === 'class' && attr.value.split(/\s+/).some((c) => c && !c.startsWith('nd-'))) {
        problems.push(`page class "${attr.value}" on ${describe(el)}`);
      }
      if (URL_ATTRS.includes(name) || name.endsWith(':href')) {
        const image = (tag === 'img' || tag === 'source') && (name === 'src' || name === 'srcset');
        const urls = name === 'srcset' ? attr.value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0] ?? '') : [attr.value];
        for (const u of urls) if (!okUrl(u, image)) problems.push(`unsafe ${name}="${u.slice(0, 80)}" on ${describe(el)}`);
      }
    }
  }
  return problems;
}

/** What the reader shows, for waiting on it: the title, or the notice's heading when there is no article. */
export function readerHeading(root: ShadowRoot): { title: string; heading: string; paragraphs: number } {
  const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    title: text(root.querySelector('.nd-title')),
    heading: text(root.querySelector('h1')),
    paragraphs: root.querySelectorAll('.nd-body p').length,
  };
}

/**
 * Uses the reader the way a reader does: opens the Removed drawer, restores every removed item, moves focus
 * through the reader with the keyboard's order, scrolls the article to its end. Returns how many items it
 * restored. (Printing is left out on purpose: it opens a blocking dialog.)
 */
export async function interactWithReader(root: ShadowRoot): Promise<number> {
  // Serialized into the page: its helpers live inside it. Each action waits for what it shows to the user.
  const until = async (done: () => boolean) => {
    for (const end = Date.now() + 2_000; !done() && Date.now() < end;) await new Promise((r) => setTimeout(r, 20));
  };
  const drawer = root.querySelector('.nd-drawer');
  root.querySelector<HTMLElement>(`[aria-controls="${drawer?.id ?? 'nd-removed'}"]`)?.click();
  await until(() => !drawer || !drawer.hasAttribute('hidden'));
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.nd-receipt button')];
  for (const b of buttons) b.click();
  await until(() => [...root.querySelectorAll('.nd-receipt')].every((r) => r.getAttribute('data-restored') === 'true'));
  for (const el of root.querySelectorAll<HTMLElement>('.nd-body *')) {
    // Focus and hover events a user's pointer and keyboard would cause (on* attributes would run here).
    el.focus?.();
    for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle']) el.dispatchEvent(new Event(type));
  }
  const scroll = root.querySelector('.nd-scroll');
  if (scroll) {
    scroll.scrollTop = scroll.scrollHeight;
    await until(() => scroll.scrollTop > 0 || scroll.scrollHeight <= scroll.clientHeight);
  }
  return buttons.length;
}

/**
 * Where the reader can be seen and hit: for the centre and four points near the corners of the viewport, whether
 * the browser's hit test lands inside the reader's own dialog (not on the bare host, whose ::before or ::after a
 * page may style, nor on anything of the page). Inert elements are skipped by the hit test: a reader a page modal
 * made inert fails here too. Also the centre of the display settings button, for a real click.
 */
export function readerHitTest(root: ShadowRoot): { inside: boolean[]; button: { x: number; y: number } | null } {
  const dialog = root.querySelector('.nd-root');
  const w = innerWidth;
  const h = innerHeight;
  const points = [[w / 2, h / 2], [8, 8], [w - 8, 8], [8, h - 8], [w - 8, h - 8]];
  const inside = points.map(([x, y]) => {
    const hit = root.elementFromPoint(x!, y!);
    return !!hit && !!dialog && dialog.contains(hit);
  });
  const b = root.querySelector('[aria-controls="nd-settings"]')?.getBoundingClientRect();
  return { inside, button: b ? { x: b.x + b.width / 2, y: b.y + b.height / 2 } : null };
}
