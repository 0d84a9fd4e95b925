// The run memo (src/declutter/run-memo.ts) keeps the steps' helper answers only while they are true: within one
// runSteps call, until the pipeline removes something, and never outside a run: a helper given no memo keeps nothing.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../src/declutter/node-text';
import { elementsOf } from '../../src/declutter/selectors';
import { leafBlocks } from '../../src/declutter/lines';
import { runSteps } from '../../src/declutter/pipeline';
import { RunMemo } from '../../src/declutter/run-memo';
import type { Finding, Step } from '../../src/declutter/types';

const body = () => new JSDOM('<body><p id="a">One</p><p id="b">Two</p></body>').window.document.body;

describe('run memo', () => {
  it('keeps nothing without a memo', () => {
    const root = body();
    expect(textOf(root)).toBe('OneTwo');
    root.querySelector('#a')!.remove();
    expect(textOf(root)).toBe('Two');
    expect(elementsOf(root, 'p')).toHaveLength(1);
  });

  it('answers again within a run until told a subtree changes', () => {
    const root = body();
    const memo = new RunMemo();
    const b = root.querySelector('#b')!;
    expect(textOf(root, memo)).toBe('OneTwo');
    expect(textOf(b, memo)).toBe('Two');
    const a = root.querySelector('#a')!;
    memo.forgetAround(a.firstChild!);
    a.firstChild!.remove();
    b.append('!');
    // #b was not around the change: its answer stays (a removal is the only change in a run).
    expect(textOf(b, memo)).toBe('Two');
    expect(textOf(root, memo)).toBe('Two!');
    root.querySelector('#b')!.remove();
    expect(textOf(root)).toBe('');
  });

  it('lets a step see what an earlier step of the same run removed', () => {
    const root = body();
    const seen: string[][] = [];
    const look = (take?: string): Step => ({
      id: 'look', kind: 'boilerplate', description: '',
      find: ({ root: r, memo }): Finding[] => {
        seen.push([textOf(r, memo), ...leafBlocks(r, memo).map((el) => el.id), ...elementsOf(r, 'p', memo).map((el) => el.id)]);
        return take ? [{ node: r.querySelector(take)!, reason: 'test' }] : [];
      },
    });
    runSteps(root, { lang: '', steps: [look(), look('#a'), look()] });
    // After the removal: the marker left where #a was is a line of its own (an empty one).
    expect(seen).toEqual([['OneTwo', 'a', 'b', 'a', 'b'], ['OneTwo', 'a', 'b', 'a', 'b'], ['Two', '', 'b', 'b']]);
  });
});
