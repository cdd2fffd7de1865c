/**
 * Complexity regressions by ratio (no absolute times): validating 10× the input must cost under
 * 30× the (CPU) time — linear, not quadratic (which would be ~100×). The margin is for the garbage
 * collector, whose young-generation copies grow with what the larger run keeps alive: deep nesting
 * measured up to 21× on a loaded two-core machine, ~10× when idle. Events are fed to the
 * validator directly so that XML parsing does not blur the measurement. Each size is timed a few
 * times, each run on a freshly compiled grammar (cold memo tables), and the median kept (the
 * fastest small run is often one that happened to need no garbage collection at all).
 */
import { expect } from 'chai';
import { type CompiledGrammar, createValidator, type Validator } from '../../src/relaxng/index.js';
import { docWith, grammarOf, rng } from './helpers.js';

type Feed = (v: Validator<number>, n: number) => void;

/** Each run gets a freshly compiled grammar, so every run starts with empty memo tables (cold). */
function median(grammar: () => CompiledGrammar, feed: Feed, n: number, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const g = grammar();
    // CPU time of this process, not wall-clock: other processes on a shared machine do not count.
    const t = process.cpuUsage();
    const v = createValidator<number>(g);
    feed(v, n);
    const errors = v.end();
    const used = process.cpuUsage(t);
    const ms = (used.user + used.system) / 1000;
    expect(errors, 'the generated document is valid').to.deep.equal([]);
    times.push(ms);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
}

function ratio(g: () => CompiledGrammar, feed: Feed, small: number): number {
  median(g, feed, small, 2); // warm-up (JIT)
  const a = median(g, feed, small, 5);
  const b = median(g, feed, small * 10, 3);
  return b / Math.max(a, 0.05);
}

const root = { ns: '', local: 'doc' };
const noAttrs: never[] = [];

describe('relaxng: validation time is linear in the input', function () {
  this.timeout(120000);

  it('250,000 vs 25,000 sibling elements under an open content model (anyName, zeroOrMore)', () => {
    const g = () =>
      grammarOf(
      rng(`<start><element name="doc"><ref name="any"/></element></start>
        <define name="any"><zeroOrMore><choice>
          <element><anyName/><ref name="any"/></element>
          <attribute><anyName/></attribute><text/>
        </choice></zeroOrMore></define>`),
    );
    const feed: Feed = (v, n) => {
      v.startElement(root, noAttrs, 0);
      for (let i = 0; i < n; i++) {
        v.startElement({ ns: '', local: `e${i % 50}` }, [{ name: { ns: '', local: 'k' }, value: String(i), node: i }], i);
        v.endElement(i);
      }
      v.endElement(0);
    };
    const r = ratio(g, feed, 25000);
    expect(r, `10× input took ${r.toFixed(1)}× the time`).to.be.below(30);
  });

  it('many attributes on one element (20,000 vs 2,000), open attribute model', () => {
    const g = () =>
      grammarOf(docWith('<zeroOrMore><attribute><anyName/></attribute></zeroOrMore>'));
    const feed: Feed = (v, n) => {
      const attrs = Array.from({ length: n }, (_, i) => ({ name: { ns: '', local: `a${i}` }, value: `v${i}`, node: i }));
      v.startElement(root, attrs, 0);
      v.endElement(0);
    };
    const r = ratio(g, feed, 2000);
    expect(r, `10× input took ${r.toFixed(1)}× the time`).to.be.below(30);
  });

  it('many elements each with ~20 optional attributes inside a 40-branch optional interleave', () => {
    const attrs = Array.from({ length: 20 }, (_, i) => `<optional><attribute name="at${i}"/></optional>`).join('');
    const branches = Array.from({ length: 40 }, (_, i) => `<optional><element name="b${i}">${attrs}<empty/></element></optional>`).join('');
    const g = () =>
      grammarOf(docWith(`<zeroOrMore><element name="item"><interleave>${branches}</interleave></element></zeroOrMore>`));
    const feed: Feed = (v, n) => {
      v.startElement(root, noAttrs, 0);
      for (let i = 0; i < n; i++) {
        v.startElement({ ns: '', local: 'item' }, noAttrs, i);
        for (let b = 0; b < 40; b += 3) {
          const name = `b${(b * 7 + i) % 40}`;
          const as = Array.from({ length: 20 }, (_, k) => k)
            .filter((k) => (k + i) % 3 !== 0)
            .map((k) => ({ name: { ns: '', local: `at${k}` }, value: `${i}-${k}`, node: k }));
          v.startElement({ ns: '', local: name }, as, i);
          v.endElement(i);
        }
        v.endElement(i);
      }
      v.endElement(0);
    };
    const r = ratio(g, feed, 300);
    expect(r, `10× input took ${r.toFixed(1)}× the time`).to.be.below(30);
  });

  it('deep nesting (50,000 vs 5,000 levels of a recursive element)', () => {
    const g = () =>
      grammarOf(
      rng(`<start><ref name="n"/></start><define name="n"><element name="n"><optional><attribute name="d"/></optional><optional><ref name="n"/></optional></element></define>`),
    );
    const feed: Feed = (v, n) => {
      for (let i = 0; i < n; i++) v.startElement({ ns: '', local: 'n' }, [{ name: { ns: '', local: 'd' }, value: String(i), node: i }], i);
      for (let i = n - 1; i >= 0; i--) v.endElement(i);
    };
    const r = ratio(g, feed, 5000);
    expect(r, `10× input took ${r.toFixed(1)}× the time`).to.be.below(30);
  });
});
