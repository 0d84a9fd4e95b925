// Which "site" a page belongs to. Sites are keyed by exact hostname (www.example.com and example.com are
// different origins for host permissions too, so merging them would grant more than the user asked for).

/** Labels of letters, digits, "-" and "_" (seen in real hostnames), or a bracketed IPv6 literal. */
const HOSTNAME = /^(?:\[[0-9a-f:.]+\]|[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*)$/;
/** DNS limit on a full name. */
const MAX_HOSTNAME_LENGTH = 253;

/** Only web pages can be decluttered; other schemes (file:, about:, extension pages) are never a "site". */
export const WEB_PROTOCOLS: readonly string[] = ['https:', 'http:'];

/**
 * Lower-cased, trailing dot dropped ("Example.COM." and "example.com" are one site); null when not a hostname.
 * The browser's URL parser must read it back unchanged: it turns "999.999.999.999" and "[.]" away and rewrites
 * "1.2.3" and "[0:0::1]", and a pattern it would not take makes the browser refuse a whole permissions request.
 */
export function normalizeHostname(input: string): string | null {
  const h = input.trim().toLowerCase().replace(/\.$/, '');
  if (h.length === 0 || h.length > MAX_HOSTNAME_LENGTH || !HOSTNAME.test(h)) return null;
  try {
    return new URL(`http://${h}`).hostname === h ? h : null;
  } catch {
    return null;
  }
}

/**
 * A map keyed by hostname, without a prototype: "__proto__" and "constructor" are hostnames like any other
 * (valid labels), and on a plain object they would set the prototype or be found before they were added.
 */
export function hostMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The site of a page URL, or null for non-web URLs. The port is dropped on purpose: match patterns have none. */
export function siteOfUrl(url: string): { protocol: string; hostname: string } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!WEB_PROTOCOLS.includes(u.protocol)) return null;
  const hostname = normalizeHostname(u.hostname);
  return hostname ? { protocol: u.protocol, hostname } : null;
}

/**
 * What a user typed into the options page ("example.com", "https://example.com/news", "Example.com.")
 * as a hostname, or null.
 */
export function hostnameFromInput(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return siteOfUrl(s)?.hostname ?? null;
  return siteOfUrl(`https://${s}`)?.hostname ?? null;
}
