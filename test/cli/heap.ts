import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { tempDir } from './tmp.js';

const FIX = path.join(REPO_ROOT, 'test/fixtures/ci');
const IDE = fs.readFileSync(path.join(FIX, 'ide-ioeventfd.xml'), 'utf8');
const CLEAN = fs.readFileSync(path.join(FIX, 'clean.xml'), 'utf8');

/** A full collection, from a fresh context after --expose-gc (flags set now reach only new contexts). */
function fullGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** `n` documents of ~8 KB (a long <description>), every third with findings; written here, kept nowhere. */
export function longDocuments(n: number): string {
  const dir = tempDir();
  const long = `  <description>${'a virtual machine of the fleet; '.repeat(256)}</description>\n`;
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `vm${String(i).padStart(4, '0')}.xml`), (i % 3 === 0 ? IDE : CLEAN).replace('</name>\n', `</name>\n${long}`));
  return dir;
}

/**
 * The CLI's heap (after a full collection) at the largest moment a part of its report is written,
 * running with `args` in `dir` (exit code 1: every third document has findings).
 */
export async function heapWhileReporting(dir: string, args: readonly string[]): Promise<number> {
  const gc = fullGc();
  let most = 0;
  let writes = 0;
  const out = new Writable({
    write(_chunk: Buffer, _enc, done) {
      // A full collection at every fourth part (the first included): what a run keeps only grows,
      // so the peak is still seen, at a quarter of the collections (one per part took minutes).
      if (writes++ % 4 === 0) {
        gc();
        most = Math.max(most, process.memoryUsage().heapUsed);
      }
      done();
    },
  });
  const err = new PassThrough().resume();
  const stdin = new PassThrough();
  stdin.end();
  const code = await main([...args], { stdout: out, stderr: err, stdin, isTTY: false, env: { PATH: process.env.PATH }, cwd: dir });
  expect(code).to.equal(1);
  return most;
}
