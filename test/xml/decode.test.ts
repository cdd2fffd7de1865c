import { expect } from 'chai';
import { checkText, decodeBytes } from '../../src/xml/decode.js';

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

  it('refuses NUL bytes (binary files)', () => {
    const out = decodeBytes(Buffer.from([0x3c, 0x61, 0x00, 0x3e]));
    expect(out.ok).to.equal(false);
    if (!out.ok) expect(out.diagnostic.message).to.match(/NUL/);
  });

  it('refuses declared encodings it does not read', () => {
    const out = checkText('<?xml version="1.0" encoding="ISO-8859-1"?><a/>');
    expect(out.ok).to.equal(false);
    expect(checkText('<?xml version="1.0" encoding="UTF-8"?><a/>').ok).to.equal(true);
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
