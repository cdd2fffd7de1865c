import { expect } from 'chai';
import { checkText, decodeBytes, encodingFindings } from '../../src/xml/decode.js';

describe('xml/decode', () => {
  it('accepts UTF-8 and keeps a byte-order mark in the text', () => {
    const out = decodeBytes(Buffer.from('\uFEFF<a>é</a>', 'utf8'));
    expect(out.ok && out.text).to.equal('\uFEFF<a>é</a>');
    expect(out.ok && out.encoding).to.equal('utf-8');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a/>', 'utf16le')]);
    const out = decodeBytes(le);
    expect(out.ok && out.text).to.equal('<a/>');
    expect(out.ok && out.encoding).to.equal('utf-16le');
  });

  it('refuses invalid UTF-8 and says where', () => {
    const out = decodeBytes(Buffer.from([0x3c, 0x61, 0x3e, 0xc3, 0x28, 0x3c]));
    expect(out.ok).to.equal(false);
    if (!out.ok) {
      expect(out.diagnostic.ruleId).to.equal('xml/encoding');
      expect(out.diagnostic.message).to.match(/offset 3/);
    }
  });

  it('refuses Latin-1 bytes declared ISO-8859-1 as libvirt does (it reads UTF-8 whatever the declaration says)', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\u00e9</a>', 'latin1');
    const out = decodeBytes(bytes);
    expect(!out.ok && out.diagnostic.message).to.equal(
      `The file is not valid UTF-8 (first bad byte at offset ${bytes.indexOf(0xe9)}); its XML declaration names 'ISO-8859-1', but libvirt reads every document as UTF-8 and refuses this one ("Input is not proper UTF-8") — convert the file to UTF-8`,
    );
  });

  it('refuses NUL bytes (binary files)', () => {
    const out = decodeBytes(Buffer.from([0x3c, 0x61, 0x00, 0x3e]));
    expect(out.ok).to.equal(false);
    if (!out.ok) expect(out.diagnostic.message).to.match(/NUL/);
  });

  // Was 'refuses declared encodings it does not read' (ISO-8859-1 on ASCII refused): libvirt 9.0
  // defines such a document (the oracle: l1-ascii.xml, e-u8latin.xml), reading the bytes as UTF-8.
  // It refuses only names libxml2 does not know ("Unsupported encoding no-such-enc").
  it('refuses declared encodings libxml2 does not know, with a fix to UTF-8; reads known ones as UTF-8', () => {
    const out = checkText('<?xml version="1.0" encoding="no-such-enc"?><a/>');
    expect(out.ok).to.equal(false);
    expect(!out.ok && out.diagnostic.message).to.match(/'no-such-enc', which libxml2 does not know: libvirt refuses the document \("Unsupported encoding no-such-enc"\)/);
    expect(!out.ok && out.diagnostic.range.start.offset).to.equal(30);
    expect(!out.ok && out.diagnostic.fix?.edits).to.deep.equal([{ start: 30, end: 41, text: 'UTF-8' }]);
    expect(checkText('<?xml version="1.0" encoding="ISO-8859-1"?><a/>').ok).to.equal(true);
    expect(checkText('<?xml version="1.0" encoding="UTF-8"?><a/>').ok).to.equal(true);
  });

  it('warns (xml/encoding-declaration, fixable) about UTF-8 text declaring another encoding libvirt knows', () => {
    const text = '\uFEFF<?xml version="1.0" encoding=\'KOI8-R\'?><a>caf\u00e9</a>';
    const [w, ...more] = encodingFindings(text);
    expect(more).to.deep.equal([]);
    expect(w!.ruleId).to.equal('xml/encoding-declaration');
    expect(w!.severity).to.equal('warning');
    expect(w!.message).to.match(/names encoding 'KOI8-R', but the text is UTF-8, which is how libvirt reads it; .* would garble its non-ASCII characters/);
    // The range and the edit cover the name, their offsets counting the byte-order mark; its column
    // does not (an editor shows no mark: src/xml/positions.ts).
    expect(text.slice(w!.range.start.offset, w!.range.end.offset)).to.equal('KOI8-R');
    expect(w!.range.start.column).to.equal(w!.range.start.offset);
    const [edit] = w!.fix!.edits;
    expect(text.slice(0, edit!.start) + edit!.text + text.slice(edit!.end)).to.equal('\uFEFF<?xml version="1.0" encoding=\'UTF-8\'?><a>caf\u00e9</a>');
    // UTF-16 on UTF-8 bytes too (libvirt reads them as UTF-8); plain ASCII declared ASCII is true.
    expect(encodingFindings('<?xml version="1.0" encoding="UTF-16"?><a/>').map((d) => d.ruleId)).to.deep.equal(['xml/encoding-declaration']);
    expect(encodingFindings('<?xml version="1.0" encoding="US-ASCII"?><a/>')).to.deep.equal([]);
    expect(encodingFindings('<?xml version="1.0" encoding="US-ASCII"?><a>\u00e9</a>').map((d) => d.ruleId)).to.deep.equal(['xml/encoding-declaration']);
    expect(encodingFindings('<?xml version="1.0" encoding="utf8"?><a>\u00e9</a>')).to.deep.equal([]);
    expect(encodingFindings('<a>\u00e9</a>')).to.deep.equal([]);
    // Not an encoding name at all: left to the parser (xml/not-well-formed), as libvirt's refuses it.
    expect(encodingFindings('<?xml version="1.0" encoding="iso 8859-1"?><a/>')).to.deep.equal([]);
    expect(checkText('<?xml version="1.0" encoding="iso 8859-1"?><a/>').ok).to.equal(true);
    // Nor is a name that starts with a digit (glibc and ICU know 8859_1, but libxml2 never asks them).
    expect(encodingFindings('<?xml version="1.0" encoding="8859_1"?><a/>')).to.deep.equal([]);
    expect(checkText('<?xml version="1.0" encoding="8859_1"?><a/>').ok).to.equal(true);
  });

  it('places the warning on the name when the declaration spans lines (was: line 1, past its end)', () => {
    const text = '<?xml version="1.0"\r\n  encoding="ISO-8859-1"?>\n<a/>';
    const [w] = encodingFindings(text);
    expect(text.slice(w!.range.start.offset, w!.range.end.offset)).to.equal('ISO-8859-1');
    expect(w!.range.start).to.deep.include({ line: 2, column: 13 });
    expect(w!.range.end).to.deep.include({ line: 2, column: 23 });
  });

  it('says libvirt refuses UTF-16 (an error, but the text is still linted)', () => {
    const [e, ...more] = encodingFindings('<?xml version="1.0" encoding="UTF-16"?><a/>', 'utf-16le');
    expect(more).to.deep.equal([]);
    expect(e!.ruleId).to.equal('xml/encoding');
    expect(e!.severity).to.equal('error');
    expect(e!.message).to.match(/^The file is UTF-16 .*libvirt reads documents as UTF-8 and refuses it/);
    expect(encodingFindings('<a/>', 'utf-16be').map((d) => d.ruleId)).to.deep.equal(['xml/encoding']);
  });

  it('decodes each document on its own: nothing carries over from the one before (one decoder serves all)', () => {
    // A document ending in the first byte of a two-byte sequence, then one starting with its second.
    const truncated = decodeBytes(Buffer.from([0x3c, 0x61, 0x3e, 0xc3]));
    expect(!truncated.ok && truncated.diagnostic.message).to.match(/offset 3/);
    const continuation = decodeBytes(Buffer.from([0xa9, 0x3c, 0x61, 0x3e]));
    expect(!continuation.ok && continuation.diagnostic.message).to.match(/offset 0/);
    // After a refused document, a byte-order mark is still kept and é still read.
    const next = decodeBytes(Buffer.from('\uFEFF<a>é</a>', 'utf8'));
    expect(next.ok && next.text).to.equal('\uFEFF<a>é</a>');
    expect(decodeBytes(Buffer.from([0xa9])).ok, 'a lone continuation byte, again').to.equal(false);
  });
});
