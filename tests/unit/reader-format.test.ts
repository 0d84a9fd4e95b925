// The reader's dates (src/shared/reader-view/format.ts): the long form of the UI language, whether or not the format
// was readied ahead while the page was read.
import { describe, expect, it } from 'vitest';
import { formatDate, readyFormats } from '../../src/shared/reader-view/format';

describe('reader: date formats', () => {
  it('formats a date in the UI language, readied ahead or not', () => {
    expect(formatDate('2026-03-14T08:00:00Z', 'de')).toBe('14. März 2026');
    readyFormats('fr');
    expect(formatDate('2026-03-14T08:00:00Z', 'fr')).toBe('14 mars 2026');
    expect(formatDate('2026-03-15T08:00:00Z', 'fr')).toBe('15 mars 2026');
  });

  it('still falls back to the browser\'s default for a tag Intl refuses, and keeps no date it cannot read', () => {
    expect(formatDate('2026-03-14T08:00:00Z', 'not a tag')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date('2026-03-14T08:00:00Z')));
    expect(formatDate('not a date', 'fr')).toBe('');
    expect(formatDate('', 'fr')).toBe('');
  });
});
