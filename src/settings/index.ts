// The settings store's public surface (background, content script, options page).
export * from './schema';
export { hostnameFromInput, normalizeHostname, siteOfUrl, WEB_PROTOCOLS } from './hostname';
export { createSettingsStore, SettingsError, type GlobalSaveResult, type SettingsStore } from './store';
export { runMigrations, applyStepRenames, MIGRATIONS, type Migration, type MigrationReport } from './migrations';
export { STEP_ID_RENAMES, renameStepIds, type StepRename } from './step-renames';
export { classifySyncError, SYNC_QUOTA, type SettingsAreas, type StorageAreaLike, type SyncFailure } from './storage-area';
export { validateGlobal, validateReaderPrefs, validateSite, SIZE_RANGE, WIDTH_RANGE, LINE_HEIGHT_RANGE } from './validate';
export * from './transfer';
export * from './site-actions';
export { articleKey, createReadingPositions, prunePositions, MAX_READING_POSITIONS, READING_POSITION_TTL_MS, type ReadingPosition, type ReadingPositionStore } from './reading-positions';
