import { expect } from 'chai';
import { parseXml, type ParsedDocument } from '../../src/xml/parse.js';
import { attr, child, xpathOf } from '../../src/xml/tree.js';

function parse(text: string, maxDepth = 256): ParsedDocument {
  const out = parseXml(text, { maxDepth });
  if (!out.ok) throw new Error(`unexpected failure: ${out.diagnostic.message}`);
  return out.document;
}

function failure(text: string, maxDepth = 256) {
  const out = parseXml(text, { maxDepth });
  if (out.ok) throw new Error('expected a parse failure');
  return out.diagnostic;
}

describe('xml/parse', () => {
  it('records exact ranges of elements, attribute names and values', () => {
    const doc = parse("<domain type='qemu'>\n  <devices>\n    <driver name=\"qemu\"  ioeventfd='on'/>\n  </devices>\n</domain>\n");
    const driver = child(child(doc.root, 'devices'), 'driver');
    const io = attr(driver, 'ioeventfd');
    expect(io?.value).to.equal('on');
    expect(io?.nameRange.start).to.include({ line: 3, column: 26 });
    expect(io?.nameRange.end).to.include({ line: 3, column: 35 });
    expect(io?.range.start).to.include({ line: 3, column: 37 });
    expect(io?.range.end).to.include({ line: 3, column: 39 });
    expect(io?.attributeRange.end).to.include({ line: 3, column: 40 });
    expect(driver?.nameRange.start).to.include({ line: 3, column: 6 });
    expect(driver?.startTagRange.end).to.include({ line: 3, column: 42 });
    expect(doc.root.range.end).to.include({ line: 5, column: 10 });
    expect(xpathOf(driver!)).to.equal('/domain/devices/driver');
  });

  it('counts columns in UTF-16 code units after astral characters and handles CRLF', () => {
    const doc = parse("<domain>\r\n<title>\u{1F600}x</title><name a='1'/></domain>");
    const name = child(doc.root, 'name');
    // line 2: <title>😀x</title> is 7 + 2 + 1 + 8 = 18 code units, so <name starts at column 19.
    expect(name?.nameRange.start).to.include({ line: 2, column: 20 });
    expect(attr(name, 'a')?.range.start).to.include({ line: 2, column: 28 });
  });

  it('keeps text, comments and same-name indexes', () => {
    const doc = parse('<domain><!-- hello --><devices><disk/><disk><target dev="vdb"/></disk></devices><name> vm1 </name></domain>');
    expect(doc.comments).to.have.length(1);
    expect(doc.comments[0]?.text).to.equal(' hello ');
    expect(doc.comments[0]?.range.start.column).to.equal(9);
    expect(doc.comments[0]?.range.end.column).to.equal(23);
    const second = child(doc.root, 'devices')?.children[1];
    expect(second?.sameNameIndex).to.equal(2);
    expect(xpathOf(child(second, 'target')!)).to.equal('/domain/devices/disk[2]/target');
    expect(child(doc.root, 'name')?.text).to.equal(' vm1 ');
  });

  it('decodes character references in attribute values but not DTD entities', () => {
    const doc = parse('<a v="x&amp;y&#65;&#x42;&lt;"/>');
    expect(attr(doc.root, 'v')?.value).to.equal('x&yAB<');
  });

  it('refuses a DOCTYPE without expanding anything (billion laughs)', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      '  <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
      ']>',
      '<domain>&lol9;</domain>',
    ].join('\n');
    const d = failure(lol);
    expect(d.ruleId).to.equal('xml/doctype');
    expect(d.message).to.match(/entity/i);
    expect(d.range.start.line).to.equal(2);
  });

  it('refuses an external entity before reading it', () => {
    const d = failure('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><domain>&x;</domain>');
    expect(d.ruleId).to.equal('xml/doctype');
    expect(d.message).to.not.match(/root:/);
  });

  it('reports malformed XML where it is', () => {
    const d = failure('<domain>\n  <name>x</nam>\n</domain>');
    expect(d.ruleId).to.equal('xml/not-well-formed');
    expect(d.range.start.line).to.equal(2);
    const e = failure('');
    expect(e.ruleId).to.equal('xml/not-well-formed');
  });

  it('reports an undefined entity as malformed', () => {
    const d = failure('<domain>&foo;</domain>');
    expect(d.ruleId).to.equal('xml/not-well-formed');
  });

  it('stops at the nesting limit', () => {
    const deep = '<a>'.repeat(300) + '</a>'.repeat(300);
    const d = failure(deep, 256);
    expect(d.ruleId).to.equal('xml/too-deep');
    expect(d.range.start.column).to.equal(256 * 3 + 1);
    expect(() => parse(deep, 400)).to.not.throw();
  });
});
