// The reader's stylesheet as text: the design tokens, then the reader's rules. The content script's shadow root
// and the options page's preview both set it as a <style>'s textContent, so the preview is the reader's own look.
// `?inline`: the build minifies the CSS (vite's CSS minifier) and hands it over as a string.
import tokens from './design-tokens.css?inline';
import reader from './reader.css?inline';

export const READER_STYLESHEET = `${tokens}\n${reader}`;
