/**
 * What both CommonJS bundles of the CLI share (scripts/bundle.mjs's dist/src/bundle/cli.cjs and
 * scripts/bundle-prebuilt.mjs's prebuilt/virtlint-cli.cjs), each run through bin/code-cache.js's loader.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The banner: the script's own URL, for each module's `import.meta.url` (a script has no import.meta). Strict, as the modules are. */
export const CJS_BANNER = '"use strict";\nconst __virtlintBundleUrl = require("node:url").pathToFileURL(__filename).href;';

/**
 * Makes an esbuild CommonJS bundle runnable from a V8 code cache: what esbuild could not bundle
 * (configuration files, formatter and plugin modules: absolute file URLs) is imported through the
 * loader's `__virtlintImport` (a script compiled from a code cache cannot import() in Node 20), and
 * the script is made ASCII (strings and regular expressions already are; comments are escaped), so the
 * loader can read it as Latin-1, several times faster than UTF-8.
 */
export function prepareCodeCacheScript(file) {
  const text = fs
    .readFileSync(file, 'utf8')
    .replaceAll('await import(', 'await __virtlintImport(')
    .replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (/(?<![\w$.])import\(/.test(text)) throw new Error(`${path.basename(file)} has an import() the code-cache loader does not serve`);
  fs.writeFileSync(file, text);
}
