#!/usr/bin/env node
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { BATCH_V8_FLAGS, REGEXP_V8_FLAGS } from './v8-flags.js';

// Set before the bundle is compiled (bin/v8-flags.js says why each); the code cache is kept per set
// of flags (bin/code-cache.js), so batch runs and the language server never reject each other's.
const v8Flags = process.argv.slice(2).includes('--lsp') ? REGEXP_V8_FLAGS : `${BATCH_V8_FLAGS} ${REGEXP_V8_FLAGS}`;
v8.setFlagsFromString(v8Flags);

// The bundled CLI (scripts/bundle.mjs) starts much faster than ~230 separate modules; it is used
// only when it is at least as new as the compiled sources, so a plain `tsc` never runs stale code.
const mtime = (rel) => fs.statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
if (mtime('../dist/src/cli.js') < 0) {
  // A git checkout before `npm run build` (an installed package always has dist/).
  process.stderr.write(`virtlint: not built yet: run \`npm run build\` in ${new URL('..', import.meta.url).pathname}\n`);
  process.exit(2);
}
const built = mtime('../dist/src/cli.js');
let main;
let saveCodeCache = () => false;
if (mtime('../dist/src/bundle/cli.cjs') >= built && process.env.VIRTLINT_CODE_CACHE !== '0') {
  // One script with a V8 code cache (bin/code-cache.js): no compiling of the bundle on each run.
  const { loadWithCodeCache } = await import('./code-cache.js');
  const loaded = loadWithCodeCache(fileURLToPath(new URL('../dist/src/bundle/cli.cjs', import.meta.url)), process.env, v8Flags);
  main = loaded.exports.main;
  saveCodeCache = loaded.save;
} else {
  const bundled = mtime('../dist/src/bundle/cli.js') >= built;
  ({ main } = await import(bundled ? '../dist/src/bundle/cli.js' : '../dist/src/cli.js'));
}

// The run is over when main settles (the language server's never does): a timer or handle a plugin
// left in this thread (`--lint-timeout 0` runs plugins here) must not keep the process alive after
// the report. It exits once what it wrote to standard output and error has been handed over.
const exitAfterOutput = (code) => {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
};
main(process.argv.slice(2)).then(
  (code) => {
    saveCodeCache();
    exitAfterOutput(code);
  },
  (err) => {
    process.stderr.write(`virtlint: internal error: ${err && err.message ? err.message : String(err)}\n`);
    exitAfterOutput(2);
  },
);
