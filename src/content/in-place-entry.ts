// The in-place bundle (dist/*/in-place.js): what a site in in-place mode registers instead of content.js
// (src/background/registrations.ts): the clutter steps and their word lists, and the site's settings to follow, without
// the reader (a click on such a page injects content.js as on any page). 65 KB, where registering it before
// content.js made 107 KB.
import { autoRun } from './auto-run';
import { declutterInPlace } from './in-place';
import { loadSite, onSiteChanged } from './site-settings';

autoRun({
  loadSite,
  onSiteChanged,
  declutterInPlace: (disabledSteps) => declutterInPlace(document, { disabledSteps }),
}).catch((error: unknown) => console.error('News Declutter: in-place mode failed:', error));
