// The benchmark's metric (src/eval/metric.ts), pinned on cases small enough to compute by hand.
// Description: ../shared/corpus/README.md, "The benchmark's score".
import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokenize } from '../../src/eval/metric';

describe('tokenize', () => {
  it('keeps runs of letters, digits and underscore, case kept; everything else separates', () => {
    expect(tokenize("Hello, world! it's snake_case 42km 3.5")).toEqual(['Hello', 'world', 'it', 's', 'snake_case', '42km', '3', '5']);
  });
  it('treats any script as letters', () => {
    expect(tokenize('Café naïve Ελλάδα Москва')).toEqual(['Café', 'naïve', 'Ελλάδα', 'Москва']);
  });
  it('keeps a CJK run without spaces as one token, split only by punctuation', () => {
    expect(tokenize('東京は晴れ。明日も雨')).toEqual(['東京は晴れ', '明日も雨']);
  });
  it('glues blocks that touch without whitespace or punctuation', () => {
    expect(tokenize('endNext')).toEqual(['endNext']);
    expect(tokenize('end\nNext')).toEqual(['end', 'Next']);
  });
  it('gives nothing for text without word characters', () => {
    expect(tokenize(' — …  !? ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('makes word 4-grams with counts', () => {
    expect([...shingles('a b c d e a b c d')]).toEqual([
      ['a b c d', 2], ['b c d e', 1], ['c d e a', 1], ['d e a b', 1], ['e a b c', 1],
    ]);
  });
  it('makes one shingle of all tokens for 1 to 3 tokens', () => {
    expect([...shingles('one')]).toEqual([['one', 1]]);
    expect([...shingles('one two')]).toEqual([['one two', 1]]);
    expect([...shingles('one, two; three')]).toEqual([['one two three', 1]]);
  });
  it('makes none for no tokens', () => {
    expect(shingles('').size).toBe(0);
    expect(shingles('...').size).toBe(0);
  });
});

describe('scorePage', () => {
  it('scores a perfect page 1 and 1', () => {
    const s = scorePage('a b c d e', 'a b c d e');
    expect(s).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
  });
  it('normalizes tp, fp and fn by their sum', () => {
    // truth {abcd, bcde, cdef}, output {abcd, bcde, cdeg}: tp 2, fp 1, fn 1, over 4
    const s = scorePage('a b c d e f', 'a b c d e g');
    expect(s.tp).toBeCloseTo(0.5);
    expect(s.fp).toBeCloseTo(0.25);
    expect(s.fn).toBeCloseTo(0.25);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
  });
  it('counts repeated shingles as a multiset', () => {
    // truth {abcd: 1}; output a b c d a b c d = {abcd: 2, bcda, cdab, dabc}: tp 1, fp 4
    const s = scorePage('a b c d', 'a b c d\na b c d');
    expect(s.precision).toBeCloseTo(0.2);
    expect(s.recall).toBe(1);
  });
  it('scores short texts as one shingle each', () => {
    expect(scorePage('Hello world', 'hello world')).toMatchObject({ precision: 0, recall: 0 });
    expect(scorePage('Hello world', 'Hello, world!')).toMatchObject({ precision: 1, recall: 1 });
  });
  it('applies the edge rules: fp = fn = 0 is 1, tp = fp = 0 is precision 0, tp = fn = 0 is recall 0', () => {
    expect(scorePage('', '')).toMatchObject({ precision: 1, recall: 1, outputHasShingles: false, truthHasShingles: false });
    expect(scorePage('a b c d', '')).toMatchObject({ precision: 0, recall: 0, outputHasShingles: false, truthHasShingles: true });
    expect(scorePage('', 'a b c d')).toMatchObject({ precision: 0, recall: 0, outputHasShingles: true, truthHasShingles: false });
  });
});

describe('scoreCorpus', () => {
  it('averages precision over pages with output shingles and recall over pages with truth shingles', () => {
    const pages = [
      scorePage('a b c d e', 'a b c d e'), // P 1, R 1
      scorePage('a b c d e', 'a b c d'), // P 1, R 0.5
      scorePage('a b c d e', ''), // no output: only in recall, R 0
      scorePage('', 'x y z'), // no truth: only in precision, P 0
    ];
    const s = scoreCorpus(pages);
    expect(s.precisionPages).toBe(3);
    expect(s.recallPages).toBe(3);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  });
});
