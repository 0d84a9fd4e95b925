// Bench-only script run in the benchmark page's own world (scripts/bench/browser.ts builds it into .bench/, never
// into dist/): plain Readability and our engine on the same live document, in the same JavaScript engine,
// alternating which goes first. This is the in-page counterpart of node.ts: plain is what any reader mode does
// (clone, `new Readability(clone).parse()`); the engine clones itself and does everything the reader needs.
import { Readability } from '@mozilla/readability';
import { declutterDocument } from '../../src/declutter/index';

export interface InPageTimes {
  plain: number[];
  engine: number[];
}

/** Untimed runs of each first, as in node.ts: the JIT and the DOM's lazy caches warm up on them. */
const WARM_UP_ROUNDS = 1;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const plainRun = () => void new Readability(document.cloneNode(true) as Document).parse();
const engineRun = () => void declutterDocument(document, { force: true }, { window });

/** `rounds` timed runs of each; `plainFirst` picks who leads on even rounds (the bench alternates it per page). */
export function run(rounds: number, plainFirst: boolean): InPageTimes {
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    plainRun();
    engineRun();
  }
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
  return { plain, engine };
}
