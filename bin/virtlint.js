#!/usr/bin/env node
import fs from 'node:fs';

// The bundled CLI (scripts/bundle.mjs) starts much faster than ~230 separate modules; it is used
// only when it is at least as new as the compiled sources, so a plain `tsc` never runs stale code.
const mtime = (rel) => fs.statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = mtime('../dist/src/bundle/cli.js') >= mtime('../dist/src/cli.js');
const { main } = await import(bundled ? '../dist/src/bundle/cli.js' : '../dist/src/cli.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`virtlint: internal error: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
