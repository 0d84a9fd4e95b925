// Bench-only script run beside the content script (scripts/bench/browser.ts builds it into .bench/, never into
// dist/, and runs it in an isolated world of the page, as the content script is: in Firefox that world sees the
// page's DOM through Xray wrappers, which cost the content script time the page's own world would not pay):
// plain Readability and our engine on the same live document, alternating which goes first. This is the in-page counterpart of node.ts: plain is what any reader mode does
// (clone, `new Readability(clone).parse()`); the engine clones itself and does everything the reader needs.
import { Readability } from '@mozilla/readability';
import { nativeSanitizer } from '../../src/content/native-sanitizer';
import { declutterWith } from '../../src/declutter/index';

export interface InPageTimes {
  /** The first run of each in this world, before any warm-up: what a first click pays (JIT, lazy caches). */
  plainCold: number;
  engineCold: number;
  /** Then `rounds` timed runs of each, alternating. */
  plain: number[];
  engine: number[];
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const plainRun = () => void new Readability(document.cloneNode(true) as Document).parse();
// Exactly as src/content/main.ts calls it.
const engineRun = () => void declutterWith(document, { force: true }, { sanitizer: nativeSanitizer(), copy: 'clone' });

/** `plainFirst` picks who leads the cold runs and the even rounds (the bench alternates it per page). */
export function run(rounds: number, plainFirst: boolean): InPageTimes {
  const first = plainFirst ? time(plainRun) : time(engineRun);
  const second = plainFirst ? time(engineRun) : time(plainRun);
  const plain: number[] = [];
  const engine: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if ((r % 2 === 0) === plainFirst) {
      plain.push(time(plainRun));
      engine.push(time(engineRun));
    } else {
      engine.push(time(engineRun));
      plain.push(time(plainRun));
    }
  }
  return { plainCold: plainFirst ? first : second, engineCold: plainFirst ? second : first, plain, engine };
}
