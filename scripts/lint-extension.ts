// `npm run lint:extension`: web-ext lint on dist/firefox, held to the bar: no errors, and no warnings
// except inside bundled libraries. A warning in a bundled script is traced through the build's hidden source
// map (dist/maps/, scripts/build.ts) to the file it came from; only files under node_modules/ may warn.
// Exits 1 with one line per offending message.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { DIST, MAPS_DIR, ROOT } from './extension-paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export interface LintVerdict {
  errors: LintMessage[];
  /** Warnings in our own code (or that cannot be traced): each one fails the check. */
  ownWarnings: (LintMessage & { source: string })[];
  /** Warnings traced to a bundled library, with the library file they come from. */
  libraryWarnings: (LintMessage & { source: string })[];
}

const LIBRARY = /(^|\/)node_modules\//;

function sourceOf(message: LintMessage): string {
  if (!message.file || message.line === undefined || message.column === undefined) return message.file ?? 'manifest';
  const mapFile = join(MAPS_DIR, `${message.file}.map`);
  if (!existsSync(mapFile)) return message.file;
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap);
  // web-ext reports 1-based lines and 0-based columns, as source maps do.
  const pos = consumer.originalPositionFor({ line: message.line, column: message.column });
  return pos.source ? `${pos.source}:${pos.line}` : message.file;
}

export async function lintExtension(sourceDir = join(DIST, 'firefox')): Promise<LintVerdict> {
  const run = promisify(execFile);
  const bin = join(ROOT, 'node_modules', '.bin', 'web-ext');
  // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
  const { stdout } = await run(bin, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-input'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const report = JSON.parse(stdout) as LintReport;
  const traced = report.warnings.map((w) => ({ ...w, source: sourceOf(w) }));
  return {
    errors: report.errors,
    ownWarnings: traced.filter((w) => !LIBRARY.test(w.source)),
    libraryWarnings: traced.filter((w) => LIBRARY.test(w.source)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const verdict = await lintExtension();
  for (const w of verdict.libraryWarnings) console.log(`library warning (allowed): ${w.code} in ${w.source}`);
  for (const e of verdict.errors) console.error(`error: ${e.code} ${e.file ?? ''} ${e.message}`);
  for (const w of verdict.ownWarnings) console.error(`warning: ${w.code} in ${w.source}: ${w.message}`);
  const failed = verdict.errors.length + verdict.ownWarnings.length;
  console.log(`web-ext lint: ${verdict.errors.length} errors, ${verdict.ownWarnings.length} warnings in our code, ` +
    `${verdict.libraryWarnings.length} in bundled libraries`);
  if (failed) process.exitCode = 1;
}
