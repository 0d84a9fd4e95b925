// The user's "related links" switch for a site (the per-site setting of steps/related-links.ts) governs every
// removal of kind `related-link`: switched off, read-also teasers, teaser cards, link-only paragraphs, hover cards
// and the headings left over them all stay in the article, and no link is collected for the Related list. Switched
// on, each of those removals puts its links into Related, so none is lost (tests/unit/related-switch.test.ts).
import { STEPS } from './steps/index';
import { id as relatedLinksId } from './steps/related-links';
import type { Step } from './types';

/** Whether the user switched related links off. */
export function relatedOff(disabledSteps: readonly string[] | undefined): boolean {
  return disabledSteps?.includes(relatedLinksId) ?? false;
}

/** The steps to skip: the user's, and with related links off, every step that removes related links. */
export function withRelatedSwitch(disabledSteps: readonly string[] | undefined, steps: readonly Step[] = STEPS): string[] {
  const out = [...(disabledSteps ?? [])];
  if (!relatedOff(disabledSteps)) return out;
  for (const s of steps) if (s.kind === 'related-link' && !out.includes(s.id)) out.push(s.id);
  return out;
}
