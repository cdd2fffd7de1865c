/**
 * The workload of xsd-nfa-bounds.test.ts, timed in a fresh process through `prepare`
 * (test/helpers/fresh-cost.ts): one grammar pattern against a long value that fails at its end.
 */
import { compileXsdMatcher } from '../../src/relaxng/xsd-regex.js';

const MIB = 1024 * 1024;

/** A flat string of `mib` MiB of `unit` then `fail`; the returned call matches it (and checks the answer). */
export function prepare(pattern: string, unit: string, fail: string, mib: number): () => void {
  const matches = compileXsdMatcher(pattern);
  // Flat (a concatenation is flattened on its first read, which would then be timed).
  const value = Buffer.from(unit.repeat(mib * MIB) + fail, 'latin1').toString('latin1');
  return () => {
    if (matches(value)) throw new Error(`${pattern} matched a value that ends in '${fail}'`);
  };
}
