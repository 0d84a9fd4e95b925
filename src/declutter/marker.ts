// The attribute of the empty marker left where a receipt's content was: the reader restores it there.
// Its own module so that steps can recognize markers without importing the pipeline (which imports the steps).
export const MARKER_ATTR = 'data-nd-removed';
