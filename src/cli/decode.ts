// Bytes of a saved page → its text. Pages saved from the web are not all UTF-8: honour a byte-order mark, then
// a <meta charset> near the top (where the HTML spec says browsers look), else UTF-8. Undecodable bytes become
// U+FFFD rather than an error: a page with a few bad bytes is still worth reading.
import { gunzipSync } from 'node:zlib';
import { CliError } from './errors';

/** The HTML spec's prescan looks at the first 1024 bytes; saved pages often carry a long comment first. */
const CHARSET_SNIFF_BYTES = 4096;
/** Bytes looked at to tell a page from binary data. */
const BINARY_SNIFF_BYTES = 8192;
/** Share of control characters (outside tab, newline, carriage return, form feed) above which it is not text. */
const MAX_CONTROL_SHARE = 0.1;

const GZIP_MAGIC = [0x1f, 0x8b];

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Gunzip with an output cap, so a small bomb cannot fill memory. */
export function gunzip(bytes: Uint8Array, maxBytes: number, name: string): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(name, maxBytes, 'unpacked');
    throw new CliError(`${name}: not a readable gzip file (${(err as Error).message})`);
  }
}

export function tooLarge(name: string, maxBytes: number, what = 'is'): CliError {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return new CliError(
    `${name} ${what === 'is' ? 'is' : `${what} is`} larger than ${mb} MB, the input limit; ` +
      `raise it with NEWS_DECLUTTER_MAX_MB=<megabytes> if you have the memory`,
  );
}

function bomCharset(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function metaCharset(b: Uint8Array): string | null {
  const head = Buffer.from(b.subarray(0, CHARSET_SNIFF_BYTES)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

export function decodePage(bytes: Uint8Array, name: string): string {
  const bom = bomCharset(bytes);
  // UTF-16 pages are full of NUL bytes: only sniff for binary data when there is no UTF-16 mark.
  if (!bom?.startsWith('utf-16') && looksBinary(bytes)) {
    throw new CliError(`${name}: binary data, not an HTML page`);
  }
  const declared = bom ?? metaCharset(bytes);
  // A UTF-16 <meta> in a file read as bytes is a lie (it would have NUL bytes); treat it as UTF-8.
  const charset = declared && !(declared.startsWith('utf-16') && !bom) ? declared : 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown label: the spec's fallback would be windows-1252, UTF-8 is likelier today
  }
  const text = decoder.decode(bytes);
  if (!text.trim()) throw new CliError(`${name}: empty page`);
  return text;
}
