// The registry of declutter steps, in the order they run. A step missing here never runs:
// tests/unit/steps-registry.test.ts fails when a file in this folder is not listed.
import type { Step } from '../types';
import { step as adLabel } from './ad-label';
import { step as authorBio } from './author-bio';
import { step as commentRemnant } from './comment-remnant';
import { step as cookieNotice } from './cookie-notice';
import { step as copyright } from './copyright';
import { step as counter } from './counter';
import { step as inlineCard } from './inline-card';
import { step as linkList } from './link-list';
import { step as linkParagraph } from './link-paragraph';
import { step as markupArtifact } from './markup-artifact';
import { step as newsletter } from './newsletter';
import { step as orphanHeading } from './orphan-heading';
import { step as photoCredit } from './photo-credit';
import { step as popularList } from './popular-list';
import { step as relatedLinks } from './related-links';
import { step as repeatedLine } from './repeated-line';
import { step as shareWidget } from './share-widget';
import { step as socialFollow } from './social-follow';
import { step as subscriptionOffer } from './subscription-offer';
import { step as tagList } from './tag-list';
import { step as teaserCards } from './teaser-cards';
import { step as timestamp } from './timestamp';
import { step as titleByline } from './title-byline';
import { step as uiLabel } from './ui-label';

// Related links first: a teaser row holds share-like words and counts that other steps would take piecemeal.
// The line steps (timestamp, photo-credit, ui-label, link-list, link-paragraph, title-byline) run after the label steps so
// that a date line with a share button beside it is judged on its own text. The tag, follow and comment lines go before
// orphan-heading, which then takes a heading they leave with nothing under it.
export const STEPS: readonly Step[] = [
  relatedLinks, newsletter, shareWidget, adLabel, counter, markupArtifact,
  inlineCard, uiLabel, timestamp, photoCredit, linkList, linkParagraph, teaserCards, titleByline, authorBio, copyright, cookieNotice,
  tagList, socialFollow, commentRemnant, subscriptionOffer, repeatedLine, popularList, orphanHeading,
];

export { STEP_IDS } from '../step-ids';
