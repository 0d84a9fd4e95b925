// After `tsc -p tsconfig.node.json`: make the emitted declarations resolve for every consumer. The sources
// import without extensions (moduleResolution "Bundler"); a consumer on "node16"/"nodenext" resolves .d.ts
// imports like ES modules and needs them explicit, so "./types" becomes "./types.js" (which finds types.d.ts).
// Then dist/node/index.d.ts, the path package.json "types" names, points at the emitted entry.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'dist/node';
const TYPES = join(OUT, 'types');
const RELATIVE_IMPORT = /(from\s+['"]|import\(\s*['"])(\.{1,2}\/[^'"]+?)(?<!\.js)(['"])/gu;

for (const entry of readdirSync(TYPES, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  const src = readFileSync(file, 'utf8');
  const fixed = src.replace(RELATIVE_IMPORT, '$1$2.js$3');
  if (fixed !== src) writeFileSync(file, fixed);
}
writeFileSync(join(OUT, 'index.d.ts'), "export * from './types/node/index.js';\n");
