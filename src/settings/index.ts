// The settings store's public surface (background, content script, options page).
export * from './schema';
export * from './listen';
export { hostMap, hostnameFromInput, normalizeHostname, siteOfUrl, WEB_PROTOCOLS } from './hostname';
export { createSettingsStore, inPageLock, SettingsError, SITES_LOCK, type GlobalSaveResult, type SettingsLock, type SettingsStore } from './store';
export { runMigrations, applyStepRenames, MIGRATIONS, type Migration, type MigrationReport } from './migrations';
export { STEP_ID_RENAMES, renameStepIds, type StepRename } from './step-renames';
export { classifySyncError, SYNC_QUOTA, type SettingsAreas, type StorageAreaLike, type SyncFailure } from './storage-area';
export { validateGlobal, validateReaderPrefs, validateSite } from './validate';
export * from './reader-prefs';
export * from './transfer';
export * from './site-actions';
export * from './origins';
export * from './access';
export { articleKey, createReadingPositions, prunePositions, MAX_READING_POSITIONS, READING_POSITION_TTL_MS, type ReadingPosition, type ReadingPositionStore } from './reading-positions';
