/**
 * The engine's memo tables keep texts (attribute values, element text) across documents: they must
 * keep copies, not slices that hold the whole document alive (V8 makes a slice of 13 characters or
 * more point into its parent string). Measured with the heap after forced collections: a memory
 * bound, not a time.
 */
import { expect } from 'chai';
import v8 from 'node:v8';
import vm from 'node:vm';
import { validateTree } from '../../src/schema/feed.js';
import { parseXml } from '../../src/xml/parse.js';
import { docWith, grammarOf } from '../relaxng/helpers.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const MIB = 1024 * 1024;

describe('schema: memo tables do not keep documents alive', () => {
  it('validating 8 documents of 1 MiB with unique values keeps well under their size', () => {
    const g = grammarOf(
      docWith(`<attribute name="id"><data type="token"/></attribute>
               <element name="name"><data type="string"/></element>
               <element name="path"><attribute name="file"><data type="string"><param name="pattern">/.*</param></data></attribute></element>`),
    );
    const doc = (i: number) =>
      `<doc id="document-number-${i}-${'q'.repeat(20)}"><!-- ${String(i).repeat(MIB)} -->` +
      `<name>the name of document ${i}, long enough</name><path file="/var/lib/images/disk-of-document-${i}.qcow2"/></doc>`;
    const run = (i: number): number => {
      const parsed = parseXml(doc(i));
      if (!parsed.ok) throw new Error('not well-formed');
      return validateTree(g, parsed.document.root, parsed.document.text).errors.length;
    };
    expect(run(-1)).to.equal(0);
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 8; i++) expect(run(i)).to.equal(0);
    gc();
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    expect(kept, `kept ${(kept / MIB).toFixed(1)} MiB`).to.be.below(3 * MIB);
  });
});
