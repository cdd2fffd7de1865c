/**
 * Packages the VS Code extension (editors/vscode) into dist/virtlint-VERSION.vsix:
 *
 *   dist/vscode/                    the staged extension, what the .vsix contains
 *     package.json                  editors/vscode/package.json with virtlint's version
 *     extension.js                  editors/vscode/src/extension.ts + vscode-languageclient (esbuild, CommonJS)
 *     server/dist/src/lsp/          the language server: virtlint-lsp.js (bin/virtlint-lsp.js and all it
 *                                   imports, esbuild, ESM) and its shared chunks
 *     server/schemas/               the bundled grammar the server validates against (sources)
 *     server/dist/grammars/         the same, compiled at build time (what the server loads)
 *     server/package.json           the version the server reports, and "type": "module"
 *
 * The server bundle mirrors the package's layout under server/, and every bundled module of dist/
 * keeps its own `import.meta.url` (rewritten to where it would be in that layout), so paths computed
 * from it (the grammar, package.json, a worker started next to a module) resolve inside server/.
 * A module in dist/src/lsp/ whose name ends in `worker.js` is bundled as its own entry there, for a
 * server that starts one.
 *
 * Run by `npm run build` after tsc (it bundles the compiled server from dist/). No source maps, no
 * tests, no node_modules in the package: vsce runs with --no-dependencies.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createVSIX } from '@vscode/vsce';
import { keepModuleUrls } from './keep-module-urls.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'editors', 'vscode');
const STAGE = path.join(ROOT, 'dist', 'vscode');
const SERVER = path.join(STAGE, 'server');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
export const VSIX = path.join(ROOT, 'dist', `virtlint-${version}.vsix`);

/** Where the server's files go: the place of dist/src/lsp/ in the mirrored layout (entries, workers and shared chunks). */
const SERVER_OUT = path.join(SERVER, 'dist', 'src', 'lsp');
const LSP_DIST = path.join(ROOT, 'dist', 'src', 'lsp');

/** Server entry points: the stdio server, and any worker the server starts from dist/src/lsp/. */
function serverEntries() {
  const workers = fs.existsSync(LSP_DIST) ? fs.readdirSync(LSP_DIST).filter((f) => f.endsWith('worker.js')) : [];
  return {
    'virtlint-lsp': path.join(ROOT, 'bin', 'virtlint-lsp.js'),
    ...Object.fromEntries(workers.map((f) => [f.replace(/\.js$/, ''), path.join(LSP_DIST, f)])),
  };
}

async function bundleServer() {
  await build({
    entryPoints: serverEntries(),
    outdir: SERVER_OUT,
    bundle: true,
    // Shared chunks rather than one file: esbuild wraps lazily imported modules otherwise, and the
    // grammar's top-level await inside such a wrapper never settles.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // CommonJS dependencies bundled into ESM call require() for Node built-ins.
    banner: { js: "import { createRequire as __virtlintCreateRequire } from 'node:module'; const require = __virtlintCreateRequire(import.meta.url);" },
    // Every output file sits in SERVER_OUT, which stands for dist/src/lsp/; no node_modules is shipped beside it.
    plugins: [keepModuleUrls({ outDir: LSP_DIST, dependencies: false })],
    logLevel: 'warning',
    legalComments: 'none',
  });
  fs.cpSync(path.join(ROOT, 'schemas'), path.join(SERVER, 'schemas'), { recursive: true });
  // The grammar compiled at build time (scripts/compile-grammars.mjs), loaded instead of the sources.
  fs.cpSync(path.join(ROOT, 'dist', 'grammars'), path.join(SERVER, 'dist', 'grammars'), { recursive: true });
  fs.writeFileSync(path.join(SERVER, 'package.json'), `${JSON.stringify({ name: 'virtlint-server', version, private: true, type: 'module' }, null, 2)}\n`);
}

async function bundleExtension() {
  await build({
    entryPoints: [path.join(SOURCE, 'src', 'extension.ts')],
    outfile: path.join(STAGE, 'extension.js'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    minify: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
}

function stageManifest() {
  // The sources are ES modules (`type: module`, as in the rest of the repository, so tests import
  // them); extension.js is CommonJS, which every VS Code version loads: the package has no `type`.
  const manifest = JSON.parse(fs.readFileSync(path.join(SOURCE, 'package.json'), 'utf8'));
  delete manifest.type;
  fs.writeFileSync(path.join(STAGE, 'package.json'), `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
  for (const f of ['README.md', 'LICENSE']) fs.copyFileSync(path.join(SOURCE, f), path.join(STAGE, f));
}

fs.rmSync(STAGE, { recursive: true, force: true });
fs.rmSync(VSIX, { force: true });
fs.mkdirSync(SERVER, { recursive: true });
stageManifest();
await Promise.all([bundleExtension(), bundleServer()]);
// vsce lists every file it packs on each build; keep its warnings and errors, print one line instead.
const info = console.log;
console.log = () => {};
try {
  // The manifest has no `repository` until the root package names where the project lives.
  await createVSIX({ cwd: STAGE, packagePath: VSIX, dependencies: false, allowMissingRepository: true });
} finally {
  console.log = info;
}
console.log(`vscode: packaged ${path.relative(ROOT, VSIX)} (${(fs.statSync(VSIX).size / 1024).toFixed(0)} KiB)`);
