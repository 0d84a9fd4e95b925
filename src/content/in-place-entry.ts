// The in-place bundle (dist/*/in-place.js): registered before content.js on sites in an automatic mode only
// (src/background/site-access.ts, SITE_SCRIPT_FILES). Hands declutterInPlace to content.js (in-place-hook.ts).
import { declutterInPlace } from './in-place';
import { provideInPlace } from './in-place-hook';

provideInPlace(declutterInPlace);
