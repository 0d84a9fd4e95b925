// What goes into the source zip: exactly what an AMO reviewer needs to rebuild dist/firefox with
// `npm ci && npm run build-for-amo` (BUILD.md), and nothing built or installed (no node_modules, dist,
// artifacts, test output). `npm ci` also runs the `prepare` script (the Node build), so its inputs are here too.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dirFiles } from './dir-files';
import { byName } from './zip';

/** Paths relative to the project root; a folder brings every file below it. */
const REQUIRED = [
  'BUILD.md',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.node.json', // `prepare` → build:node
  'vite.node.config.ts', // `prepare` → build:node
  'manifest.json',
  'manifests',
  'src',
  'icons',
  '_locales',
  // Every script, not a list of the build's: a list went stale when the build gained a helper module
  // (scripts/extension-paths.ts), and the source zip then could not rebuild (tests/e2e/package.test.ts).
  // It also brings `npm run package` itself, so the source remakes all three zips.
  'scripts',
] as const;

/** Included when present: they explain the project or change how npm installs, but a build runs without them. */
const OPTIONAL = ['README.md', 'LICENSE', '.npmrc', '.nvmrc'] as const;

/** Paths git ignores (build output, logs) never go in, even when they sit inside an included folder. */
function gitIgnored(root: string, names: readonly string[]): Set<string> {
  if (!existsSync(join(root, '.git'))) return new Set();
  try {
    // --no-index: also skip files a .gitignore names that were committed by mistake.
    const out = execFileSync('git', ['-C', root, 'check-ignore', '--no-index', '--stdin', '-z'], {
      input: names.join('\0'),
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    return new Set(out.split('\0').filter(Boolean));
  } catch {
    return new Set(); // exit 1: nothing is ignored
  }
}

/** Included files that differ from HEAD: the zip is only the commit's source if this is empty. */
export function uncommittedSourceFiles(root: string): string[] {
  if (!existsSync(join(root, '.git'))) return [];
  const paths = [...REQUIRED, ...OPTIONAL].filter((path) => existsSync(join(root, path)));
  const out = execFileSync('git', ['-C', root, 'status', '--porcelain', '--untracked-files=all', '--', ...paths], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean).map((line) => line.slice(3));
}

export function sourceFiles(root: string): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  for (const path of [...REQUIRED, ...OPTIONAL]) {
    const full = join(root, path);
    if (!existsSync(full)) {
      if ((OPTIONAL as readonly string[]).includes(path)) continue;
      throw new Error(`package: ${path} is missing; the source zip could not rebuild the add-on without it`);
    }
    if (statSync(full).isDirectory()) {
      for (const [name, data] of dirFiles(full)) entries.set(`${path}/${name}`, data);
    } else {
      entries.set(path, readFileSync(full));
    }
  }
  const ignored = gitIgnored(root, [...entries.keys()]);
  return new Map([...entries].filter(([name]) => !ignored.has(name)).sort(([a], [b]) => byName(a, b)));
}
