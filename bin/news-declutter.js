#!/usr/bin/env node
// The `news-declutter` command: a thin loader for the built CLI (src/cli/main.ts → dist/node/cli.js).
// When the build is missing, one line says how to make it instead of a module-not-found stack.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/node/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('news-declutter: the CLI is not built yet; run `npm run build` in the package folder\n');
  process.exit(1);
}
const { cli } = await import(built.href);
cli();
