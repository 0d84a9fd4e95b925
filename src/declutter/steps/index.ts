// The registry of declutter steps, in the order they run. A step missing here never runs:
// tests/unit/steps-registry.test.ts fails when a file in this folder is not listed.
import type { Step } from '../types';
import { step as adLabel } from './ad-label';
import { step as counter } from './counter';
import { step as markupArtifact } from './markup-artifact';
import { step as newsletter } from './newsletter';
import { step as relatedLinks } from './related-links';
import { step as shareWidget } from './share-widget';

// Related links first: a teaser row holds share-like words and counts that other steps would take piecemeal.
export const STEPS: readonly Step[] = [relatedLinks, newsletter, shareWidget, adLabel, counter, markupArtifact];

export const STEP_IDS: readonly string[] = STEPS.map((s) => s.id);
