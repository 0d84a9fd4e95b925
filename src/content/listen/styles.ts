// Listen's own styles (listen.css beside this file), as text: listen.js sets them as a <style>'s textContent inside
// the reader's shadow root. `?inline`: the build minifies the CSS (vite's CSS minifier), as it does the reader's.
import css from './listen.css?inline';

export const LISTEN_CSS = css;
