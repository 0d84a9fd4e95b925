// Dependencies run one way (STYLE.md rule 11): the execution contexts use the libraries, never each other, and a
// library never reaches into a context. Every import under src/ is read from the source (static, dynamic,
// re-exports and side-effect imports) and judged by the top-level folder it starts in and the one it lands in.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

/** Where code runs: the background, the page's content script, the extractor page, the options page, the welcome page, the CLI, the eval tools. */
const CONTEXTS = ['background', 'content', 'extractor', 'options', 'welcome', 'cli', 'eval'] as const;
/** What the contexts share. `node` is the engine's Node entry (the CLI and the eval tools import it). */
const LIBRARIES = ['declutter', 'settings', 'shared', 'platform', 'node'] as const;

/**
 * Imports that break the rule today and are being moved by other work, each as `from-file -> imported-file`
 * (paths under src/). The list may only shrink: an entry that no longer occurs fails the test, so it is removed
 * with the fix.
 */
const KNOWN_VIOLATIONS: readonly string[] = [];

/** Every specifier a TypeScript file imports or re-exports, with or without bindings, static or dynamic. */
function specifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1]!);
  return out;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The file an import resolves to, relative to src/ ("settings/index.ts"), or null for packages. */
function target(fromFile: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return path.relative(SRC, candidate).split(path.sep).join('/');
  }
  return path.relative(SRC, base).split(path.sep).join('/');
}

const top = (rel: string) => rel.split('/')[0]!;

interface Edge { from: string; to: string }

function crossings(): { violations: string[]; edges: Edge[] } {
  const edges: Edge[] = [];
  for (const file of tsFiles(SRC)) {
    const from = path.relative(SRC, file).split(path.sep).join('/');
    for (const spec of specifiers(fs.readFileSync(file, 'utf8'))) {
      const to = target(file, spec);
      if (to !== null) edges.push({ from, to });
    }
  }
  const isContext = (dir: string) => (CONTEXTS as readonly string[]).includes(dir);
  const violations = edges
    .filter(({ from, to }) => top(from) !== top(to) && isContext(top(to)))
    .map(({ from, to }) => `${from} -> ${to}`);
  return { violations: [...new Set(violations)].sort(), edges };
}

describe('dependency directions (STYLE rule 11)', () => {
  const { violations, edges } = crossings();

  it('knows every top-level folder under src/ as a context or a library', () => {
    const dirs = fs.readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(dirs).toEqual([...CONTEXTS, ...LIBRARIES].sort());
  });

  it('reads the imports (a sanity check that the parser sees them)', () => {
    expect(edges.some((e) => e.from === 'background/settings.ts' && e.to === 'settings/index.ts')).toBe(true);
    expect(specifiers(`import type { A } from './a';\nexport * from '../b';\nimport './c';\nconst d = await import('../d');\nimport {\n  e,\n  f,\n} from './e';`))
      .toEqual(['./a', '../b', './c', './e', '../d']);
  });

  it('no context imports another context, and no library imports a context', () => {
    expect(violations.filter((v) => !KNOWN_VIOLATIONS.includes(v))).toEqual([]);
  });

  it('the list of known violations holds only ones that still occur', () => {
    expect(KNOWN_VIOLATIONS.filter((v) => !violations.includes(v))).toEqual([]);
  });
});
