/**
 * scripts/keep-module-urls.mjs, the esbuild plugin of the CLI bundle and the language server bundle:
 * a bundled module's `import.meta.url` is its own URL in dist/, not the bundle's.
 */
import { expect } from 'chai';
import { build, type Plugin } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/paths.js';

interface Options {
  outDir: string;
  base?: string;
  bundleUrl?: RegExp;
  dependencies?: boolean;
}
const { keepModuleUrls } = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts/keep-module-urls.mjs')).href)) as { keepModuleUrls: (o: Options) => Plugin };

describe('scripts/keep-module-urls', function () {
  this.timeout(60000);
  let root: string;
  const url = (rel: string): string => pathToFileURL(path.join(root, rel)).href;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-module-urls-'));
    const files: Record<string, string> = {
      'dist/src/own.js': 'export const own = import.meta.url;',
      'dist/src/workers/pool.js': 'export const pool = import.meta.url;',
      'node_modules/dep/index.js': 'export const dep = import.meta.url;',
      'dist/src/entry.js': "export { own } from './own.js'; export { pool } from './workers/pool.js'; export { dep } from '../../node_modules/dep/index.js';",
    };
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  /** Bundles dist/src/entry.js into dist/src/bundle/NAME.mjs with the plugin, and imports it. */
  async function bundled(name: string, options: Omit<Options, 'outDir'>): Promise<Record<string, string>> {
    const outDir = path.join(root, 'dist/src/bundle');
    const outfile = path.join(outDir, `${name}.mjs`);
    await build({ entryPoints: [path.join(root, 'dist/src/entry.js')], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'silent', plugins: [keepModuleUrls({ outDir, ...options })] });
    return (await import(pathToFileURL(outfile).href)) as Record<string, string>;
  }

  it("gives each module its URL in dist/, dependencies' included; a `bundleUrl` module keeps the bundle's", async () => {
    const m = await bundled('all', { bundleUrl: /[\\/]workers[\\/]pool\.js$/ });
    expect(m.own).to.equal(url('dist/src/own.js'));
    expect(m.dep).to.equal(url('node_modules/dep/index.js'));
    expect(m.pool).to.equal(url('dist/src/bundle/all.mjs'));
  });

  it('leaves dependencies as they are without `dependencies`', async () => {
    const m = await bundled('own', { dependencies: false });
    expect(m.own).to.equal(url('dist/src/own.js'));
    expect(m.pool).to.equal(url('dist/src/workers/pool.js'));
    expect(m.dep).to.equal(url('dist/src/bundle/own.mjs'));
  });

  it("takes the bundle's URL from `base`: a CommonJS script has no import.meta", async () => {
    const outDir = path.join(root, 'dist/src/bundle');
    const outfile = path.join(outDir, 'script.cjs');
    const banner = 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;';
    const plugin = keepModuleUrls({ outDir, base: '__bundleUrl', bundleUrl: /[\\/]workers[\\/]pool\.js$/ });
    await build({ entryPoints: [path.join(root, 'dist/src/entry.js')], outfile, bundle: true, format: 'cjs', platform: 'node', logLevel: 'silent', banner: { js: banner }, plugins: [plugin] });
    const m = createRequire(import.meta.url)(outfile) as Record<string, string>;
    expect(m.own).to.equal(url('dist/src/own.js'));
    expect(m.dep).to.equal(url('node_modules/dep/index.js'));
    expect(m.pool).to.equal(url('dist/src/bundle/script.cjs'));
  });
});
