// One version everywhere: package.json is the source (scripts/manifest.ts copies it into each built manifest),
// so a built manifest that says otherwise means dist/ is stale, and packaging it would ship a zip whose name
// and manifest disagree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function readVersion(path: string): unknown {
  return (JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }).version;
}

/** Store version strings: one to four dot-separated integers without leading zeros (Chrome's and AMO's rule). */
const STORE_VERSION = /^(0|[1-9]\d{0,8})(\.(0|[1-9]\d{0,8})){0,3}$/u;

export function packageVersion(root: string): string {
  const version = readVersion(join(root, 'package.json'));
  if (typeof version !== 'string' || !STORE_VERSION.test(version)) {
    throw new Error(`package: package.json version ${JSON.stringify(version)} is not a store version (1 to 4 dot-separated integers)`);
  }
  return version;
}

/** Throws, naming the file and the fix, unless manifest.json in each built folder carries `version`. */
export function assertBuiltVersion(root: string, builtDirs: readonly string[], version: string): void {
  for (const dir of builtDirs) {
    const manifest = join(root, dir, 'manifest.json');
    let found: unknown;
    try {
      found = readVersion(manifest);
    } catch (error) {
      throw new Error(`package: cannot read ${dir}/manifest.json (${error instanceof Error ? error.message : error}); run \`npm run build:extension\` first`);
    }
    if (found !== version) {
      throw new Error(`package: ${dir}/manifest.json says version ${JSON.stringify(found)} but package.json says "${version}"; ` +
        'dist/ is stale: run `npm run build:extension` (it copies package.json\'s version into each manifest)');
    }
  }
}
