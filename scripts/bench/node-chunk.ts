// One chunk of the Node benchmark, in its own process (node.ts spawns it): jsdom keeps some memory of every
// closed window (~10-20 MB a page here), so a single process over the whole corpus runs out of heap near page
// 100. Prints {timings, failures} as JSON on stdout.
//   tsx scripts/bench/node-chunk.ts --rounds N --offset I id1,id2,…
import { corpusPages } from './corpus';
import { benchPage, type PageTiming } from './node';

const args = process.argv.slice(2);
const value = (name: string) => args[args.indexOf(name) + 1] ?? '';
const rounds = Number(value('--rounds'));
const offset = Number(value('--offset'));
const ids = new Set((args[args.length - 1] ?? '').split(','));
const pages = corpusPages({ articlesOnly: true }).filter((p) => ids.has(p.id));

const timings: PageTiming[] = [];
const failures: { id: string; error: string }[] = [];
pages.forEach((page, i) => {
  try {
    timings.push(benchPage(page, rounds, offset + i));
  } catch (err) {
    failures.push({ id: page.id, error: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
  }
});
process.stdout.write(JSON.stringify({ timings, failures }));
