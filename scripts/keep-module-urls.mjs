/**
 * The esbuild plugin with which scripts/bundle.mjs (the CLI) and scripts/build-vscode.mjs (the
 * language server) give each bundled module its own `import.meta.url`: the URL the module has in the
 * layout the bundle stands for, relative to the bundle file (so the output can move). Paths computed
 * from it (the grammar, package.json) stay the same as from dist/.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param {object} options
 * @param {string} options.outDir The directory the bundle's files stand for: module URLs are relative to it.
 * @param {string} [options.base] The bundle file's own URL as an expression: `import.meta.url` in an ES
 *   module, a constant of the banner in a CommonJS script.
 * @param {RegExp} [options.bundleUrl] Modules that keep the bundle's own URL (the CLI's worker pool starts
 *   `./worker.js` next to itself: in the bundle, the bundled worker).
 * @param {boolean} [options.dependencies] Whether modules under node_modules get their URLs too (they are
 *   next to dist/); otherwise esbuild loads them as they are (no node_modules beside the bundle).
 */
export const keepModuleUrls = ({ outDir, base = 'import.meta.url', bundleUrl, dependencies = true }) => ({
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      const rel = path.relative(outDir, args.path).split(path.sep);
      if (!dependencies && rel.includes('node_modules')) return undefined;
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const url = bundleUrl?.test(args.path) ? base : `new URL(${JSON.stringify(rel.join('/'))}, ${base}).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
});
