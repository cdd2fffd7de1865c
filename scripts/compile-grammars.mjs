/**
 * Compiles the bundled grammar (schemas/*.rng, one entry per document kind in src/schema/kinds.ts)
 * with virtlint's RelaxNG engine into dist/grammars/<kind>.json, which the runtime loads instead
 * of compiling the sources at start-up, and the grammar model behind the grammar index (wording,
 * completion, hover) into dist/grammars/model/<kind>.json, so no process parses the .rng sources.
 * Fails the build when a bundled grammar does not compile.
 *
 *   node scripts/compile-grammars.mjs      (run by `npm run build` after tsc)
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { KIND_GRAMMARS } = await import(path.join(ROOT, 'dist/src/schema/kinds.js'));
const { compileKind } = await import(path.join(ROOT, 'dist/src/schema/grammars.js'));
const { BUNDLED_SCHEMA_DIR, COMPILED_GRAMMAR_DIR } = await import(path.join(ROOT, 'dist/src/schema/bundled.js'));
const { compileGrammarModel, compiledModelFile, loadGrammar } = await import(path.join(ROOT, 'dist/src/grammar/index.js'));

fs.rmSync(COMPILED_GRAMMAR_DIR, { recursive: true, force: true });
fs.mkdirSync(path.join(COMPILED_GRAMMAR_DIR, 'model'), { recursive: true });
let failed = false;
for (const kind of Object.keys(KIND_GRAMMARS)) {
  const t0 = performance.now();
  const outcome = compileKind(BUNDLED_SCHEMA_DIR, kind);
  if (outcome.status !== 'ok') {
    console.error(`compile-grammars: ${kind}: ${outcome.status === 'no-grammar' ? `${outcome.file} is missing` : outcome.reason}`);
    failed = true;
    continue;
  }
  const json = JSON.stringify(outcome.grammar.toJSON());
  fs.writeFileSync(path.join(COMPILED_GRAMMAR_DIR, `${kind}.json`), json);
  // The grammar model behind the index that words messages, completion and hover.
  const dir = path.resolve(BUNDLED_SCHEMA_DIR);
  fs.writeFileSync(compiledModelFile(kind), JSON.stringify(compileGrammarModel(loadGrammar(dir, path.join(dir, KIND_GRAMMARS[kind].file)), dir)));
  if (process.env.VIRTLINT_VERBOSE_BUILD) console.log(`${kind}: ${(json.length / 1024).toFixed(0)} KiB in ${(performance.now() - t0).toFixed(0)} ms`);
}
if (failed) process.exit(1);
