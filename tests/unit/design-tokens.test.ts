// The design tokens (src/shared/design-tokens.css) the reader, the options page and the welcome page share: each
// theme declares the same colours, text on every background of its theme is readable (WCAG AA, 4.5:1), and the
// system theme's dark values are the dark theme's (one set written twice, for two media queries).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'shared', 'design-tokens.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** WCAG AA for body text. */
const MIN_CONTRAST = 4.5;
const TEXT = ['--nd-fg', '--nd-muted', '--nd-accent', '--nd-danger'];
const BACKGROUNDS = ['--nd-bg', '--nd-surface', '--nd-raised'];

/** The custom properties of the first rule whose selector contains `selector`. */
function block(selector: string): Record<string, string> {
  const at = CSS.indexOf(selector);
  if (at < 0) throw new Error(`no rule for ${selector}`);
  const body = CSS.slice(CSS.indexOf('{', at) + 1, CSS.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/(--nd-[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const light = block(':root, .nd-root {');
const THEMES = { light, dark: { ...light, ...block('[data-theme="dark"]') }, sepia: { ...light, ...block('[data-theme="sepia"]') } };

describe('design tokens', () => {
  it.each(Object.entries(THEMES))('%s: every text colour reads on every background', (_, tokens) => {
    for (const fg of TEXT) {
      for (const bg of BACKGROUNDS) {
        expect(contrast(tokens[fg]!, tokens[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }
    }
  });

  it('the dark and sepia themes set every colour the light one has', () => {
    const colours = Object.keys(light).filter((k) => /^#/.test(light[k]!));
    for (const theme of ['[data-theme="dark"]', '[data-theme="sepia"]']) expect(Object.keys(block(theme))).toEqual(expect.arrayContaining(colours));
  });

  it("following the system in the dark gives the dark theme's values", () => {
    expect(block(':root:not([data-theme])')).toEqual(block('[data-theme="dark"]'));
  });
});
