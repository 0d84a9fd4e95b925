// The page's strings: shared with the welcome page (src/shared/localize.ts).
export { localize, type Translate } from '../shared/localize';
