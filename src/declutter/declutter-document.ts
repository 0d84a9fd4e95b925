// The engine with DOMPurify: for Node, jsdom and anything else without the browser's own HTML sanitizer
// (the extension uses declutterWith and src/platform/native-sanitizer.ts instead, and ships no DOMPurify).
import { declutterWith } from './article';
import type { CopyMethod } from './copy';
import { purifySanitizer } from './sanitize';
import type { Article, DeclutterOptions } from './types';

export interface EngineEnv {
  /** The window whose DOMPurify sanitizes (the document's own by default). */
  window?: Window;
  /** How to copy the page (copy.ts); "build", the faster under jsdom, by default. */
  copy?: CopyMethod;
}

export function declutterDocument(doc: Document, options: DeclutterOptions = {}, env: EngineEnv = {}): Article | null {
  const win = env.window ?? doc.defaultView ?? (globalThis as { window?: Window }).window;
  if (!win) throw new Error('declutterDocument needs a window to sanitize with (pass env.window)');
  return declutterWith(doc, options, { sanitizer: purifySanitizer(win), copy: env.copy ?? 'build' });
}
