/**
 * Bundles the compiled CLI (dist/src/cli.js and everything it imports) into a few files under
 * dist/src/bundle/, which bin/virtlint.js loads when they are at least as new as the compiled
 * sources. Why: Node 20 has no module compile cache, and loading ~230 small ES modules one by
 * one (resolve, read, compile each) cost more start-up time than linting the document.
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

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(DIST, 'src', 'bundle');
const WORKER_POOL = /[\\/]dist[\\/]src[\\/]workers[\\/]pool\.js$/;

/** Gives each module its own `import.meta.url` (relative to the bundle file, so dist/ can move). */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      // The pool starts `./worker.js` next to itself: in the bundle, that is the bundled worker.
      if (!source.includes('import.meta.url') || WORKER_POOL.test(args.path)) return { contents: source, loader: 'js' };
      const rel = path.relative(OUT, args.path).split(path.sep).join('/');
      const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

fs.rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { cli: path.join(DIST, 'src', 'cli.js'), worker: path.join(DIST, 'src', 'workers', 'worker.js') },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies bundled into ESM call require() for Node built-ins.
  banner: { js: "import { createRequire as __virtlintCreateRequire } from 'node:module'; const require = __virtlintCreateRequire(import.meta.url);" },
  plugins: [keepModuleUrls],
  logLevel: 'warning',
  legalComments: 'none',
});
