// Embedded posts (a quoted tweet, a Mastodon or Instagram post) are part of the story when the story quotes
// them: readers of the page see them, and the benchmark's people kept them (../shared/corpus/aeb-dev, nj.com).
// Readability drops them with their wrapper: the wrapper's class looks like clutter ("social-media-embed"
// matches its unlikelyCandidates pattern "social") and, as a <div> of a short text that is mostly links, it
// fails the conditional cleaning that Readability gives every div. On the engine's copy only, a wrapper that holds
// nothing but one quote is unwrapped, and the quote loses its class and id, so Readability judges it as it
// judges any quote in the prose (tests/unit/embedded-posts.test.ts).
import { textOf } from './node-text';
import { firstOf } from './selectors';

/** The wrapper chain between a quote and the story is short: a div or two. */
const MAX_WRAPPER_DEPTH = 3;

/** Wrappers of the page's quotes that hold nothing else, found first (the caller unwraps them after). */
function wrappersOf(quote: Element, body: Element): Element[] {
  const text = textOf(quote);
  const out: Element[] = [];
  let el = quote.parentElement;
  for (let depth = 0; el && el !== body && depth < MAX_WRAPPER_DEPTH; depth++, el = el.parentElement) {
    if (el.tagName !== 'DIV' || textOf(el) !== text) break;
    out.push(el);
  }
  return out;
}

/** `blockquotes`: every quote of the copy (copy.ts lists them), `body` the copy's body. */
export function keepEmbeddedPosts(blockquotes: readonly Element[], body: Element): void {
  const quotes = blockquotes.filter((q) => body.contains(q) && firstOf(q, 'a[href]') && textOf(q));
  const wrappers = quotes.flatMap((q) => wrappersOf(q, body));
  for (const q of quotes) {
    q.removeAttribute('class');
    q.removeAttribute('id');
  }
  for (const w of wrappers) w.replaceWith(...Array.from(w.childNodes));
}
