// The sites table's pages (src/options/sites-table.ts, filterSites): with thousands of sites the table shows one
// page of MAX_ROWS at a time and every site is on some page; search narrows first, then pages.
import { describe, expect, it } from 'vitest';
import { filterSites, MAX_ROWS } from '../../src/options/sites-table';

const hosts = (n: number) => Array.from({ length: n }, (_, i) => `news${String(i).padStart(4, '0')}.example`);

describe('sites table pages', () => {
  it('no sites: one empty page', () => {
    expect(filterSites([], '')).toEqual({ shown: [], matches: 0, page: 0, pages: 1, first: 0 });
  });

  it('a few sites: one page, sorted', () => {
    expect(filterSites(['b.example', 'a.example', 'c.example'], '')).toMatchObject({ shown: ['a.example', 'b.example', 'c.example'], pages: 1, first: 1 });
  });

  it('5,000 sites: pages of MAX_ROWS that together hold every site once', () => {
    const all = hosts(5_000);
    const first = filterSites(all, '');
    expect(first.pages).toBe(Math.ceil(5_000 / MAX_ROWS));
    const seen = Array.from({ length: first.pages }, (_, p) => filterSites(all, '', p).shown).flat();
    expect(seen).toEqual([...all].sort());
    expect(filterSites(all, '', 1)).toMatchObject({ page: 1, first: MAX_ROWS + 1 });
  });

  it('a page past the end shows the last one; before the start, the first', () => {
    const all = hosts(450);
    expect(filterSites(all, '', 99)).toMatchObject({ page: 2, first: 401 });
    expect(filterSites(all, '', 99).shown).toHaveLength(50);
    expect(filterSites(all, '', -3)).toMatchObject({ page: 0, first: 1 });
  });

  it('search narrows before paging', () => {
    expect(filterSites(hosts(5_000), 'news49')).toMatchObject({ matches: 100, pages: 1 });
  });
});
