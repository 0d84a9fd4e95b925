// The engine's public surface, for the extension's extractor (browser) and the Node API.
// DOMPurify stays out of here: the extension sanitizes with the browser's own sanitizer (declutter-document.ts
// is the DOMPurify entry, for Node).
export { declutterWith, relatedWith, type EngineTools } from './article';
export { findAll, MARKER_ATTR } from './pipeline';
export { STEPS, STEP_IDS } from './steps/index';
export type { Article, DeclutterOptions, Finding, RelatedLink, Removal, RemovalKind, Step } from './types';
