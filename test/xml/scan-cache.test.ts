/**
 * The scanner's string cache (src/xml/scan.ts: shareRange) is kept from document to document and
 * finds a string by a slot of its first, middle and last characters and length: strings that
 * share a slot, and names seen in an earlier document, must still read as written. A text run the
 * cache holds is taken without checking its characters again: forbidden characters must still be
 * refused, there and in every other stretch the scan does not read by a loop of its own.
 */
import { expect } from 'chai';
import { firstIllegalChar, hasForbiddenChar } from '../../src/xml/chars.js';
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

  it('refuses a forbidden character in a text run the cache already holds (only checked text enters it)', () => {
    // A clean run first, so that its slot is filled; then the same length and ends with a control inside.
    expect(root('<a>xyz</a>').text).to.equal('xyz');
    // Then the same run after an attribute value and after text joined from pieces (text and CDATA) that held it.
    const texts = ['<a>x\u0001z</a>', '<a>x\u0001z</a>', '<a b="q\u0001"/>', '<a>q\u0001</a>', '<a>q\u0001</a>', '<a>j<![CDATA[k\u0001]]></a>', '<a>jk\u0001</a>'];
    for (const text of texts) {
      const out = parseXml(text);
      expect(out.ok, JSON.stringify(text)).to.equal(false);
      if (!out.ok) {
        expect(out.diagnostic.message).to.equal('XML is not well-formed: disallowed character.');
        expect(out.diagnostic.range.start.offset).to.equal(firstIllegalChar(text));
      }
    }
  });

  it('refuses a forbidden character wherever the scan passes it without a markup check', () => {
    // Text, attribute value (plain and normalised), comment, CDATA, PI, and each again after a clean pass.
    const places = (c: string): string[] => [
      `<a>t${c}</a>`, `<a b="v${c}"/>`, `<a b="x&amp;${c}"/>`, `<a b="\t${c}"/>`, `<a><!-- ${c} --></a>`, `<a><![CDATA[${c}]]></a>`, `<a><?p ${c}?></a>`,
      `<a/><!--${c}-->`, `<?p ${c}?><a/>`, `<a>${'w'.repeat(80)}${c}</a>`, `<a>\r\n${c}</a>`,
    ];
    for (const c of ['\u0000', '\u0008', '\u001f', '\uFFFE', '\uFFFF', '\uD800', '\uDC00']) {
      for (const text of [...places(c), ...places(c)]) {
        const out = parseXml(text);
        expect(out.ok, JSON.stringify(text)).to.equal(false);
        if (!out.ok) {
          expect(out.diagnostic.message, JSON.stringify(text)).to.equal('XML is not well-formed: disallowed character.');
          expect(out.diagnostic.range.start.offset, JSON.stringify(text)).to.equal(text.indexOf(c));
        }
      }
    }
    // A pair outside the BMP and U+E000..U+FFFD are characters: the same places read.
    for (const c of ['\u{1F600}', '\uE000', '\uFFFD']) for (const text of places(c)) expect(parseXml(text).ok, JSON.stringify(text)).to.equal(true);
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
    // `<` and `&` stop hasForbiddenChar's native pass: the rest of a stretch is read by its loop.
    const pieces = ['a', '\u{1F600}', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\u0001', '\uFFFE', '\uFFFF', '\t', '\r\n', '\uE000', '\uFFFD', '<', '&'];
    const texts: string[] = [''];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) texts.push(a + b + c);
    for (const t of texts) expect(firstIllegalChar(t), JSON.stringify(t)).to.equal(byCodePoint(t));
    // hasForbiddenChar (the scanner's check of the stretches it reads by indexOf) agrees on the same texts and on parts of them.
    for (const t of texts) {
      expect(hasForbiddenChar(t, 0, t.length), JSON.stringify(t)).to.equal(byCodePoint(t) >= 0);
      if (t.length > 1) expect(hasForbiddenChar(t, 1, t.length), JSON.stringify(t)).to.equal(byCodePoint(t.slice(1)) >= 0);
    }
  });
});
