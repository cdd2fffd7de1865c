/**
 * The scanner's string cache (src/xml/scan.ts: shareRange) is kept from document to document and
 * finds a string by a slot of its first, middle and last characters and length: strings that
 * share a slot, and names seen in an earlier document, must still read as written.
 */
import { expect } from 'chai';
import { firstIllegalChar } from '../../src/xml/chars.js';
import { parseXml } from '../../src/xml/parse.js';
import type { XmlElement } from '../../src/xml/tree.js';

function root(text: string): XmlElement {
  const out = parseXml(text);
  if (!out.ok) throw new Error(`unexpected failure: ${out.diagnostic.message}`);
  return out.document.root;
}

describe('xml/scan string cache', () => {
  it('tells apart strings of one slot (same first, middle and last character and length)', () => {
    // 'abcde' and 'axcde', 'aXcXe': same slot; alternated so that each evicts the other.
    const values = ['abcde', 'axcde', 'abcde', 'aXcXe', 'axcde', 'abcde'];
    const text = `<r>${values.map((v) => `<${v} v="${v}">${v}</${v}>`).join('')}</r>`;
    for (let round = 0; round < 2; round++) {
      const kids = root(text).children;
      expect(kids.map((k) => k.name)).to.deep.equal(values);
      expect(kids.map((k) => k.attributes[0]!.value)).to.deep.equal(values);
      expect(kids.map((k) => k.text)).to.deep.equal(values);
    }
  });

  it('reads names and values of a later document as that document writes them', () => {
    const first = root('<domain type="kvm"><name>vm-one-with-a-long-name</name><devices><disk type="file"/></devices></domain>');
    const second = root('<domain type="qemu"><name>vm-one-with-a-long-namf</name><devices><disk type="filf"/><disk type="file"/></devices></domain>');
    expect(first.attributes[0]!.value).to.equal('kvm');
    expect(second.attributes[0]!.value).to.equal('qemu');
    expect(second.children[0]!.text).to.equal('vm-one-with-a-long-namf');
    expect(second.children[1]!.children.map((d) => d.attributes[0]!.value)).to.deep.equal(['filf', 'file']);
  });

  it('ends a closing tag that differs from its start tag only inside the name as a mismatch', () => {
    const out = parseXml('<abcde></axcde>');
    expect(out.ok).to.equal(false);
    if (!out.ok) expect(out.diagnostic.message).to.match(/unexpected close tag/);
  });
});

describe('xml/chars firstIllegalChar', () => {
  // The definition it replaced, by code points: the oracle.
  const byCodePoint = (text: string): number => {
    const m = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(text);
    return m ? m.index : -1;
  };

  it('agrees with the code-point definition on surrogates, pairs and controls', () => {
    const pieces = ['a', '\u{1F600}', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\u0001', '\uFFFE', '\uFFFF', '\t', '\r\n', '\uE000', '\uFFFD'];
    const texts: string[] = [''];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) texts.push(a + b + c);
    for (const t of texts) expect(firstIllegalChar(t), JSON.stringify(t)).to.equal(byCodePoint(t));
  });
});
