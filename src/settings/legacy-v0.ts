// Schema 0, the layout before per-site keys: one flat object under `settings` in storage.sync (or in
// storage.local when sync failed). It put every site into the one sync item, so a few hundred sites ran into
// the 8 KB item limit; schema 1 moved sites to one local key each. Kept here only so ./migrations.ts can read it.
//
//   settings: {
//     theme: 'light'|'dark'|'sepia'|'system', font: 'serif'|'sans'|'mono',
//     fontSize: number, columnWidth: number, lineHeight: number,
//     autoReaderSites: string[], inPlaceSites: string[], neverSites: string[],
//     skipSteps: { [hostname]: string[] }
//   }
//
// tests/unit/settings-migrations.test.ts (V0_FIXTURE) holds an example.
import { normalizeHostname } from './hostname';
import { defaultGlobal, type GlobalSettings, type SiteMode, type SiteSettings } from './schema';
import { isPlainObject, validateGlobal, validateSite } from './validate';
import { snapStoredReaderPrefs } from './reader-prefs';

export const LEGACY_V0_KEY = 'settings';

export interface V0Conversion {
  global: GlobalSettings;
  sites: Record<string, SiteSettings>;
  /** What could not be carried over as is; the whole old object is kept as a backup either way. */
  problems: string[];
}

function hostList(v: unknown, field: string, problems: string[]): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push(`${field}: not a list`);
    return [];
  }
  const out: string[] = [];
  for (const h of v) {
    const host = typeof h === 'string' ? normalizeHostname(h) : null;
    if (host) out.push(host);
    else problems.push(`${field}: ${JSON.stringify(h)} is not a hostname`);
  }
  return out;
}

/**
 * The v1 settings a v0 object meant. A site listed under several modes gets the most restrictive one
 * (never > in-place > auto-reader): v0 let that happen, and running less than the user allowed is the safe side.
 */
export function convertV0(raw: unknown): V0Conversion {
  const problems: string[] = [];
  if (!isPlainObject(raw)) return { global: defaultGlobal(), sites: {}, problems: ['settings: not an object'] };
  const reader = { theme: raw.theme, font: raw.font, size: raw.fontSize, width: raw.columnWidth, lineHeight: raw.lineHeight };
  const d = defaultGlobal().reader;
  // v0 wrote only the fields the user changed: absent ones are defaults, not problems.
  for (const [k, v] of Object.entries(reader)) if (v === undefined) (reader as Record<string, unknown>)[k] = d[k as keyof typeof d];
  // Its bounds were wider than the reader's: a number out of them is snapped, as the reader showed it.
  const global = validateGlobal({ reader: snapStoredReaderPrefs(reader) }, 'settings.');
  problems.push(...global.problems);

  const sites: Record<string, SiteSettings> = {};
  const modeOf = new Map<string, SiteMode>();
  // Least restrictive first, so a later (more restrictive) list overwrites.
  for (const [field, mode] of [['autoReaderSites', 'auto-reader'], ['inPlaceSites', 'in-place'], ['neverSites', 'never']] as const) {
    for (const host of hostList(raw[field], field, problems)) {
      const before = modeOf.get(host);
      if (before && before !== mode) problems.push(`${host}: listed as ${before} and ${mode}; kept ${mode}`);
      modeOf.set(host, mode);
    }
  }
  const skip = raw.skipSteps === undefined ? {} : raw.skipSteps;
  if (!isPlainObject(skip)) problems.push('skipSteps: not an object');
  const skipMap: Record<string, unknown> = isPlainObject(skip) ? skip : {};
  const hosts = new Set([...modeOf.keys(), ...Object.keys(skipMap).map((h) => normalizeHostname(h) ?? '')]);
  for (const h of Object.keys(skipMap)) if (!normalizeHostname(h)) problems.push(`skipSteps: ${JSON.stringify(h)} is not a hostname`);
  hosts.delete('');
  for (const host of hosts) {
    const stepsRaw = Object.entries(skipMap).find(([h]) => normalizeHostname(h) === host)?.[1];
    const checked = validateSite({ mode: modeOf.get(host) ?? 'off', disabledSteps: stepsRaw ?? [] }, `skipSteps.${host}`);
    problems.push(...checked.problems);
    sites[host] = checked.value;
  }
  const known = ['theme', 'font', 'fontSize', 'columnWidth', 'lineHeight', 'autoReaderSites', 'inPlaceSites', 'neverSites', 'skipSteps'];
  for (const k of Object.keys(raw)) if (!known.includes(k)) problems.push(`settings.${k}: unknown setting`);
  return { global: global.value, sites, problems };
}
