/**
 * Not a test: measures the engine alone on the shared virt-install corpus.
 *   node dist/test/relaxng/measure.js
 * Prints compile time, serialised size, load time and documents/second (validation only, and
 * parse + validation), plus the number of documents with errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileGrammar, loadCompiledGrammar } from '../../src/relaxng/index.js';
import { fileResourceLoader } from '../../src/relaxng/file-loader.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { validateXml } from './drive.js';
import { SaxesParser } from 'saxes';

const t0 = performance.now();
const compiled = compileGrammar(pathToFileURL(path.join(REPO_ROOT, 'schemas/domain.rng')).href, fileResourceLoader());
const compileMs = performance.now() - t0;
if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems.slice(0, 5)));
const json = JSON.stringify(compiled.grammar.toJSON());
const loads: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  loadCompiledGrammar(JSON.parse(json));
  loads.push(performance.now() - t);
}
loads.sort((a, b) => a - b);
const grammar = loadCompiledGrammar(JSON.parse(json));
const docs = fs
  .readdirSync(CORPUS)
  .filter((f) => f.endsWith('.xml'))
  .map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8'));
let elements = 0;
for (const d of docs) {
  const p = new SaxesParser({ xmlns: true });
  p.on('opentag', () => elements++);
  p.write(d).close();
}
// Parse-only cost, to subtract.
const parseOnly = () => {
  for (const d of docs) {
    const p = new SaxesParser({ xmlns: true, position: true });
    p.on('opentag', () => undefined);
    p.write(d).close();
  }
};
let withErrors = 0;
for (const d of docs) if (validateXml(grammar, d).length > 0) withErrors++;
const rounds = 10;
let t = performance.now();
for (let r = 0; r < rounds; r++) for (const d of docs) validateXml(grammar, d);
const full = (performance.now() - t) / rounds;
t = performance.now();
for (let r = 0; r < rounds; r++) parseOnly();
const parse = (performance.now() - t) / rounds;
const engine = Math.max(full - parse, 0.001);
console.log(`compile domain.rng: ${compileMs.toFixed(1)} ms; serialised ${json.length} bytes; load (JSON.parse + rebuild) median ${loads[10]!.toFixed(2)} ms, min ${loads[0]!.toFixed(2)} ms`);
console.log(`${docs.length} documents, ${elements} elements, ${withErrors} with errors`);
console.log(`parse+validate: ${(docs.length / (full / 1000)).toFixed(0)} docs/s; engine alone: ${(docs.length / (engine / 1000)).toFixed(0)} docs/s, ${((engine * 1000) / elements).toFixed(2)} µs/element`);
