// Answers that the steps' helpers (selectors.ts, text-lengths.ts, node-text.ts, lines.ts, normalize.ts) already gave
// during one pipeline run. Nineteen steps walk the same article: without these each would list its elements, find
// its lines and collapse the same texts again, and most steps find nothing on most pages, so the answers stay true from one step to the next
// (npm run bench). Steps stay pure: they only read. Every answer about the tree is keyed by a node and depends
// only on that node's subtree, so when the pipeline removes something it forgets the answers of the removed
// node's ancestors, and the rest stay true. Outside a run nothing is kept: in-place mode reads a live page that
// changes under it. The two runs are runSteps (pipeline.ts) and the related-link collection on the copy
// (related.ts), which only reads and ends before Readability changes the copy.
//
// The memo is a value, not module state: each run creates one, steps get it as StepInput.memo, and every
// memoizing helper takes it as an optional last argument. A helper called without one (in-place mode, tests,
// code outside a run) computes its answer and keeps nothing, so no answer can outlive its run.

export class RunMemo {
  /** Answers about a node's subtree, keyed by the node: forgotten when the subtree changes. */
  private readonly trees = new Map<string, Map<Node, unknown>>();
  /** Answers about strings alone (normalizeWords): true for the whole run. */
  private readonly stringTables = new Map<string, Map<string, unknown>>();

  /** The named table of answers about the subtree of each key. */
  tree<K extends Node, V>(name: string): Map<K, V> {
    return table(this.trees, name) as Map<K, V>;
  }

  /** The named table of answers about strings alone (normalizeWords): true for the whole run. */
  string<V>(name: string): Map<string, V> {
    return table(this.stringTables, name) as Map<string, V>;
  }

  /** Forgets the answers about every subtree that holds node (node and its ancestors): node is about to change. */
  forgetAround(node: Node): void {
    for (let n: Node | null = node; n; n = n.parentNode) for (const t of this.trees.values()) t.delete(n);
  }
}

function table<K>(tables: Map<string, Map<K, unknown>>, name: string): Map<K, unknown> {
  let t = tables.get(name);
  if (!t) tables.set(name, (t = new Map()));
  return t;
}
