/**
 * The storage.session key the background sets once all its listeners are registered (src/background/index.ts).
 * End-to-end tests wait on it before their first click; the product never reads it.
 */
export const BACKGROUND_READY_KEY = 'backgroundReady';
