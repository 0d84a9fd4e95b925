// web-ext ships no type declarations; this is the part of its programmatic API (lib/cmd/build.js) we call.
declare module 'web-ext' {
  interface BuildParams {
    sourceDir: string;
    artifactsDir: string;
    filename?: string;
    overwriteDest?: boolean;
    ignoreFiles?: string[];
  }
  interface BuildOptions {
    showReadyMessage?: boolean;
  }
  const webExt: { cmd: { build(params: BuildParams, options?: BuildOptions): Promise<{ extensionPath: string }> } };
  export default webExt;
}
