// Bench-only script run beside the content script (scripts/bench/browser.ts builds it into .bench/, never into
// dist/, and runs it in an isolated world of the page, as the content script is: in Firefox that world sees the
// page's DOM through Xray wrappers, which cost a content script time the page's own world would not pay).
// What it times is plain Readability as any reader mode runs it in the page (clone, `new Readability(clone).parse()`),
// the figure our extraction is compared with. Our extraction itself is timed on the real click, by the content
// script's marks (serialization included): it does not run in the page (src/content/extraction.ts).
import { Readability } from '@mozilla/readability';

export interface InPageTimes {
  /** Plain Readability's first run in this world, before any warm-up: what a content script pays on a click. */
  plainCold: number;
  /** Then `rounds` timed runs of plain Readability. */
  plain: number[];
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const plainRun = () => void new Readability(document.cloneNode(true) as Document).parse();

export function run(rounds: number): InPageTimes {
  const plainCold = time(plainRun);
  const plain: number[] = [];
  for (let r = 0; r < rounds; r++) plain.push(time(plainRun));
  return { plainCold, plain };
}
