// Each step against its own fixtures (tests/fixtures/<step-id>/*.html). A fixture says in two leading
// comments what the step must remove (receipt texts) and what must stay: a negative case removes nothing.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/declutter/steps/index';
import { fixture, fixtureNames, runStepOn } from './helpers/fixtures';

function expectation(html: string, label: 'removes' | 'keeps'): string[] {
  const m = new RegExp(`<!--\\s*${label}:\\s*(\\[.*?\\])\\s*-->`, 's').exec(html);
  if (!m) throw new Error(`fixture lacks a "${label}" comment`);
  return JSON.parse(m[1]!) as string[];
}

/** Steps whose fixtures follow the removes/keeps convention (others have their own test files). */
const CONVENTION_STEPS = ['ad-label', 'counter', 'markup-artifact', 'related-links', 'share-widget', 'newsletter'];

describe.each(STEPS.filter((s) => CONVENTION_STEPS.includes(s.id)).map((s) => [s.id, s] as const))('step %s', (id, step) => {
  const names = fixtureNames(id);
  it('has a positive and a negative fixture', () => {
    expect(names.some((n) => n.startsWith('negative--'))).toBe(true);
    expect(names.some((n) => !n.startsWith('negative--'))).toBe(true);
  });
  it.each(names)('%s', (name) => {
    const html = fixture(`${id}/${name}`);
    const { removed, text } = runStepOn(step, html);
    expect(removed.map((r) => r.text).sort()).toEqual(expectation(html, 'removes').sort());
    for (const keep of expectation(html, 'keeps')) expect(text).toContain(keep);
    for (const r of removed) {
      expect(r.step).toBe(id);
      expect(r.kind).toBe(step.kind);
      expect(r.reason.length).toBeGreaterThan(5);
    }
  });
});
