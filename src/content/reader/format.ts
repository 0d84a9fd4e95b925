// Locale-aware formatting for the reader header and the related list.

/** "2026-03-14T08:00:00Z" as "14 mars 2026" in French; "" when the engine had no date or it does not parse. */
export function formatDate(iso: string, uiLocale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(uiLocale || undefined, { dateStyle: 'long' }).format(date);
  } catch {
    // An unknown locale tag throws a RangeError: fall back to the browser's default rather than lose the date.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  }
}

/** A number in the UI language ("1,6" in French). */
export function formatNumber(value: number, uiLocale: string, maximumFractionDigits = 1): string {
  try {
    return new Intl.NumberFormat(uiLocale || undefined, { maximumFractionDigits }).format(value);
  } catch {
    return String(value);
  }
}

/** "www.example.com/a" as "example.com": the site a related link leads to. "" when the URL does not parse. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
