/**
 * Parse cost, the scanner against the saxes-based parser it replaced (not a test: run it by hand,
 * `node --expose-gc dist/test/xml/parse-bench.js`). CPU time per corpus domain document (median of
 * rounds, the two parsers interleaved so load hits both alike), and time and retained heap for the
 * bench's 5,000-disk + 5,000-interface document (each parser in a process of its own, so the heap
 * it keeps is measured alone).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDomain } from '../../bench/generate.js';
import { parseXml, type ParseOutcome } from '../../src/xml/parse.js';
import { CORPUS } from '../helpers/paths.js';
import { parseXmlWithSaxes } from './saxes-reference.js';

type Parse = (text: string) => ParseOutcome;
const PARSERS: [string, Parse][] = [
  ['saxes', parseXmlWithSaxes],
  ['scanner', parseXml],
];

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function corpus(): void {
  const docs = fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8'))
    .filter((t) => {
      const out = parseXml(t);
      return out.ok && out.document.root.name === 'domain';
    });
  const bytes = docs.reduce((n, t) => n + t.length, 0);
  console.log(`loadavg ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; ${docs.length} corpus domain documents, ${(bytes / docs.length / 1024).toFixed(1)} KB average`);

  const ROUNDS = 9;
  const REPEAT = 20;
  const perDoc: Record<string, number[]> = { saxes: [], scanner: [] };
  for (const [, parse] of PARSERS) for (const t of docs) parse(t); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, parse] of PARSERS) {
      const t0 = cpuMs();
      for (let k = 0; k < REPEAT; k++) for (const t of docs) parse(t);
      perDoc[name]!.push((cpuMs() - t0) / (REPEAT * docs.length));
    }
  }
  const [old, now] = [median(perDoc.saxes!), median(perDoc.scanner!)];
  console.log(`corpus: saxes ${old.toFixed(4)} ms/doc, scanner ${now.toFixed(4)} ms/doc (CPU, median of ${ROUNDS} rounds): ${(old / now).toFixed(1)}× faster`);
}

function bigDocument(name: string, parse: Parse): void {
  const big = generateDomain(5000);
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = cpuMs();
    parse(big);
    times.push(cpuMs() - t0);
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = parse(big);
  gc();
  const after = process.memoryUsage().heapUsed;
  console.log(`big document (${(big.length / 1024 / 1024).toFixed(2)} MB), ${name}: ${median(times).toFixed(1)} ms CPU (median of 5), retained heap ${((after - before) / 1024 / 1024).toFixed(1)} MB (ok=${kept.ok})`);
}


const [mode, which] = process.argv.slice(2);
if (mode === 'big') {
  const parser = PARSERS.find(([name]) => name === which);
  if (parser) bigDocument(...parser);
} else {
  corpus();
  const self = fileURLToPath(import.meta.url);
  for (const [name] of PARSERS) process.stdout.write(spawnSync(process.execPath, ['--expose-gc', self, 'big', name], { encoding: 'utf8' }).stdout);
  console.log(`loadavg ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}
