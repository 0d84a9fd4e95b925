// A step file that is not registered never runs (STYLE.md rule 1): every file in steps/ is listed,
// its exported id is its file name, and ids are unique.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STEP_IDS, STEPS } from '../../src/declutter/steps/index';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/declutter/steps');

describe('step registry', () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

  it('lists every step file', async () => {
    const ids = STEPS.map((s) => s.id).sort();
    expect(ids).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('uses the file name as id, in the module and in the step object', async () => {
    for (const f of files) {
      const mod = (await import(path.join(dir, f))) as { id: string; step: { id: string } };
      const name = f.replace(/\.ts$/, '');
      expect(mod.id).toBe(name);
      expect(mod.step.id).toBe(name);
    }
  });

  it('has the same ids, in the same order, as the data list the content script and the menus read', () => {
    expect(STEPS.map((s) => s.id)).toEqual(STEP_IDS);
  });

  it('has unique ids and a description for each', () => {
    expect(new Set(STEPS.map((s) => s.id)).size).toBe(STEPS.length);
    for (const s of STEPS) expect(s.description.length).toBeGreaterThan(10);
  });
});
