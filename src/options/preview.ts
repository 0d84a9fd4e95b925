// The live preview of the reader settings: the reader's own sample article (src/shared/reader-sample.ts: its
// stylesheet, its markup, its way of applying preferences) following the form as the user changes it, on every
// input, before anything is saved.
import type { Translate } from '../shared/localize';
import type { AppliedPrefs } from '../shared/reader-prefs';
import { mountReaderSample, sampleText } from '../shared/reader-sample';
import { readReaderForm } from './reader-form';

export interface ReaderPreview {
  /** Shows stored preferences (on load, after a change elsewhere): the form's, where the user is typing. */
  show(prefs: AppliedPrefs): void;
}

export function setupPreview(host: HTMLElement, form: HTMLFormElement, initial: AppliedPrefs, t: Translate): ReaderPreview {
  const sample = mountReaderSample(host, sampleText(t), initial, t);
  // A number being typed may be out of range for a moment: the preview keeps the last valid look meanwhile.
  const follow = () => {
    const prefs = readReaderForm(form);
    if (prefs) sample.update(prefs);
  };
  form.addEventListener('input', follow);
  form.addEventListener('change', follow);
  return {
    show(stored) {
      // The form after a redraw: the stored values, except a number being typed, which the form keeps. While that
      // number is out of range the preview keeps its last valid look, as it does on input.
      const shown = readReaderForm(form);
      if (shown) sample.update(shown);
      else if (!form.contains(form.ownerDocument.activeElement)) sample.update(stored);
    },
  };
}
