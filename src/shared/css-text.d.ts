// Stylesheets imported as text (src/shared/reader-style.ts): vite gives the processed CSS as a string.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
