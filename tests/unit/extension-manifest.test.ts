// The built manifests (scripts/manifest.ts): one top-level manifest.json plus a per-browser overlay.
// Checks what each browser needs and what the extension must never ask for (DESIGN.md, Security).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, ICON_SIZES, TARGETS } from '../../scripts/manifest';

const ROOT = join(import.meta.dirname, '..', '..');
/** Every catalog; tests/unit/locales.test.ts checks that each language the engine reads has one. */
const LOCALES = readdirSync(join(ROOT, '_locales')).sort();
/** Chrome Web Store limit for the manifest description. */
const MAX_DESCRIPTION = 132;

type Messages = Record<string, { message: string; description?: string }>;
const messages = (lang: string): Messages =>
  JSON.parse(readFileSync(join(ROOT, '_locales', lang, 'messages.json'), 'utf8')) as Messages;

/** The parts of a built manifest these tests read. */
interface Built {
  manifest_version: number;
  version: string;
  permissions: string[];
  optional_host_permissions: string[];
  host_permissions?: string[];
  content_scripts?: unknown[];
  commands: { _execute_action: { suggested_key: { default: string } } };
  action?: { default_area?: string };
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko: Record<string, unknown> };
}
const built = (target: (typeof TARGETS)[number]) => buildManifest(ROOT, target) as unknown as Built;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('manifests', () => {
  for (const target of TARGETS) {
    const m = built(target);

    it(`${target}: MV3, the four permissions (Chrome: and offscreen), host access only as optional, nothing injected at install`, () => {
      expect(m.manifest_version).toBe(3);
      // Chrome's service worker has no DOM: the extractor runs in an offscreen document (src/platform/index.ts).
      const extra = target === 'chrome' ? ['offscreen'] : [];
      expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus', ...extra]);
      expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(m.host_permissions).toBeUndefined();
      expect(m.content_scripts).toBeUndefined();
      expect(m.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
      expect(m.commands._execute_action.suggested_key.default).toBe('Alt+Shift+R');
    });
  }

  it('chrome: a service worker; firefox: background scripts (the extractor first) and the gecko settings AMO requires', () => {
    const chrome = built('chrome');
    const firefox = built('firefox');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['extractor.js', 'background.js'] });
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({
      id: expect.stringMatching(/@/),
      strict_min_version: '148.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('firefox puts the button on the toolbar, one click away, not in the extensions panel; chrome has no such key', () => {
    expect(built('firefox').action?.default_area).toBe('navbar');
    expect(built('chrome').action?.default_area).toBeUndefined();
  });

  it('every icon size exists as a PNG of that size', () => {
    for (const size of ICON_SIZES) expect(pngSize(join(ROOT, 'icons', `icon-${size}.png`))).toEqual([size, size]);
  });
});

describe('_locales', () => {
  const en = messages('en');

  it('has every __MSG_key__ the manifest uses, in every language', () => {
    const used = [...readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const lang of LOCALES) for (const key of used) expect(messages(lang)[key]?.message, `${lang}: ${key}`).toBeTruthy();
  });

  it('holds the same keys in every language, none empty', () => {
    for (const lang of LOCALES) {
      const m = messages(lang);
      expect(Object.keys(m).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(m)) expect(value.message.trim(), `${lang}: ${key}`).not.toBe('');
    }
  });

  it(`keeps the store description within ${MAX_DESCRIPTION} characters`, () => {
    for (const lang of LOCALES) expect(messages(lang).extensionDescription!.message.length, lang).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });
});

describe('STYLE rule 7: one platform module', () => {
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []);
  }

  it('imports webextension-polyfill only in src/platform/', () => {
    const offenders = sources(join(ROOT, 'src'))
      .filter((file) => !file.includes(`${join('src', 'platform')}`))
      .filter((file) => /from\s+['"]webextension-polyfill['"]|require\(['"]webextension-polyfill['"]\)/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
