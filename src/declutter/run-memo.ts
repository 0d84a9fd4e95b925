// Answers that the steps' helpers (dom.ts, lines.ts, normalize.ts) already gave during one pipeline run.
// Nineteen steps walk the same article: each used to list its elements, find its lines and collapse the same
// texts again, and most steps find nothing on most pages, so the answers stay true from one step to the next
// (npm run bench). Steps stay pure: they only read, and the pipeline forgets everything each time it removes
// something. Outside runSteps nothing is kept: in-place mode reads a live page that changes under it, and
// related.ts runs a step on a copy that is then changed.

let tables: Map<string, Map<unknown, unknown>> | null = null;

/** Runs fn with a fresh memo, and drops it after (even on a throw). */
export function withRunMemo<T>(fn: () => T): T {
  const outer = tables;
  tables = new Map();
  try {
    return fn();
  } finally {
    tables = outer;
  }
}

/** Forgets every answer: the tree changed. */
export function forgetRunMemo(): void {
  tables?.clear();
}

/** The named table of the current run, or null outside one (then the caller computes as usual). */
export function runTable<K, V>(name: string): Map<K, V> | null {
  if (!tables) return null;
  let t = tables.get(name);
  if (!t) tables.set(name, (t = new Map()));
  return t as Map<K, V>;
}
