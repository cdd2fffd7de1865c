/**
 * A foreign grammar (`--schemas DIR`) with k patterns of one element that share one define of k
 * attributes, or of a k-way choice of one attribute's values (shared-define-cases.ts), compiles and
 * validates a two-element document in time linear in k: 4× k must cost under 10× the CPU time
 * (linear ~4×, quadratic ~16×). Each size is measured in a fresh process, each call timed alone
 * after a full collection (see leastCallMs).
 * Before, through the command line: 0.48 / 1.39 / 6.1 s and 129 / 254 / 543 MB at k = 1,000 / 2,000 /
 * 4,000 (section 7's duplicate-attribute check walked the define once per element pattern; after
 * `<e` each of the k states filtered its own flat list of the define's k attributes, and matched
 * the value against its k candidates; a missing-attribute report walked the define once per state).
 * The old code measured 13.7–16.5× here for k = 1,000 against 4,000 (9.9× compiling the values
 * shape, whose reading and simplifying is a larger part at that size: compiling is measured at 2,000
 * against 8,000).
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileShared, DOCS, type Shape } from './shared-define-cases.js';
import { createValidator } from '../../src/relaxng/index.js';

const CASES_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'shared-define-cases.js');
const SMALL = 1000;
/** Compiling has a larger part linear in k (reading and simplifying the grammar): the quadratic check showed less at 1,000. */
const COMPILE_SMALL = 2000;
const SHAPES: readonly Shape[] = ['attributes', 'values'];

/** The errors of `<domain><e …/></domain>` with the attributes given, as kind and message. */
function errorsOf(shape: Shape, k: number, attrs: readonly (readonly [string, string])[]): string[] {
  const v = createValidator<number>(compileShared(shape, k));
  v.startElement({ ns: '', local: 'domain' }, [], 0);
  v.startElement({ ns: '', local: 'e' }, attrs.map(([name, value], i) => ({ name: { ns: '', local: name }, value, node: i })), 1);
  v.endElement(1);
  v.endElement(0);
  return v.end().map((e) => `${e.kind}: ${e.message}`);
}

/**
 * The least CPU time of `calls` calls of the workload `prepare(...args)` of the cases module, in a
 * fresh process, after `warmups` calls, each call timed alone after a full collection (untimed).
 * test/helpers/fresh-cost.ts times runs of calls with the collector's work inside: here a major
 * collection, which marks every grammar copy loaded up front, fell on some calls and not others
 * (a call of a few milliseconds measured 2–37 ms at k = 1,000, and ratios of 4× k read 2.5–12).
 * A young generation of 64 MB holds what a call allocates at both sizes, so no collection runs
 * inside a timed call (with the default one, the memo tables a call makes at k = 4,000 were
 * promoted and at 1,000 not: 5.7 against 50 ms, then 170 ms at 16,000). The least, not the
 * median: the work is the same at every call.
 */
function leastCallMs(args: readonly unknown[], calls: number, warmups: number): number {
  const script = `
    const { prepare } = await import(${JSON.stringify(pathToFileURL(CASES_MODULE).href)});
    const run = prepare(...${JSON.stringify([...args, warmups + calls])});
    for (let w = 0; w < ${warmups}; w++) run();
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const times = [];
    for (let c = 0; c < ${calls}; c++) {
      gc();
      const t0 = cpu();
      run();
      times.push(cpu() - t0);
    }
    process.stdout.write(String(Math.min(...times)));
  `;
  const flags = ['--single-threaded-gc', '--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64'];
  const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  if (r.status !== 0) throw new Error(`measuring ${JSON.stringify(args)} failed: ${r.stderr}`);
  return Math.max(Number(r.stdout), 0.05);
}

const names = (k: number, f: (i: number) => string): string => Array.from({ length: k }, (_, i) => f(i)).join(', ');

describe('relaxng: k element patterns sharing one define of k attributes (or values)', function () {
  this.timeout(180000);
  // 70 attributes make the states and the define wide (derive.ts WIDE_ATTRIBUTES), 3 do not: the same answers either way.
  for (const k of [3, 70]) {
    it(`still judges each attribute by the one pattern it selects (k = ${k})`, () => {
      expect(errorsOf('attributes', k, [[`n${k - 1}`, 'x'], [`b${k - 1}`, 'y'], ['b0', 'z']])).to.deep.equal([]);
      expect(errorsOf('attributes', k, [['b1', 'y'], ['n1', 'x'], ['n2', 'x']])).to.deep.equal(['unexpected-attribute: attribute n2 is not allowed on element e']);
      expect(errorsOf('attributes', k, [['b1', 'y']])).to.deep.equal([`missing-attribute: element e is missing required attributes ${names(k, (i) => `n${i}`)}`]);
      expect(errorsOf('values', k, [['kind', `v${k - 1}`], ['n0', 'x']])).to.deep.equal([]);
      expect(errorsOf('values', k, [['kind', 'bad'], ['n0', 'x']])).to.deep.equal(['invalid-attribute-value: invalid value "bad" for attribute kind']);
      // One name, k patterns: "attributes" (the report counts patterns).
      expect(errorsOf('values', k, [['n0', 'x']])).to.deep.equal(['missing-attribute: element e is missing required attributes kind']);
      expect(errorsOf('values', k, [])).to.deep.equal([`missing-attribute: element e is missing required attributes n0, kind, ${names(k - 1, (i) => `n${i + 1}`)}`]);
    });
  }
  for (const shape of SHAPES) {
    it(`${shape}: compiling the grammar, ${(4 * COMPILE_SMALL).toLocaleString('en-US')} vs ${COMPILE_SMALL.toLocaleString('en-US')}`, () => {
      const large = leastCallMs(['compile', shape, 4 * COMPILE_SMALL], 7, 4);
      const small = leastCallMs(['compile', shape, COMPILE_SMALL], 9, 8);
      const ratio = large / small;
      console.log(`      ${COMPILE_SMALL}: ${small.toFixed(1)} ms, ${4 * COMPILE_SMALL}: ${large.toFixed(1)} ms CPU, ratio ${ratio.toFixed(1)}`);
      expect(ratio, `4× k took ${ratio.toFixed(1)}× the time`).to.be.below(10);
    });
    for (const doc of Object.keys(DOCS)) {
      it(`${shape}, ${doc}: validating, ${(4 * SMALL).toLocaleString('en-US')} vs ${SMALL.toLocaleString('en-US')}`, () => {
        // Each call on a fresh grammar; as much warm-up work for the smaller k.
        const large = leastCallMs(['validate', shape, 4 * SMALL, doc], 7, 4);
        const small = leastCallMs(['validate', shape, SMALL, doc], 9, 8);
        const ratio = large / small;
        console.log(`      ${SMALL}: ${small.toFixed(1)} ms, ${4 * SMALL}: ${large.toFixed(1)} ms CPU, ratio ${ratio.toFixed(1)}`);
        expect(ratio, `4× k took ${ratio.toFixed(1)}× the time`).to.be.below(10);
      });
    }
  }
});
