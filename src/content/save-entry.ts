// save.js: the reader's Save panel, put into the tab only when the panel first opens (src/shared/save-chunk.ts).
// It registers the panel where the content script, in the same world, looks for it.
import { SAVE_PANEL_KEY } from '../shared/save-chunk';
import { registerChunk } from './chunks';
import type { SavePanelModule } from './reader/api';
import { renderSavePanel } from './reader/save-panel';

const module: SavePanelModule = { renderSavePanel };
registerChunk(SAVE_PANEL_KEY, module);
