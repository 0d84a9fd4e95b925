// Command-line parsing for `news-declutter` (DESIGN.md, "The CLI"). Pure: argv in, options or a CliError out.
// Hand-written rather than util.parseArgs so every usage error is our own one-line message.
import { CliError } from './errors';
import { FORMAT_NAMES, type FormatName } from '../shared/formats/index';

export const STDIN_INPUT = '-';

export interface CliOptions {
  inputs: string[];
  url?: string;
  format: FormatName;
  outDir?: string;
  force: boolean;
  help: boolean;
  version: boolean;
}

/** JSON is the engine contract itself, so it is what a script gets when it does not ask. */
export const DEFAULT_FORMAT: FormatName = 'json';

export const USAGE = `Usage: news-declutter <file.html…|-> [--url URL] [--format json|html|text|markdown] [--out-dir DIR] [--force]

Turns saved news pages into clean articles.

  <file.html…>      pages to read (.html or .html.gz); '-' reads one page from stdin
  --url URL         the page's address: resolves relative links and images
  --format FORMAT   json (default: the Article object), html (a standalone page), text, markdown
  --out-dir DIR     write DIR/<name>.<json|html|txt|md> per input (required for several inputs)
  --force           extract even when the page does not look like an article
  -h, --help        show this help
  -V, --version     show the version

Exit status: 0 all pages done; 1 bad usage or unreadable input; 2 a page holds no article.`;

const VALUE_OPTIONS = new Set(['--url', '--format', '--out-dir']);

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { inputs: [], format: DEFAULT_FORMAT, force: false, help: false, version: false };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyInputs || arg === STDIN_INPUT || !arg.startsWith('-')) {
      opts.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined;
    if (VALUE_OPTIONS.has(name)) {
      if (eq > 0 && arg.startsWith('--')) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      if (value === undefined || value === '') throw new CliError(`option ${name} needs a value (see --help)`);
    } else if (eq > 0) {
      throw new CliError(`option ${name} takes no value (see --help)`);
    }
    switch (name) {
      case '--url': opts.url = checkUrl(value!); break;
      case '--format': opts.format = checkFormat(value!); break;
      case '--out-dir': opts.outDir = value; break;
      case '--force': opts.force = true; break;
      case '-h': case '--help': opts.help = true; break;
      case '-V': case '-v': case '--version': opts.version = true; break;
      default: throw new CliError(`unknown option ${name} (see --help)`);
    }
  }
  if (opts.help || opts.version) return opts;
  if (opts.inputs.length === 0) throw new CliError('no input: give one or more .html files, or - for stdin (see --help)');
  if (opts.inputs.filter((i) => i === STDIN_INPUT).length > 1) throw new CliError("stdin '-' can be read only once");
  if (opts.inputs.length > 1 && !opts.outDir) {
    throw new CliError(`${opts.inputs.length} inputs need --out-dir DIR (one output file each)`);
  }
  return opts;
}

function checkFormat(value: string): FormatName {
  const v = value.toLowerCase();
  if ((FORMAT_NAMES as readonly string[]).includes(v)) return v as FormatName;
  throw new CliError(`unknown format "${value}": use one of ${FORMAT_NAMES.join(', ')}`);
}

/** Only absolute http(s) URLs: the engine resolves the page's links against it. */
function checkUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(`--url "${value}" is not an absolute URL (like https://example.com/news/story)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError(`--url "${value}" must be an http(s) URL`);
  }
  return url.href;
}
