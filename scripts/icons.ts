// Renders the toolbar and store icons from the one SVG source (icons/icon.svg) at every size the
// manifests use. Run with `npm run icons` after editing the SVG, and commit the PNGs: the build only copies
// them, so a build never depends on a native renderer.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { ICON_SIZES } from './manifest';

const iconsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
const svg = readFileSync(join(iconsDir, 'icon.svg'), 'utf8');

for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(iconsDir, `icon-${size}.png`), png);
  console.log(`icons/icon-${size}.png`);
}
