// Renaming a declutter step (its file name in src/declutter/steps/, which is also its per-site settings key)
// is a migration (STYLE.md rule 9): add a row here in the same commit as the rename, and every user's
// per-site switches follow the step at the next background start and in imported files.
// tests/unit/settings-migrations.test.ts runs this with a synthetic rename.

export interface StepRename {
  from: string;
  to: string;
  /** The extension version that made the rename, for the reader of this table. */
  since: string;
}

/** Empty so far: no step has been renamed since per-site settings shipped. */
export const STEP_ID_RENAMES: readonly StepRename[] = [];

/**
 * The ids after every rename, in order, without duplicates (a user who switched off both the old and the new
 * id has one choice). Chains (a→b, then b→c) resolve fully; a cycle stops after one pass over the table.
 */
export function renameStepIds(ids: readonly string[], renames: readonly StepRename[] = STEP_ID_RENAMES): string[] {
  if (renames.length === 0) return [...ids];
  const map = new Map(renames.map((r) => [r.from, r.to]));
  const out: string[] = [];
  for (const id of ids) {
    let cur = id;
    for (let i = 0; i < renames.length && map.has(cur); i++) cur = map.get(cur) as string;
    if (!out.includes(cur)) out.push(cur);
  }
  return out;
}
