// One page's text → the formatted result, in this thread. The CLI runs this inside a worker (isolate.ts) so a
// hostile page's memory or stack blow-up ends as a one-line error; tests and callers may run it directly.
import type { ExitCode } from './errors';
import { CliError, EXIT_FAILURE, oneLine } from './errors';
import { extract, formatContext } from './extract';
import { FORMATS, type FormatName } from '../shared/formats/index';

export interface RenderJob {
  html: string;
  name: string;
  url?: string;
  force: boolean;
  format: FormatName;
}

export type RenderResult = { ok: true; out: string } | { ok: false; message: string; exitCode: ExitCode };

export function renderPage(job: RenderJob): RenderResult {
  try {
    const article = extract(job.html, job.name, { url: job.url, force: job.force });
    return { ok: true, out: FORMATS[job.format].render(article, formatContext) };
  } catch (err) {
    if (err instanceof CliError) return { ok: false, message: err.message, exitCode: err.exitCode };
    return { ok: false, message: `${job.name}: could not format the article (${oneLine(err)})`, exitCode: EXIT_FAILURE };
  }
}

/** How main.ts gets a page rendered: in this thread, or in a worker. */
export type Renderer = {
  render(job: RenderJob): Promise<RenderResult>;
  close(): Promise<void>;
};

export const inThread: Renderer = {
  render: async (job) => renderPage(job),
  close: async () => undefined,
};
