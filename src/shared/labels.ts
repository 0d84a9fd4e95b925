// The _locales keys of the names the options page, the site menu and the reader show for modes and steps.
import type { SiteMode } from '../settings/index';

export const MODE_MESSAGE: Record<SiteMode, string> = {
  off: 'optionsModeOff',
  'auto-reader': 'optionsModeAutoReader',
  'in-place': 'optionsModeInPlace',
  never: 'optionsModeNever',
};

/**
 * A step's display name: key `step` + its id in PascalCase ("related-links" → "stepRelatedLinks"), since
 * message names allow no "-". A step without a translated name shows its id (the settings key users see in
 * exports), so a new step is usable before it is translated.
 */
export function stepMessageKey(stepId: string): string {
  return `step${stepId.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}`;
}

export function stepName(stepId: string, t: (key: string) => string): string {
  const key = stepMessageKey(stepId);
  const name = t(key);
  return name && name !== key ? name : stepId;
}
