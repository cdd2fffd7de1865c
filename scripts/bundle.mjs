/**
 * Bundles the compiled CLI (dist/src/cli.js and everything it imports) into a few files under
 * dist/src/bundle/, which bin/virtlint.js loads when they are at least as new as the compiled
 * sources. Why: Node 20 has no module compile cache, and loading ~230 small ES modules one by
 * one (resolve, read, compile each) cost more start-up time than linting the document.
 *
 * It also writes dist/src/bundle/cli.cjs, the same CLI as one CommonJS script, which bin/virtlint.js
 * runs with a V8 code cache (bin/code-cache.js).
 *
 * Behaviour is unchanged: every module's `import.meta.url` is rewritten to the URL the module has
 * in dist/, so paths computed from it (the bundled grammar, package.json) stay the same; only the
 * worker pool keeps the bundle's URL, so it starts the bundled worker (the second entry point). Lazily imported parts (language server, `virtlint caps`, configuration files, the
 * grammar index, the wording of schema errors) become separate chunks, loaded only when used.
 *
 *   node scripts/bundle.mjs        (run by `npm run build` after tsc)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CJS_BANNER, prepareCodeCacheScript } from './code-cache-script.mjs';
import { keepModuleUrls } from './keep-module-urls.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(DIST, 'src', 'bundle');
/** The worker pool starts `./worker.js` next to itself: in the bundle, that is the bundled worker. */
const WORKER_POOL = /[\\/]dist[\\/]src[\\/]workers[\\/]pool\.js$/;

/** What both bundles share. */
const COMMON = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none' };

fs.rmSync(OUT, { recursive: true, force: true });
await build({
  ...COMMON,
  entryPoints: { cli: path.join(DIST, 'src', 'cli.js'), worker: path.join(DIST, 'src', 'workers', 'worker.js') },
  outdir: OUT,
  splitting: true,
  format: 'esm',
  // CommonJS dependencies bundled into ESM call require() for Node built-ins.
  banner: { js: "import { createRequire as __virtlintCreateRequire } from 'node:module'; const require = __virtlintCreateRequire(import.meta.url);" },
  plugins: [keepModuleUrls({ outDir: OUT, bundleUrl: WORKER_POOL })],
});

// The CLI again as one CommonJS script, which bin/virtlint.js runs with a V8 code cache
// (bin/code-cache.js): Node 20 caches no compiled ES modules. Strict, as the modules are.
await build({
  ...COMMON,
  entryPoints: [path.join(DIST, 'src', 'cli.js')],
  outfile: path.join(OUT, 'cli.cjs'),
  format: 'cjs',
  banner: { js: CJS_BANNER },
  plugins: [keepModuleUrls({ outDir: OUT, base: '__virtlintBundleUrl', bundleUrl: WORKER_POOL })],
  // yargs' `import.meta.resolve` serves its `extends` of configuration files, which virtlint does not use.
  logOverride: { 'empty-import-meta': 'silent' },
});
prepareCodeCacheScript(path.join(OUT, 'cli.cjs'));
