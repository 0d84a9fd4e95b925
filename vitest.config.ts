import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (Node + jsdom, in parallel) and end-to-end tests in real browsers
// (one file at a time: two browsers on a 2-core machine is already the whole machine).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The reader's stylesheet is imported as text (src/shared/reader-style.ts): tests see the real CSS, not
          // vitest's empty stand-in.
          css: true,
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
