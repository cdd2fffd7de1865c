/**
 * The scanner stays linear on the shapes where a search from each construct to the next could go
 * quadratic: many references in one text, many siblings of one name, many comments after the
 * root, long runs without the character a search looks for. CPU time at n and 10n is compared as
 * a ratio (linear is 10×; a quadratic scan is ~100×), each measured in a fresh process
 * (test/helpers/fresh-cost.ts: inside the suite the collector's work on the larger input grew with
 * what earlier tests left, up to 55× on a loaded machine). The bound, 30×, leaves room for cache
 * effects of the larger input.
 */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMsInFreshProcess } from '../helpers/fresh-cost.js';
import { SHAPES } from './scanner-shapes.js';

const SHAPES_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scanner-shapes.js');

describe('xml/scanner: linear time on adversarial shapes', function () {
  this.timeout(120000);
  for (const name of Object.keys(SHAPES)) {
    it(name, () => {
      const ratio = cpuMsInFreshProcess(SHAPES_MODULE, [name, 100000]) / cpuMsInFreshProcess(SHAPES_MODULE, [name, 10000], 10, 20);
      if (process.env.SCANNER_LINEAR_REPORT) console.log(`      ${name}: ${ratio.toFixed(1)}×`);
      expect(ratio, `${name}: 10× the input took ${ratio.toFixed(1)}× the time`).to.be.lessThan(30);
    });
  }
});
