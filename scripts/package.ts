// `npm run package` (after the build it chains): the three release zips in artifacts/.
//   news-declutter-<version>-firefox.zip  dist/firefox as `web-ext build` packs it (scripts/package/firefox.ts)
//   news-declutter-<version>-chrome.zip   dist/chrome, manifest.json at the zip root
//   news-declutter-<version>-source.zip   what AMO reviewers rebuild the Firefox zip from (BUILD.md)
// Every zip is written by scripts/package/zip.ts, so two runs from the same commit give byte-identical files
// (tests/e2e/package.test.ts).

// Zip timestamps are local wall-clock fields: pin the zone before any zip is written (scripts/package/zip.ts).
process.env.TZ = 'UTC';

import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dirFiles } from './package/dir-files';
import { webExtBuildEntries } from './package/firefox';
import { sourceDateEpoch } from './package/source-date';
import { sourceFiles, uncommittedSourceFiles } from './package/source-files';
import { assertBuiltVersion, packageVersion } from './package/version';
import { writeDeterministicZip, type ZipEntries } from './package/zip';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARTIFACTS = 'artifacts';
const NAME = 'news-declutter';

async function main(): Promise<void> {
  const version = packageVersion(root);
  assertBuiltVersion(root, ['dist/firefox', 'dist/chrome'], version);
  const epoch = sourceDateEpoch(root);

  const chrome = dirFiles(join(root, 'dist/chrome'));
  if (!chrome.has('manifest.json')) throw new Error('package: dist/chrome has no manifest.json at its root');
  const zips: [string, ZipEntries][] = [
    ['firefox', await webExtBuildEntries(join(root, 'dist/firefox'))],
    ['chrome', chrome],
    ['source', sourceFiles(root)],
  ];

  mkdirSync(join(root, ARTIFACTS), { recursive: true });
  for (const [kind, entries] of zips) {
    const file = `${ARTIFACTS}/${NAME}-${version}-${kind}.zip`;
    const bytes = writeDeterministicZip(entries, epoch);
    writeFileSync(join(root, file), bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    console.log(`${file}  ${entries.size} files, ${bytes.length} bytes, sha256 ${sha256}`);
  }
  console.log(`package: zip timestamps ${new Date(epoch * 1000).toISOString()} (SOURCE_DATE_EPOCH=${epoch})`);

  const dirty = uncommittedSourceFiles(root);
  if (dirty.length > 0) {
    console.warn(`package: the source zip includes ${dirty.length} file(s) that differ from HEAD, so it is not ` +
      `the commit's source; commit before a release:\n  ${dirty.join('\n  ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
