// The reader's date format is made once per UI language, and ahead of time while the page is read
// (src/content/reader/format.ts, readyFormats): showing the article then makes none.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, readyFormats } from '../../src/content/reader/format';

describe('reader: date formats', () => {
  const Original = Intl.DateTimeFormat;
  afterEach(() => { Intl.DateTimeFormat = Original; });

  it('makes the long date format of a language once, when readied, and formats with it after', () => {
    let made = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made++;
      }
    } as typeof Original;
    readyFormats('fr');
    expect(made).toBe(1);
    expect(formatDate('2026-03-14T08:00:00Z', 'fr')).toBe('14 mars 2026');
    expect(formatDate('2026-03-15T08:00:00Z', 'fr')).toBe('15 mars 2026');
    expect(made).toBe(1);
  });

  it('still falls back to the browser\'s default for a tag Intl refuses, and keeps no date it cannot read', () => {
    expect(formatDate('2026-03-14T08:00:00Z', 'not a tag')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date('2026-03-14T08:00:00Z')));
    expect(formatDate('not a date', 'fr')).toBe('');
    expect(formatDate('', 'fr')).toBe('');
  });
});
