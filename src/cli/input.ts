// Reading one input (a file, a gzipped file or stdin) into page text, with a size limit and one-line errors.
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CliError } from './errors';
import { decodePage, gunzip, isGzip, tooLarge } from './decode';

/**
 * jsdom needs up to 200x a page's size in memory and minutes for a big one: measured here, a 20 MB page of
 * paragraphs took 3.5 min and 4 GB, a 50 MB one ran out of a 4 GB heap after 2 min. The corpus's largest real
 * page is 1.6 MB, so 10 MB leaves room for any real page while a huge file fails at once with a way around it.
 */
export const DEFAULT_MAX_MB = 10;
export const MAX_MB_ENV = 'NEWS_DECLUTTER_MAX_MB';

export function maxInputBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[MAX_MB_ENV];
  const mb = raw === undefined ? DEFAULT_MAX_MB : Number(raw);
  if (!Number.isFinite(mb) || mb <= 0) throw new CliError(`${MAX_MB_ENV}="${raw}" is not a positive number of megabytes`);
  return Math.floor(mb * 1024 * 1024);
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file (a parent is not a directory)',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

export function fsReason(err: unknown): string {
  const code = (err as { code?: string }).code ?? '';
  return FS_ERRORS[code] ?? (err instanceof Error ? err.message.split('\n')[0]! : String(err));
}

async function readStream(stream: Readable, maxBytes: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw tooLarge(name, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

async function readPath(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${path}: is a directory`);
    if (info.size > maxBytes) throw tooLarge(path, maxBytes);
    return await readFile(path);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${path}: cannot read (${fsReason(err)})`);
  }
}

/** The page text of one input; '-' reads stdin. */
export async function readInput(input: string, stdin: Readable, maxBytes: number): Promise<string> {
  const name = input === '-' ? 'stdin' : input;
  let bytes = input === '-' ? await readStream(stdin, maxBytes, name) : await readPath(input, maxBytes);
  if (bytes.length === 0) throw new CliError(`${name}: empty file`);
  if (isGzip(bytes)) bytes = gunzip(bytes, maxBytes, name);
  return decodePage(bytes, name);
}
