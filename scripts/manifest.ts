// Builds each browser's manifest from the one top-level manifest.json plus that browser's overlay in
// manifests/<browser>.json (STYLE rule 7: browser differences live in the overlays and the platform module).
// The version comes from package.json so there is one place to bump it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TARGETS = ['chrome', 'firefox'] as const;
export type Target = (typeof TARGETS)[number];

/** Every icon size the manifest lists; `npm run icons` renders exactly these from icons/icon.svg. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** The options page, written separately (src/options/); the manifest lists it only once it exists. */
export const OPTIONS_HTML = 'src/options/options.html';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; anything else in the overlay replaces the base value (arrays included). */
export function mergeManifest(base: JsonObject, overlay: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) ? mergeManifest(current, value) : value;
  }
  return out;
}

function readJson(path: string): JsonObject {
  const value = JSON.parse(readFileSync(path, 'utf8')) as Json;
  if (!isObject(value)) throw new Error(`${path}: expected a JSON object`);
  return value;
}

export function buildManifest(root: string, target: Target): JsonObject {
  const pkg = readJson(join(root, 'package.json'));
  const manifest = mergeManifest(readJson(join(root, 'manifest.json')), readJson(join(root, 'manifests', `${target}.json`)));
  manifest.version = pkg.version ?? '0.0.0';
  manifest.options_ui = { page: 'options/options.html', open_in_tab: true };
  return manifest;
}
