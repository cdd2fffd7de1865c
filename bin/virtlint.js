#!/usr/bin/env node
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// A run is short: V8's optimising compiler (TurboFan, on helper threads) took ~1.3 s of the ~4.4 s
// of CPU of a 5,000-file batch, and its work grows with how much it inlines. A smaller inlining
// budget (default 920 bytes of bytecode) compiles less for code that runs nearly as fast: -7% CPU
// over 5,000 files, medians of interleaved runs (docs/performance.md). And no TurboFan for the
// functions named `check` (every rule's entry, the rule API's name): each runs once per document,
// so compiling ~150 of them cost more CPU than their optimised code saved (docs/performance.md,
// twelfth session). The rules' helpers and the pipeline are optimised as before. Process-wide:
// workers too.
// Not for the language server (`--lsp`), which runs for hours. Set before the bundle is compiled;
// the code cache is kept per set of flags (bin/code-cache.js), so the two never reject each other's.
// The linear-time RegExp engine: a policy's regular expression that backtracks too much on a
// document's value goes on in linear time (src/relaxng/linear-regexp.ts sets it too, when a policy
// pattern is compiled; grammar patterns need no flag: src/relaxng/xsd-nfa.ts). The CLI sets it here,
// at start, because the code cache is bound to the flags: set later by a configuration's policy,
// the cache saved would not be the one a run without a policy loads.
const REGEXP_FLAG = '--enable-experimental-regexp-engine-on-excessive-backtracks --enable-experimental-regexp-engine';
const v8Flags = process.argv.slice(2).includes('--lsp') ? REGEXP_FLAG : `--max-inlined-bytecode-size-cumulative=200 --turbo-filter=-check ${REGEXP_FLAG}`;
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
