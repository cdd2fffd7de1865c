/**
 * The scanner stays linear on the shapes where a search from each construct to the next could go
 * quadratic: many references in one text, many siblings of one name, many comments after the
 * root, long runs without the character a search looks for. CPU time at n and 10n is compared as
 * a ratio (linear is 10×; a quadratic scan is ~100×), each measured in a fresh process
 * (test/helpers/fresh-cost.ts: inside the suite the collector's work on the larger input grew with
 * what earlier tests left, up to 55× on a loaded machine). The bound, 30×, leaves room for cache
 * effects of the larger input.
 *
 * Both sizes run with a 1 MB young generation. With V8's default (16 MB) the smaller tree (~3 MB
 * since the tree keeps offsets rather than Position objects) was built and dropped between two
 * young collections, nearly free of collector work, while the larger one (~30 MB) was copied and
 * promoted as it grew: the ratio measured the young generation's size (22–29× at load ~11, the
 * larger input itself 1.4–1.8× faster than before) rather than the scan. Outgrowing it at both
 * sizes, the same scan measured 5–7×.
 */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMsInFreshProcess } from '../helpers/fresh-cost.js';
import { SHAPES } from './scanner-shapes.js';

const SMALL_YOUNG_GENERATION = ['--max-semi-space-size=1'];
const SHAPES_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scanner-shapes.js');

describe('xml/scanner: linear time on adversarial shapes', function () {
  this.timeout(120000);
  for (const name of Object.keys(SHAPES)) {
    it(name, () => {
      const ratio = cpuMsInFreshProcess(SHAPES_MODULE, [name, 100000], 1, 2, SMALL_YOUNG_GENERATION) / cpuMsInFreshProcess(SHAPES_MODULE, [name, 10000], 10, 20, SMALL_YOUNG_GENERATION);
      console.log(`      ${name}: ${ratio.toFixed(1)}×`);
      expect(ratio, `${name}: 10× the input took ${ratio.toFixed(1)}× the time`).to.be.lessThan(30);
    });
  }
});
