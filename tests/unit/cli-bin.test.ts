// The real command as a user runs it: bin/news-declutter.js → dist/node/cli.js, the engine in a worker thread.
// Slower than the in-process tests (a process and a worker per case), so only what needs the real process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/declutter/types';
import { ensureBuilt, expectCleanStderr, FIXTURES, PAGE_URL, spawnBin } from './cli-helpers';

beforeAll(() => ensureBuilt(), 120_000);

describe('news-declutter (built bin)', () => {
  it('prints the Article JSON for a page', () => {
    const r = spawnBin([join(FIXTURES, 'article.html'), '--url', PAGE_URL, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout) as Article;
    expect(a.title).toBe('Harbour town opens its first tide-powered mill in a century');
    expect(a.related).toHaveLength(1);
  });

  it('reads stdin', () => {
    const r = spawnBin(['-', '--format', 'text'], readFileSync(join(FIXTURES, 'article.html')));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Volunteers spent four winters');
  });

  it('exits 2 for a page without an article, 0 with --force', () => {
    const no = spawnBin([join(FIXTURES, 'listing.html')]);
    expect(no.code).toBe(2);
    expectCleanStderr(no.stderr);
    expect(spawnBin([join(FIXTURES, 'listing.html'), '--force']).code).toBe(0);
  });

  it('exits 1 with one line, no stack, for bad usage and garbage', () => {
    for (const [argv, input] of [
      [['--nope'], undefined],
      [[join(FIXTURES, 'nope.html')], undefined],
      [['-'], Buffer.from([0, 1, 2, 3, 255, 254, 0, 0])],
      [[join(FIXTURES, 'empty.html')], undefined],
    ] as const) {
      const r = spawnBin([...argv], input);
      expect(r.code, r.stderr).toBe(1);
      expectCleanStderr(r.stderr);
    }
  });

  it('stops at the time limit with one line instead of hanging', () => {
    const deep = `<html><body>${'<div>'.repeat(3000)}<p>${'words, '.repeat(60)}</p>${'</div>'.repeat(3000)}</body></html>`;
    const r = spawnBin(['-', '--force'], deep, { NEWS_DECLUTTER_TIMEOUT_S: '0.001' });
    expect(r.code).toBe(1);
    expectCleanStderr(r.stderr);
    expect(r.stderr).toMatch(/stdin: gave up after 0\.001 s \(raise the limit with NEWS_DECLUTTER_TIMEOUT_S=<seconds>\)/u);
  });

  it('--version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(spawnBin(['--version']).stdout.trim()).toBe(pkg.version);
  });
});
