// The Firefox zip: `web-ext build` chooses the files (its filter leaves out dotfiles, node_modules, nested zips)
// and validates the manifest, as AMO expects. Its zip is then rewritten, same names and same bytes per file,
// because web-ext's writer (zip-dir on JSZip) is not deterministic whatever the files' mtimes are: JSZip
// stamps every entry, directories included, with the current time, and zip-dir adds entries in the order its
// parallel reads finish (node_modules/zip-dir/index.js).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webExt from 'web-ext';
import { readZip, type ZipEntries } from './zip';

export async function webExtBuildEntries(sourceDir: string): Promise<ZipEntries> {
  // A scratch folder, so the non-deterministic intermediate never sits in artifacts/ under a release name.
  const scratch = mkdtempSync(join(tmpdir(), 'news-declutter-web-ext-'));
  try {
    const { extensionPath } = await webExt.cmd.build(
      { sourceDir, artifactsDir: scratch, filename: 'web-ext-build.zip', overwriteDest: true },
      { showReadyMessage: false },
    );
    return readZip(readFileSync(extensionPath));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
