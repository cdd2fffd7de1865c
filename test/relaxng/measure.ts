/**
 * Not a test: measures the engine alone on the shared virt-install corpus.
 *   node dist/test/relaxng/measure.js
 * Prints compile time, serialised size, load time and documents/second (validation only, and
 * parse + validation), plus the number of documents with errors. All times are CPU times of this
 * process (robust on a shared machine); the corpus has 256 documents (~50 elements each).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileGrammar, loadCompiledGrammar } from '../../src/relaxng/index.js';
import { fileResourceLoader } from '../../src/relaxng/file-loader.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { validateXml } from './drive.js';
import { SaxesParser } from 'saxes';

// CPU time (this process only), so that other load on a shared machine does not count.
const cpuMs = (f: () => void): number => {
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
};
const c0 = process.cpuUsage();
const compiled = compileGrammar(pathToFileURL(path.join(REPO_ROOT, 'schemas/domain.rng')).href, fileResourceLoader());
const u0 = process.cpuUsage(c0);
const compileMs = (u0.user + u0.system) / 1000;
if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems.slice(0, 5)));
const json = JSON.stringify(compiled.grammar.toJSON());
const loads: number[] = [];
for (let i = 0; i < 20; i++) {
  const c = process.cpuUsage();
  loadCompiledGrammar(JSON.parse(json));
  const u = process.cpuUsage(c);
  loads.push((u.user + u.system) / 1000);
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
const first = cpuMs(() => {
  for (const d of docs) if (validateXml(grammar, d).length > 0) withErrors++;
});
const rounds = 10;
const full = cpuMs(() => {
  for (let r = 0; r < rounds; r++) for (const d of docs) validateXml(grammar, d);
}) / rounds;
const parse = cpuMs(() => {
  for (let r = 0; r < rounds; r++) parseOnly();
}) / rounds;
const engine = Math.max(full - parse, 0.001);
console.log(`compile domain.rng: ${compileMs.toFixed(1)} ms; serialised ${json.length} bytes; load (JSON.parse + rebuild) median ${loads[10]!.toFixed(2)} ms, min ${loads[0]!.toFixed(2)} ms`);
console.log(`${docs.length} documents, ${elements} elements, ${withErrors} with errors; first pass (cold memo tables, parse included) ${first.toFixed(0)} ms`);
console.log(`parse+validate: ${(docs.length / (full / 1000)).toFixed(0)} docs/s; engine alone: ${(docs.length / (engine / 1000)).toFixed(0)} docs/s, ${((engine * 1000) / elements).toFixed(2)} µs/element`);
