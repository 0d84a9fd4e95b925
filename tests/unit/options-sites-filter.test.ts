// The options page's site search (src/options/sites-table.ts, filterSites): what the table shows for a query, and
// how many sites match when there are more than it shows (paging itself: options-sites-paging.test.ts).
import { describe, expect, it } from 'vitest';
import { filterSites, MAX_ROWS } from '../../src/options/sites-table';

describe('options page: site search', () => {
  it('matches part of a hostname whatever the case and spaces of the query, in sorted order', () => {
    const hosts = ['news.example', 'sport.example', 'a.sports.example', 'weather.example'];
    expect(filterSites(hosts, '  SPORT ')).toMatchObject({ shown: ['a.sports.example', 'sport.example'], matches: 2 });
    expect(filterSites(hosts, '')).toMatchObject({ shown: [...hosts].sort(), matches: 4 });
    expect(filterSites(hosts, 'nothing')).toMatchObject({ shown: [], matches: 0 });
  });

  it(`shows at most ${MAX_ROWS} rows and says how many sites match in all`, () => {
    const hosts = Array.from({ length: MAX_ROWS + 5 }, (_, i) => `site${String(i).padStart(3, '0')}.example`);
    const { shown, matches } = filterSites(hosts, 'site');
    expect(shown).toHaveLength(MAX_ROWS);
    expect(shown[0]).toBe('site000.example');
    expect(matches).toBe(MAX_ROWS + 5);
  });
});
