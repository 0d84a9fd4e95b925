// The Node build: the package's main export (dist/node/index.js) and the CLI (dist/node/cli.js) as ES modules.
// An SSR build keeps every dependency external (jsdom, Readability, DOMPurify load from node_modules), so the
// output is small and the build takes about a second. Types come from tsconfig.node.json (tsc, declarations only).
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/node',
    emptyOutDir: true, // vite runs first in `npm run build:node`; tsc then writes dist/node/types
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { index: 'src/node/index.ts', cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
      external: [...builtinModules, /^node:/],
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { target: 'node' },
});
