// `npm run package` end to end, in two throwaway copies of the project (so the shared dist/ and artifacts/ are
// never rebuilt under other tests' feet): copy A is the source-zip file list taken from this checkout, copy B is
// unpacked from A's source zip, as an AMO reviewer would. Then:
// - B's `npm run build-for-amo` rebuilds exactly the files of A's Firefox zip (BUILD.md's promise);
// - B's `npm run package` gives the same three zips as A's, byte for byte, from another folder (so no absolute
//   path, time or file order leaks into a build or a zip).
// Three real builds; about 20 s on two cores.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirFiles } from '../../scripts/package/dir-files';
import { sourceFiles } from '../../scripts/package/source-files';
import { readZip } from '../../scripts/package/zip';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);
/** Generous: three builds of the extension on a loaded two-core machine. */
const SLOW = 90_000;
const KINDS = ['firefox', 'chrome', 'source'] as const;
/** What the source zip must never carry: installed or built files. */
const NOT_SOURCE = /^(node_modules|dist|artifacts|\.test-output|eval-report)\//u;

let work: string;
let version: string;
const zipsOf = new Map<'a' | 'b', Map<string, Buffer>>();

function writeTree(dir: string, entries: ReadonlyMap<string, Uint8Array>): void {
  for (const [name, data] of entries) {
    const file = join(dir, ...name.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}

/** Installing would need the network and a minute; the checkout's dependencies are the locked ones. */
function linkDependencies(dir: string): void {
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

async function npmRun(dir: string, script: string): Promise<void> {
  const env = { ...process.env };
  delete env.SOURCE_DATE_EPOCH; // both copies must agree on their own (neither has git: the fallback epoch)
  await run('npm', ['run', '--silent', script], { cwd: dir, env, timeout: SLOW, maxBuffer: 16 * 1024 * 1024 });
}

function readZips(dir: string): Map<string, Buffer> {
  return new Map(KINDS.map((kind) => {
    const name = `news-declutter-${version}-${kind}.zip`;
    return [name, readFileSync(join(dir, 'artifacts', name))];
  }));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('npm run package', () => {
  beforeAll(async () => {
    version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
    work = mkdtempSync(join(tmpdir(), 'news-declutter-package-test-'));
    const a = join(work, 'a');
    const b = join(work, 'b');
    writeTree(a, sourceFiles(repo));
    linkDependencies(a);
    await npmRun(a, 'package');
    zipsOf.set('a', readZips(a));

    writeTree(b, readZip(zipsOf.get('a')!.get(`news-declutter-${version}-source.zip`)!));
    linkDependencies(b);
    await npmRun(b, 'build-for-amo');
    // Kept aside before `package` rebuilds dist/ again.
    writeTree(join(work, 'b-amo'), dirFiles(join(b, 'dist', 'firefox')));
    await npmRun(b, 'package');
    zipsOf.set('b', readZips(b));
  }, 3 * SLOW);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const entries = (kind: (typeof KINDS)[number]) => readZip(zipsOf.get('a')!.get(`news-declutter-${version}-${kind}.zip`)!);
  const manifestOf = (zip: Map<string, Uint8Array>) =>
    JSON.parse(new TextDecoder().decode(zip.get('manifest.json'))) as Record<string, unknown>;

  it('makes the three zips named after package.json\'s version, and they are byte-identical from another folder', () => {
    for (const copy of ['a', 'b'] as const) {
      expect([...zipsOf.get(copy)!.keys()].sort()).toEqual(KINDS.map((kind) => `news-declutter-${version}-${kind}.zip`).sort());
    }
    for (const [name, bytes] of zipsOf.get('a')!) {
      expect(sha256(zipsOf.get('b')!.get(name)!), name).toBe(sha256(bytes));
    }
  });

  it('puts manifest.json at the root of both store zips, with the package version and no source maps', () => {
    for (const kind of ['chrome', 'firefox'] as const) {
      const zip = entries(kind);
      expect(manifestOf(zip).version, kind).toBe(version);
      expect([...zip.keys()].filter((name) => name.endsWith('.map')), kind).toEqual([]);
    }
    expect(manifestOf(entries('chrome')).background).toEqual({ service_worker: 'background.js' });
    expect(manifestOf(entries('firefox')).browser_specific_settings).toBeDefined();
  });

  it('gives reviewers the locked sources and build instructions, and nothing built or installed', () => {
    const names = [...entries('source').keys()];
    for (const needed of ['package.json', 'package-lock.json', 'BUILD.md', 'manifest.json', 'scripts/build.ts']) {
      expect(names).toContain(needed);
    }
    expect(names.some((name) => name.startsWith('src/'))).toBe(true);
    expect(names.filter((name) => NOT_SOURCE.test(name))).toEqual([]);
  });

  it('rebuilds, with BUILD.md\'s `npm run build-for-amo`, exactly the files of the Firefox zip', () => {
    const rebuilt = dirFiles(join(work, 'b-amo'));
    const shipped = entries('firefox');
    expect([...rebuilt.keys()]).toEqual([...shipped.keys()].sort());
    for (const [name, bytes] of shipped) expect(sha256(rebuilt.get(name)!), name).toBe(sha256(bytes));
  });
});
