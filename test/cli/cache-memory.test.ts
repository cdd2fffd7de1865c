import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { IN_ORDER_WINDOW } from '../../src/lint-files.js';
import { heapWhileReporting, longDocuments } from './heap.js';
import { tempDir } from './tmp.js';

/**
 * The heap while the report of `n` long documents is written with --cache: `warm` fills the cache
 * first and then changes the first document, so that every later file is a hit that must wait for
 * it; otherwise the cache is empty (every file is read for its key and is a miss).
 */
async function heapOfCachedRun(n: number, warm: boolean): Promise<number> {
  const dir = longDocuments(n);
  const cache = path.join(tempDir(), 'cache.json');
  const args = ['-f', 'json', '--cache', '--cache-location', cache, '--concurrency', '1', '.'];
  if (warm) {
    await heapWhileReporting(dir, args);
    fs.appendFileSync(path.join(dir, 'vm0000.xml'), '<!-- changed -->\n');
  }
  const most = await heapWhileReporting(dir, args);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(path.dirname(cache), { recursive: true, force: true });
  return most;
}

describe('the memory of a --cache run does not grow with its number of files', function () {
  this.timeout(300000);

  for (const warm of [false, true]) {
    const what = warm ? 'a warm cache, the first file changed (every later hit waits for it)' : 'a cold cache (every file read for its key is a miss)';
    it(`${what}: 3× the files, under 4 KB more heap per added file (each document is ~8 KB)`, async () => {
      // Both runs larger than the in-order window, which may hold its files' results and texts.
      const n = IN_ORDER_WINDOW + 100;
      await heapOfCachedRun(n, warm); // warm-up: grammar, optimised code, caches of a first run
      const small = await heapOfCachedRun(n, warm);
      const large = await heapOfCachedRun(3 * n, warm);
      const perFile = (large - small) / (2 * n);
      // The cache keeps an entry per file until it is saved (key, hashes, diagnostics, notes: ~1–2 KB
      // in memory here, 1.5–1.9 KB a file measured); the documents' texts must not be kept (~8 KB).
      // Before: the pass that reads every file for its key kept each miss's text until it was linted,
      // and the results of hits waited (with their text) for the earlier misses.
      expect(perFile, `${(small / 1e6).toFixed(1)} MB for ${n} files, ${(large / 1e6).toFixed(1)} MB for ${3 * n}: ${(perFile / 1024).toFixed(2)} KB a file`).to.be.below(4096);
    });
  }
});
