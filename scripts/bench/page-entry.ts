// Bench-only script run beside the content script (scripts/bench/browser.ts builds it into .bench/, never into
// dist/, and runs it in an isolated world of the page, as the content script is: in Firefox that world sees the
// page's DOM through Xray wrappers, which cost a content script time the page's own world would not pay).
// What it times is plain Readability as any reader mode runs it in the page (clone, `new Readability(clone).parse()`),
// the figure our extraction is compared with. Our extraction itself is timed on the real click, by the content
// script's marks: it no longer runs in the page (src/content/extraction.ts), only its first half does, the page's
// serialization, timed here too.
import { Readability } from '@mozilla/readability';
import { pageHtml } from '../../src/content/page-html';

export interface InPageTimes {
  /** Plain Readability's first run in this world, before any warm-up: what a content script pays on a click. */
  plainCold: number;
  /** Then `rounds` timed runs of plain Readability, and of the page's serialization as the content script does it. */
  plain: number[];
  serialize: number[];
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const plainRun = () => void new Readability(document.cloneNode(true) as Document).parse();
const serializeRun = () => void pageHtml(document);

export function run(rounds: number): InPageTimes {
  const plainCold = time(plainRun);
  const plain: number[] = [];
  const serialize: number[] = [];
  for (let r = 0; r < rounds; r++) {
    plain.push(time(plainRun));
    serialize.push(time(serializeRun));
  }
  return { plainCold, plain, serialize };
}
