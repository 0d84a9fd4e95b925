// The CLI's exit codes (DESIGN.md, "The CLI") and the one error type that carries them to main.ts.
// Every failure the CLI expects becomes a CliError with a one-line message; main.ts prints it without a stack.

export const EXIT_OK = 0;
/** Bad usage or unreadable input. */
export const EXIT_FAILURE = 1;
/** The page holds no article (`--force` extracts anyway). */
export const EXIT_NO_ARTICLE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FAILURE | typeof EXIT_NO_ARTICLE;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: ExitCode = EXIT_FAILURE) {
    super(message);
    this.name = 'CliError';
  }
}

/** One line, whatever was thrown: the message's first line, never a stack. */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? `${err.message || err.name}` : String(err);
  const first = text.split(/\r?\n/u).find((l) => l.trim()) ?? 'unknown error';
  return first.trim();
}
