// The CLI's contract (DESIGN.md, "The CLI"), run in-process: arguments, inputs, exit codes, one-line errors.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/declutter/types';
import { expectCleanStderr, FIXTURES, PAGE_URL, runCli } from './cli-helpers';

const article = join(FIXTURES, 'article.html');
const listing = join(FIXTURES, 'listing.html');
const tmp = () => mkdtempSync(join(tmpdir(), 'nd-cli-'));

describe('cli: json output', () => {
  it('prints the Article object, and nothing on stderr', async () => {
    const r = await runCli([article, '--url', PAGE_URL]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout) as Article;
    expect(Object.keys(a).sort()).toEqual([
      'byline', 'contentHtml', 'dir', 'excerpt', 'lang', 'publishedTime', 'readingMinutes', 'related', 'removed',
      'siteName', 'text', 'title',
    ]);
    expect(a.title).toBe('Harbour town opens its first tide-powered mill in a century');
    expect(a.lang).toBe('en');
    expect(a.publishedTime).toBe('2026-03-14T08:30:00.000Z');
    expect(a.text).toContain('Volunteers spent four winters');
    expect(a.text).not.toMatch(/^Advertisement$/mu);
    expect(a.related).toEqual([
      { title: 'The harbour wall that held through the winter storms', url: 'https://news.example.org/2026/02/harbour-wall' },
    ]);
    expect(a.removed.map((x) => x.kind)).toEqual(expect.arrayContaining(['ad-label', 'related-link']));
    expect(a.contentHtml).toContain('src="https://news.example.org/images/mill-wheel.jpg"');
  });

  it('reads - from stdin', async () => {
    const r = await runCli(['-', '--url', PAGE_URL], readFileSync(article));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Article).title).toContain('tide-powered mill');
  });

  it('reads gzipped pages', async () => {
    const dir = tmp();
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(article)));
    const r = await runCli([gz, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Volunteers spent four winters');
  });

  it('extracts pages with unclosed tags', async () => {
    const r = await runCli([join(FIXTURES, 'unclosed.html'), '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The later crossing leaves the mainland');
    expect(r.stdout).toContain('Unclosed bold text that runs on');
  });
});

describe('cli: no article', () => {
  it('exits 2 with one line on stderr', async () => {
    const r = await runCli([listing]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectCleanStderr(r.stderr);
    expect(r.stderr).toMatch(/listing\.html: no article.*--force/u);
  });

  it('--force extracts anyway', async () => {
    const r = await runCli([listing, '--force', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Westerby News');
  });
});

describe('cli: bad usage and unreadable input exit 1 with one line', () => {
  const cases: [string, string[], RegExp][] = [
    ['no input', [], /no input/u],
    ['unknown option', [article, '--frobnicate'], /unknown option --frobnicate/u],
    ['unknown format', [article, '--format', 'pdf'], /unknown format "pdf"/u],
    ['option without value', [article, '--url'], /--url needs a value/u],
    ['relative --url', [article, '--url', 'news/story'], /not an absolute URL/u],
    ['javascript: --url', [article, '--url', 'javascript:alert(1)'], /must be an http\(s\) URL/u],
    ['several inputs without --out-dir', [article, listing], /2 inputs need --out-dir/u],
    ['stdin twice', ['-', '-', '--out-dir', '/tmp'], /stdin '-' can be read only once/u],
    ['missing file', [join(FIXTURES, 'does-not-exist.html')], /does-not-exist\.html: cannot read \(no such file\)/u],
    ['a directory', [FIXTURES], /is a directory/u],
    ['empty file', [join(FIXTURES, 'empty.html')], /empty file/u],
    ['whitespace only', [join(FIXTURES, 'blank.html')], /empty page/u],
  ];
  for (const [name, argv, reason] of cases) {
    it(name, async () => {
      const r = await runCli(argv);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expectCleanStderr(r.stderr);
      expect(r.stderr).toMatch(reason);
    });
  }

  it('binary garbage', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const r = await runCli(['-'], bytes);
    expect(r.code).toBe(1);
    expectCleanStderr(r.stderr);
    expect(r.stderr).toMatch(/stdin: binary data/u);
  });

  it('a corrupt gzip file', async () => {
    const r = await runCli(['-'], Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5]));
    expect(r.code).toBe(1);
    expectCleanStderr(r.stderr);
    expect(r.stderr).toMatch(/not a readable gzip file/u);
  });

  it('input over the size limit names the limit and the way around it', async () => {
    const r = await runCli(['-'], `<p>${'x'.repeat(2 * 1024 * 1024)}</p>`, { NEWS_DECLUTTER_MAX_MB: '1' });
    expect(r.code).toBe(1);
    expectCleanStderr(r.stderr);
    expect(r.stderr).toMatch(/larger than 1 MB.*NEWS_DECLUTTER_MAX_MB=/u);
  });
});

describe('cli: --out-dir', () => {
  it('writes one file per input, carries on past a bad one, and exits with the worst code', async () => {
    const dir = tmp();
    const gz = join(dir, 'packed.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(article)));
    const out = join(dir, 'out');
    const missing = join(FIXTURES, 'missing.html');
    const r = await runCli([article, missing, gz, listing, '--out-dir', out, '--format', 'markdown']);
    expect(r.code).toBe(1); // unreadable input outranks no article
    expectCleanStderr(r.stderr, 2);
    expect(r.stderr).toMatch(/missing\.html: cannot read/u);
    expect(r.stderr).toMatch(/listing\.html: no article/u);
    expect(readdirSync(out).sort()).toEqual(['article.md', 'packed.md']);
    expect(readFileSync(join(out, 'article.md'), 'utf8')).toMatch(/^# Harbour town/u);
  });

  it('exits 2 when the only failure is a page without an article', async () => {
    const out = join(tmp(), 'out');
    const r = await runCli([article, listing, '--out-dir', out, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(readdirSync(out)).toEqual(['article.json']);
  });

  it('never lets two inputs write the same file', async () => {
    const dir = tmp();
    const r = await runCli([article, article, '--out-dir', dir, '--format', 'text']);
    expect(r.code).toBe(1);
    expectCleanStderr(r.stderr);
    expect(r.stderr).toMatch(/already written by an earlier input/u);
    expect(readdirSync(dir)).toEqual(['article.txt']);
  });
});

describe('cli: --help and --version', () => {
  it('prints usage', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: news-declutter <file\.html…\|->/u);
  });
  it('prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/u);
  });
});
