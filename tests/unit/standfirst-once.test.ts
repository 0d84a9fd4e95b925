// The standfirst (the summary under the headline, repeated in the page's description) is article text: the reader
// shows no excerpt, so it must appear exactly once, in `text` and in every CLI format (tests/fixtures/cli/standfirst.html).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declutterHtml } from '../../src/node/index';
import { FIXTURES, runCli } from './cli-helpers';

const page = join(FIXTURES, 'standfirst.html');
const STANDFIRST = 'The island keeps its winter crossing after a close vote in the harbour council.';
const count = (s: string) => s.split(STANDFIRST).length - 1;

describe('the standfirst', () => {
  it('appears once in the engine\'s text and content', () => {
    const article = declutterHtml(readFileSync(page, 'utf8'), { url: 'https://news.example.org/island/ferry' })!;
    expect(count(article.text)).toBe(1);
    expect(count(article.contentHtml)).toBe(1);
  });

  it.each(['text', 'markdown', 'html'])('appears once in --format %s', async (format) => {
    const r = await runCli([page, '--url', 'https://news.example.org/island/ferry', '--format', format]);
    expect(r.code).toBe(0);
    expect(count(r.stdout)).toBe(1);
  });
});
