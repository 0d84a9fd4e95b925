// The engine's public surface, for the content script (browser) and the Node API.
export { declutterDocument, type EngineEnv } from './article';
export { findAll, MARKER_ATTR } from './pipeline';
export { STEPS, STEP_IDS } from './steps/index';
export type { Article, DeclutterOptions, Finding, RelatedLink, Removal, RemovalKind, Step } from './types';
