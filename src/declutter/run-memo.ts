// Answers that the steps' helpers (selectors.ts, text-lengths.ts, node-text.ts, lines.ts, normalize.ts) already gave
// during one pipeline run. Nineteen steps walk the same article: without these each would list its elements, find
// its lines and collapse the same texts again, and most steps find nothing on most pages, so the answers stay true from one step to the next
// (npm run bench). Steps stay pure: they only read. Every answer about the tree is keyed by a node and depends
// only on that node's subtree, so when the pipeline removes something it forgets the answers of the removed
// node's ancestors, and the rest stay true. Outside a run nothing is kept: in-place mode reads a live page that
// changes under it. The two runs are runSteps (pipeline.ts) and the related-link collection on the copy
// (related.ts), which only reads and ends before Readability changes the copy.

interface Memo {
  /** Answers about a node's subtree, keyed by the node: forgotten when the subtree changes. */
  tree: Map<string, Map<Node, unknown>>;
  /** Answers about strings alone (normalizeWords): true for the whole run. */
  run: Map<string, Map<unknown, unknown>>;
}

let memo: Memo | null = null;

/** Runs fn with a fresh memo, and drops it after (even on a throw). */
export function withRunMemo<T>(fn: () => T): T {
  const outer = memo;
  memo = { tree: new Map(), run: new Map() };
  try {
    return fn();
  } finally {
    memo = outer;
  }
}

/** Forgets the answers about every subtree that holds node (node and its ancestors): node is about to change. */
export function forgetAround(node: Node): void {
  if (!memo) return;
  for (let n: Node | null = node; n; n = n.parentNode) for (const t of memo.tree.values()) t.delete(n);
}

/** The named table of the current run, or null outside one (then the caller computes as usual): answers about
 * the subtree of each key. */
export function runTable<K extends Node, V>(name: string): Map<K, V> | null {
  return table(name, 'tree') as Map<K, V> | null;
}

/** A table of answers about strings alone (normalizeWords): true for the whole run. */
export function runStringTable<V>(name: string): Map<string, V> | null {
  return table(name, 'run') as Map<string, V> | null;
}

function table(name: string, about: 'tree' | 'run'): Map<unknown, unknown> | null {
  if (!memo) return null;
  const tables: Map<string, Map<unknown, unknown>> = memo[about];
  let t = tables.get(name);
  if (!t) tables.set(name, (t = new Map()));
  return t;
}
