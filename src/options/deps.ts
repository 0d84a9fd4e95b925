// The settings and site-access names the options page's modules use, imported from one place.
export * from '../settings/index';
export { matchesFor, originsToAsk } from '../background/site-access';
