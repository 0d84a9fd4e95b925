// Origins and match patterns for a site's host access: which pattern to ask for, and whether what the browser
// granted covers a site. Pure, shared by the background (registrations, the button's menu) and the options page.
import { siteOfUrl, WEB_PROTOCOLS } from './hostname';

/**
 * `${protocol}//${hostname}/*` for a page URL, never with a port: Firefox accepts a pattern with a port in
 * permissions.request and registerContentScripts but matches nothing with it (../shared/BROWSER-TESTS.md,
 * "Product trap, Firefox"). Null for non-web URLs.
 */
export function originPattern(url: string): string | null {
  const site = siteOfUrl(url);
  return site ? `${site.protocol}//${site.hostname}/*` : null;
}

/** The exact per-origin patterns this extension asks for on a site, one per web scheme. */
export function ownOrigins(hostname: string): string[] {
  return WEB_PROTOCOLS.map((p) => `${p}//${hostname}/*`);
}

/**
 * Whether a granted pattern gives access to `protocol//hostname`. The path is not checked (a registration
 * wider than the grant only runs where the browser allows). A granted pattern with a port is not counted:
 * Firefox matches nothing with it, so relying on it would register a script that never runs.
 */
export function grantCovers(granted: string, protocol: string, hostname: string): boolean {
  if (granted === '<all_urls>') return WEB_PROTOCOLS.includes(protocol);
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(granted);
  if (!m) return false;
  const [, scheme, host] = m as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== protocol) return false;
  if (host.includes(':') && !host.startsWith('[')) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return host === hostname;
}

/** The match patterns a registration for `hostname` should have, given what is granted ([] = none). */
export function matchesFor(hostname: string, granted: readonly string[]): string[] {
  return WEB_PROTOCOLS.filter((p) => granted.some((g) => grantCovers(g, p, hostname))).map((p) => `${p}//${hostname}/*`);
}

/** Hosts of development servers (localhost, IP literals), which serve http; news sites serve https. */
function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}

/**
 * The origins to ask for when only a hostname is known (the options page): the schemes already granted for
 * it, else its one likely scheme (https, or http for a development host), so a prompt names one origin.
 */
export function originsToAsk(hostname: string, granted: readonly string[], protocol?: string): string[] {
  if (protocol) return [`${protocol}//${hostname}/*`];
  const covered = matchesFor(hostname, granted);
  return covered.length ? covered : [`${isLocalHost(hostname) ? 'http:' : 'https:'}//${hostname}/*`];
}

/**
 * Hosts that hold one of the exact per-origin grants this extension asks for (`https://news.example/*`), in
 * the order granted. Wildcard and all-sites grants are the user's own and name no one site.
 */
export function hostsWithOwnGrant(granted: readonly string[]): string[] {
  const hosts: string[] = [];
  for (const g of granted) {
    const m = /^https?:\/\/([^/*:]+|\[[0-9a-f:.]+\])\/\*$/i.exec(g);
    if (m?.[1] && !hosts.includes(m[1])) hosts.push(m[1]);
  }
  return hosts;
}
