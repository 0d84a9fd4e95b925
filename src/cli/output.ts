// Where each result goes under --out-dir: DIR/<input name without .html>.<ext> (DESIGN.md, "The CLI").
import { basename } from 'node:path';

/** Page extensions stripped from the input's name; the longest first so "a.html.gz" gives "a". */
const PAGE_EXTENSIONS = ['.html.gz', '.htm.gz', '.xhtml', '.html', '.htm', '.gz'];
/** The name for '-', which has none. */
export const STDIN_NAME = 'stdin';

export function outputName(input: string, ext: string): string {
  if (input === '-') return `${STDIN_NAME}.${ext}`;
  let name = basename(input);
  const lower = name.toLowerCase();
  const pageExt = PAGE_EXTENSIONS.find((e) => lower.endsWith(e) && lower.length > e.length);
  if (pageExt) name = name.slice(0, -pageExt.length);
  return `${name}.${ext}`;
}
