/** The model-building workload of build-cost.test.ts, timed in a fresh process through `prepare`. */
import { generateDomain } from '../../bench/generate.js';
import { buildDomain } from '../../src/model/domain.js';
import { parseXml } from '../../src/xml/parse.js';

/** Parses a domain of `n` disks and `n` interfaces; the returned function builds its model. */
export function prepare(n: number): () => void {
  const parsed = parseXml(generateDomain(n));
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  const root = parsed.document.root;
  return () => {
    if (buildDomain(root).devices.all.length !== 2 * n) throw new Error('a device went missing');
  };
}
