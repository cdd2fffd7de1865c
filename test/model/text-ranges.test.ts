/**
 * A value's range (the model's trimmed element text) agrees with the document's line index: its
 * line and column are those of its offsets, also when the white space around the value holds line
 * breaks (a value on its own line was reported on the start tag's line, past the tag's end).
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { textValue } from '../../src/model/read.js';
import { LineIndex } from '../../src/xml/positions.js';
import { parseXml } from '../../src/xml/parse.js';
import { walk, type XmlElement } from '../../src/xml/tree.js';
import { CORPUS } from '../helpers/paths.js';

/** Every leaf element's trimmed-text range whose line or column differs from the line index's. */
function disagreements(text: string): string[] {
  const parsed = parseXml(text);
  if (!parsed.ok) return [];
  const lines = new LineIndex(text);
  const out: string[] = [];
  for (const el of walk(parsed.document.root as XmlElement)) {
    const value = textValue(el);
    if (!value || value.value === '' || el.children.length > 0) continue;
    const { start, end } = value.range;
    const want = lines.range(start.offset, end.offset);
    if (JSON.stringify(want) !== JSON.stringify(value.range)) out.push(`<${el.name}> ${JSON.stringify(value.range)}, offsets say ${JSON.stringify(want)}`);
  }
  return out;
}

describe('model: the range of an element\'s trimmed text', () => {
  it('is on the value\'s own line when line breaks surround it', () => {
    const text = "<volume>\n  <capacity unit='G'>\n    10\n  </capacity>\n  <name>  v  </name>\n</volume>";
    const capacity = textValue((parseXml(text) as { document: { root: XmlElement } }).document.root.children[0]);
    expect(capacity?.value).to.equal('10');
    expect(capacity?.range.start).to.deep.include({ line: 3, column: 5 });
    expect(capacity?.range.end).to.deep.include({ line: 3, column: 7 });
    expect(text.slice(capacity!.range.start.offset, capacity!.range.end.offset)).to.equal('10');
  });

  it('agrees with the line index on LF, lone CR and same-line white space, and on every corpus document', () => {
    for (const t of ['<a>\n   10\n</a>', '<a>  10  </a>', '<a>\r  z\r  </a>', '<a><b>\n\n x \n</b><c> y</c></a>']) expect(disagreements(t), JSON.stringify(t)).to.deep.equal([]);
    const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.xml'));
    expect(files.length).to.be.above(100);
    for (const f of files) expect(disagreements(fs.readFileSync(path.join(CORPUS, f), 'utf8')), f).to.deep.equal([]);
  });
});
