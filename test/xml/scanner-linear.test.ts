/**
 * The scanner stays linear on the shapes where a search from each construct to the next could go
 * quadratic: many references in one text, many siblings of one name, many comments after the
 * root, long runs without the character a search looks for. CPU time at n and 10n is compared as
 * a ratio (linear is 10×; a quadratic scan is ~100×). The bound, 50×, leaves room for the garbage
 * collector: every young-generation collection copies the nodes kept so far, so 100,000 comments
 * measured 31–45× with Node's default young generation and 11× with `--max-semi-space-size=64`.
 */
import { expect } from 'chai';
import { parseXml } from '../../src/xml/parse.js';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * CPU time of one parse: the least of three samples (the least is the one least disturbed by
 * other load), each sample the mean of `reps` parses, so that a garbage collection landing in one
 * short parse of the small input does not decide the ratio.
 */
function cost(text: string, reps: number): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = cpuMs();
    for (let r = 0; r < reps; r++) parseXml(text);
    best = Math.min(best, (cpuMs() - t0) / reps);
  }
  return Math.max(best, 0.05);
}

const SHAPES: Record<string, (n: number) => string> = {
  'references in one text node': (n) => `<a>${'&amp;'.repeat(n)}</a>`,
  'references in one attribute value': (n) => `<a b="${'&lt;'.repeat(n)}"/>`,
  'same-name siblings': (n) => `<a>${"<b c='1'/>".repeat(n)}</a>`,
  'comments after the root': (n) => `<a/>${'<!-- c -->'.repeat(n)}`,
  'processing instructions in the root': (n) => `<a>${'<?p x?>'.repeat(n)}</a>`,
  'text interleaved with CDATA and CRLF': (n) => `<a>${'x]]\r\n<![CDATA[y]]>'.repeat(n)}</a>`,
  'a reference never closed': (n) => `<a>${'x'.repeat(n * 10)}&amp`,
  'lines of nested elements': (n) => `<a>\n${'<b>\n<c d="1"/>\n</b>\n'.repeat(n)}</a>`,
};

describe('xml/scanner: linear time on adversarial shapes', function () {
  this.timeout(120000);
  for (const [name, make] of Object.entries(SHAPES)) {
    it(name, () => {
      const small = make(10000);
      const large = make(100000);
      parseXml(small); // warm-up
      parseXml(small);
      const ratio = cost(large, 1) / cost(small, 10);
      if (process.env.SCANNER_LINEAR_REPORT) console.log(`      ${name}: ${ratio.toFixed(1)}×`);
      expect(ratio, `${name}: 10× the input took ${ratio.toFixed(1)}× the time`).to.be.lessThan(50);
    });
  }
});
