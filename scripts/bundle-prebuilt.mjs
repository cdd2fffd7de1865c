/**
 * Builds prebuilt/: the whole CLI (virtlint.js) and its worker (worker.js) as self-contained files,
 * every dependency included, with the grammar compiled at build time (prebuilt/grammars/). They are
 * committed, and the pre-commit hook runs prebuilt/virtlint.js straight from its clone of the
 * repository: installing the hook is a git clone — no npm install, no TypeScript build, no dev
 * dependencies (pre-commit's `language: node` would install all of them; see docs/integrations.md).
 *
 * The files are generated from dist/ (run `npm run build` first) and must match the sources: the
 * test test/e2e/prebuilt.test.ts rebuilds them into a temporary directory and compares byte for byte.
 *
 *   npm run build && npm run build:prebuilt     (then commit prebuilt/)
 *   node scripts/bundle-prebuilt.mjs --out DIR  (build elsewhere; used by the staleness test)
 *
 * Paths computed from `import.meta.url` (the grammar in schemas/, package.json) keep pointing where
 * they point from dist/: each module's `import.meta.url` becomes the URL it would have there, relative
 * to the bundle, so the checkout may live anywhere. The language server is left out (the hook does not
 * need it; `virtlint-lsp` comes with the npm package).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CJS_BANNER, prepareCodeCacheScript } from './code-cache-script.mjs';
import { BATCH_V8_FLAGS } from '../bin/v8-flags.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist', 'src');
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(ROOT, 'prebuilt');
/** Where the files will live, for the relative URLs: always prebuilt/, even when written elsewhere. */
const HOME = path.join(ROOT, 'prebuilt');
const WORKER_POOL = /[\\/]dist[\\/]src[\\/]workers[\\/]pool\.js$/;
const BUNDLED = /[\\/]dist[\\/]src[\\/]schema[\\/]bundled\.js$/;
const RULE_OPTIONS = /[\\/]dist[\\/]src[\\/]config[\\/]rule-options\.js$/;

if (!fs.existsSync(path.join(DIST, 'cli.js'))) {
  console.error('bundle-prebuilt: dist/src/cli.js is missing; run `npm run build` first');
  process.exit(2);
}

const toPosix = (p) => p.split(path.sep).join('/');

/**
 * `base`: the bundle's own URL — `import.meta.url` in the ES module bundle (the worker), a constant of
 * the banner in the CommonJS one (the CLI, which virtlint.js runs with a V8 code cache).
 */
const prebuiltPlugin = (base) => ({
  name: 'prebuilt',
  setup(b) {
    // The language server is not part of the hook: `virtlint --lsp` explains where to get it.
    b.onResolve({ filter: /[\\/]lsp[\\/]main\.js$/ }, () => ({ path: 'lsp-stub', namespace: 'prebuilt' }));
    b.onLoad({ filter: /^lsp-stub$/, namespace: 'prebuilt' }, () => ({
      contents:
        "export const lspCommand = () => ({ serve: true });\n" +
        "export const startServer = async () => { process.stderr.write('virtlint: this build (the pre-commit hook) has no language server; install the npm package for virtlint-lsp\\n'); return 2; };",
      loader: 'js',
    }));
    b.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) {
        // Dependencies load as they are, but a CommonJS bundle has no import.meta: yargs-parser's
        // createRequire(import.meta.url) gets the module's own URL, as in scripts/bundle.mjs.
        if (base === 'import.meta.url') return undefined;
        const source = await fs.promises.readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const rel = toPosix(path.relative(HOME, args.path));
        return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, ${base}).href`), loader: 'js' };
      }
      let source = await fs.promises.readFile(args.path, 'utf8');
      if (RULE_OPTIONS.test(args.path)) {
        // Ajv is required lazily through createRequire, which a bundle cannot follow: import it.
        if (source.includes("requireHere('ajv')")) source = `import __virtlintAjv from 'ajv';\n${source.replaceAll("requireHere('ajv')", '__virtlintAjv')}`;
        else if (/createRequire/.test(source) && /['"]ajv['"]/.test(source)) throw new Error(`${args.path}: ajv is required in a way this script does not know; update scripts/bundle-prebuilt.mjs`);
      }
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      // The pool starts `./worker.js` next to itself: in prebuilt/, that is the bundled worker.
      if (WORKER_POOL.test(args.path)) return { contents: base === 'import.meta.url' ? source : source.replaceAll('import.meta.url', base), loader: 'js' };
      // bundled.js names the compiled grammar (../../grammars/) and the sources (../../../schemas/):
      // placed at prebuilt/src/schema/, they resolve to prebuilt/grammars/ and the checkout's schemas/.
      const rel = BUNDLED.test(args.path) ? './src/schema/bundled.js' : toPosix(path.relative(HOME, args.path));
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, ${base}).href`), loader: 'js' };
    });
  },
});

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies bundled into ESM call require() for Node built-ins.
  banner: { js: "import { createRequire as __virtlintCreateRequire } from 'node:module'; const require = __virtlintCreateRequire(import.meta.url);" },
  plugins: [prebuiltPlugin('import.meta.url')],
  logLevel: 'warning',
  legalComments: 'none',
  minify: false,
  // Deterministic output: no absolute paths, no source maps.
  sourcemap: false,
  absWorkingDir: ROOT,
};

fs.mkdirSync(OUT, { recursive: true });
const MAIN = `#!/usr/bin/env node
// Generated by scripts/bundle-prebuilt.mjs from the sources; do not edit.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write('virtlint needs Node.js 20.19 or newer (this is ' + process.version + ')\\n');
  process.exit(2);
}
// As bin/virtlint.js: a run is short, and a smaller TurboFan inlining budget compiles less for code
// that runs nearly as fast, and the rules' \`check\` functions (once per document each) are not worth
// TurboFan's compiling (docs/performance.md). Set before the CLI's code is loaded; workers too.
const { setFlagsFromString } = await import('node:v8');
const V8_FLAGS = '${BATCH_V8_FLAGS}';
setFlagsFromString(V8_FLAGS);
// As bin/virtlint.js: the CLI is one CommonJS script run with a V8 code cache (code-cache.js, the
// same trust rules: docs/security.md), so a hook's run does not compile it again.
const { fileURLToPath } = await import('node:url');
const { loadWithCodeCache } = await import('./code-cache.js');
const loaded = loadWithCodeCache(fileURLToPath(new URL('./virtlint-cli.cjs', import.meta.url)), process.env, V8_FLAGS);
const { main } = loaded.exports;
// As bin/virtlint.js: the run is over when main settles; nothing a plugin left running keeps it alive.
const exitAfterOutput = (code) => {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
};
main(process.argv.slice(2)).then(
  (code) => {
    loaded.save();
    exitAfterOutput(code);
  },
  (err) => { process.stderr.write('virtlint: internal error: ' + (err && err.message ? err.message : String(err)) + '\\n'); exitAfterOutput(2); },
);
`;
// The CLI as one CommonJS script (as scripts/bundle.mjs's dist/src/bundle/cli.cjs): Node 20 caches
// no compiled ES modules, and a script can be run with a V8 code cache.
fs.rmSync(path.join(OUT, 'virtlint-cli.js'), { force: true });
await build({
  ...common,
  entryPoints: [path.join(DIST, 'cli.js')],
  outfile: path.join(OUT, 'virtlint-cli.cjs'),
  format: 'cjs',
  banner: { js: CJS_BANNER },
  plugins: [prebuiltPlugin('__virtlintBundleUrl')],
  // yargs' `import.meta.resolve` serves its `extends` of configuration files, which virtlint does not use.
  logOverride: { 'empty-import-meta': 'silent' },
});
prepareCodeCacheScript(path.join(OUT, 'virtlint-cli.cjs'));
// The code cache's loader (bin/code-cache.js with what it imports), self-contained.
await build({ ...common, banner: {}, entryPoints: { 'code-cache': path.join(ROOT, 'bin', 'code-cache.js') }, outdir: OUT });
await build({ ...common, entryPoints: { worker: path.join(DIST, 'workers', 'worker.js') }, outdir: OUT });
fs.writeFileSync(path.join(OUT, 'virtlint.js'), MAIN, { mode: 0o755 });
// The grammar compiled at build time (dist/grammars/<kind>.json), loaded in milliseconds.
fs.rmSync(path.join(OUT, 'libxml2-wasm'), { recursive: true, force: true });
fs.rmSync(path.join(OUT, 'grammars'), { recursive: true, force: true });
fs.mkdirSync(path.join(OUT, 'grammars'));
for (const f of fs.readdirSync(path.join(ROOT, 'dist', 'grammars')).filter((f) => f.endsWith('.json')).sort()) {
  fs.copyFileSync(path.join(ROOT, 'dist', 'grammars', f), path.join(OUT, 'grammars', f));
}
// The grammar models (dist/grammars/model/<kind>.json) the messages, completion and hover read:
// without them the hook would parse the .rng sources on the first invalid document.
fs.mkdirSync(path.join(OUT, 'grammars', 'model'));
for (const f of fs.readdirSync(path.join(ROOT, 'dist', 'grammars', 'model')).filter((f) => f.endsWith('.json')).sort()) {
  fs.copyFileSync(path.join(ROOT, 'dist', 'grammars', 'model', f), path.join(OUT, 'grammars', 'model', f));
}
fs.chmodSync(path.join(OUT, 'virtlint.js'), 0o755);
// prebuilt/ is ESM whatever the surrounding package says.
fs.writeFileSync(path.join(OUT, 'package.json'), '{ "type": "module" }\n');
