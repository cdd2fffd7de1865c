/**
 * Builds the playground (playground/) into dist/playground/: index.html, style.css,
 * playground.js — the page's script with virtlint bundled for the browser (src/browser.ts) — and
 * models/<kind>.js, the grammar index's models compiled at build time (dist/grammars/model/), which
 * the page loads when a document of that kind first needs the index (schema messages, white space
 * around listed values): a domain's is 300 KiB, three times the bundled grammar, and valid documents
 * never need it.
 *
 * Everything the page loads is a classic script, so the page works opened from the file system
 * (file://) as well as served: Chromium runs no module script from a file:// page and lets it fetch
 * nothing, but loads classic scripts beside it. So playground.js is an IIFE, not an ES module, and a
 * model is a script that hands its JSON text to the page (`virtlintModel(kind, text)`), not a JSON
 * file fetched.
 *
 * The bundle contains nothing from Node: esbuild targets the browser platform, so a `node:` import
 * anywhere in the graph fails the build. The Node-bound steps of the pipeline are replaced: the schema check
 * (src/schema/check.ts reads grammar files from disk) by src/browser/schema-slot.ts,
 * where a browser schema checker is plugged in (see src/browser.ts); the target step
 * (src/targets/step.ts reads the version table from disk) by src/browser/target-slot.ts.
 *
 * The examples (examples/*.xml) are built in, for the page's example picker.
 *
 *   node scripts/build-playground.mjs        (run by `npm run build`)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'playground');
const OUT = path.join(ROOT, 'dist', 'playground');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** lint.ts's schema step → the browser's pluggable one; its target step (reads schemas/versions/ from disk) → a browser stand-in. */
const browserSchemaStep = {
  name: 'browser-schema-step',
  setup(b) {
    b.onResolve({ filter: /[\\/]schema[\\/]check\.js$/ }, (args) => {
      if (!args.importer.startsWith(path.join(ROOT, 'src'))) return undefined;
      return { path: path.join(ROOT, 'src', 'browser', 'schema-slot.ts') };
    });
    b.onResolve({ filter: /[\\/]targets[\\/]step\.js$/ }, (args) => {
      if (!args.importer.startsWith(path.join(ROOT, 'src'))) return undefined;
      return { path: path.join(ROOT, 'src', 'browser', 'target-slot.ts') };
    });
  },
};

const examplesDir = path.join(ROOT, 'examples');
const examples = Object.fromEntries(
  fs
    .readdirSync(examplesDir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(examplesDir, f), 'utf8')]),
);

// The grammar compiled at build time (scripts/compile-grammars.mjs runs before this script).
const grammarDir = path.join(ROOT, 'dist', 'grammars');
const grammars = Object.fromEntries(
  fs
    .readdirSync(grammarDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(grammarDir, f), 'utf8'))]),
);

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: { playground: path.join(SOURCE, 'main.ts') },
  outdir: OUT,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  define: { __VIRTLINT_EXAMPLES__: JSON.stringify(examples), __VIRTLINT_GRAMMARS__: JSON.stringify(grammars), __VIRTLINT_VERSION__: JSON.stringify(version) },
  plugins: [browserSchemaStep],
  logLevel: 'warning',
  legalComments: 'none',
});
for (const f of ['index.html', 'style.css']) fs.copyFileSync(path.join(SOURCE, f), path.join(OUT, f));
// The grammar index's models, as the command line reads them (src/grammar/index.ts): each file's JSON
// text in a string literal (the page parses it with JSON.parse, as a fetch's json() would), in a
// script that passes it to the page.
const stringLiteral = (text) => `'${text.replace(/[\\'\n\r]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r' })[c])}'`;
fs.mkdirSync(path.join(OUT, 'models'));
for (const kind of Object.keys(grammars)) {
  const json = fs.readFileSync(path.join(grammarDir, 'model', `${kind}.json`), 'utf8');
  fs.writeFileSync(path.join(OUT, 'models', `${kind}.js`), `virtlintModel(${JSON.stringify(kind)},${stringLiteral(json)});\n`);
}
