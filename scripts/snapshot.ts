// npm run snapshot -- OUT: the engine's output on every page of ../shared/corpus (aeb-dev, readability-pages and
// daniel-dev), one line a page: its id, the SHA-256 of the Article as JSON (or "null") and that JSON's length.
// A refactoring that must not change behaviour writes one file before and one after; the two must be identical
// (`cmp before.txt after.txt`), and a line that differs names the page to look at. Lines are written as the run
// goes, so a long run shows its progress.
//   npx tsx scripts/snapshot.ts OUT [--only ID-PREFIX]
import { createHash } from 'node:crypto';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { declutterHtml } from '../src/node/index';
import { loadDaniel } from '../src/eval/corpus';
import { CORPUS, corpusPages } from './bench/corpus';

const args = process.argv.slice(2);
const out = args[0];
if (!out || out.startsWith('--')) throw new Error('usage: npx tsx scripts/snapshot.ts OUT [--only ID-PREFIX]');
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : '';

/** daniel-dev pages at the address `npm run eval` reads them at: the site its ground truth names (src/eval/corpus.ts). */
function danielPages(): { id: string; url: string; html(): string }[] {
  return [...loadDaniel(join(CORPUS, 'daniel-dev'))].map((p) => ({ id: `dd/${p.id}`, url: p.url, html: () => p.html }));
}

const pages = [...corpusPages({ articlesOnly: false }), ...danielPages()].filter((p) => p.id.startsWith(only));
writeFileSync(out, '');
for (const page of pages) {
  const json = JSON.stringify(declutterHtml(page.html(), { url: page.url }));
  appendFileSync(out, `${page.id} ${createHash('sha256').update(json).digest('hex')} ${json.length}\n`);
}
console.log(`${pages.length} pages → ${out}`);
