// The one timestamp every zip entry carries, so two packages of the same commit are byte-identical.
// Follows the reproducible-builds convention (https://reproducible-builds.org/specs/source-date-epoch/):
// SOURCE_DATE_EPOCH if the caller sets it, else the commit time of HEAD, else a constant (a tree without git,
// such as the unpacked source zip an AMO reviewer rebuilds from).
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

/** 2020-01-01T00:00:00Z: any fixed value works; this one is well inside the zip format's 1980–2107 range. */
export const FALLBACK_EPOCH = 1_577_836_800;

/** Zip (DOS) timestamps cannot say anything before 1980-01-01T00:00:00Z or after 2107. */
const DOS_MIN_EPOCH = 315_532_800;
const DOS_MAX_EPOCH = 4_354_819_198;

function gitCommitEpoch(root: string): number | undefined {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // Only this project's own repository counts: an unpacked source zip inside someone else's checkout must not
    // take that checkout's commit time.
    if (realpathSync(git('rev-parse', '--show-toplevel')) !== realpathSync(root)) return undefined;
    return Number(git('log', '-1', '--format=%ct'));
  } catch {
    return undefined;
  }
}

export function sourceDateEpoch(root: string, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env.SOURCE_DATE_EPOCH;
  const epoch = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : (gitCommitEpoch(root) ?? FALLBACK_EPOCH);
  if (!Number.isInteger(epoch)) throw new Error(`package: SOURCE_DATE_EPOCH must be whole seconds, got "${fromEnv}"`);
  return Math.min(Math.max(epoch, DOS_MIN_EPOCH), DOS_MAX_EPOCH);
}
