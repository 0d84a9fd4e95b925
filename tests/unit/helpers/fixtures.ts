// Loading fixtures and running one step on them, for the step tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { runSteps } from '../../../src/declutter/pipeline';
import type { Removal, Step } from '../../../src/declutter/types';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export function fixture(relPath: string): string {
  return fs.readFileSync(path.join(FIXTURES, relPath), 'utf8');
}

export function fixtureNames(dir: string): string[] {
  return fs.readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith('.html')).sort();
}

export interface StepRun {
  removed: Removal[];
  /** The fragment's text after the step, whitespace-collapsed. */
  text: string;
  root: Element;
}

/** Runs one step over a fixture's <body>, as the pipeline does over Readability's article. */
export function runStepOn(step: Step, html: string): StepRun {
  const dom = new JSDOM(html);
  const root = dom.window.document.body;
  const removed = runSteps(root, { lang: '', steps: [step] });
  return { removed, text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(), root };
}
