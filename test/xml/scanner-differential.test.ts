/**
 * The hand-written scanner (src/xml/scan.ts, behind parseXml) against the saxes-based parser it
 * replaced (test/xml/saxes-reference.ts): on every corpus document and on a few thousand seeded
 * mutants of them, both give the same tree — names, attributes, values, text, every range,
 * same-name indexes, comments — or both refuse the text with the same diagnostic id.
 *
 * Known, intended differences (each checked here rather than skipped):
 * - a lone surrogate is not an XML character; saxes let a lone high surrogate through (it read it
 *   as a pair with whatever followed), the scanner refuses it as "disallowed character.";
 * - a comment containing a carriage return: saxes counted the comment's normalised length to
 *   place its end (one short per CRLF); the scanner's range ends just after `-->`.
 * - a document declaring version="1.1" (or any 1.x but 1.0): saxes switched to XML 1.1's character
 *   rules (NEL and LINE SEPARATOR read as line ends, C1 controls refused); the scanner keeps XML
 *   1.0's, as libxml2 — libvirt's parser — does ("Unsupported version '1.1'", read as 1.0);
 * - a refusal at a character outside the BMP: saxes' range started at the character's second code
 *   unit (the middle of the surrogate pair), the scanner's covers the whole character.
 * - a `&` not followed by a name (or `#`) and `;`: saxes searched on to the next `;` anywhere and
 *   reported there ("disallowed character in entity name.") or at the end of the document; the
 *   scanner refuses it at the `&`, as libxml2 does, saying to write `&amp;` (checked: saxes refused
 *   the text too, and the scanner's range starts at a `&`).
 * Messages and ranges of refusals are compared too and must otherwise be identical.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Range } from '../../src/types.js';
import { parseXml, type ParseLimits, type ParseOutcome } from '../../src/xml/parse.js';
import type { XmlComment, XmlElement } from '../../src/xml/tree.js';
import { HOST_PROGRAMS } from '../helpers/host-programs.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { generateDomain, generateMetadata } from '../../bench/generate.js';
import { prng } from '../oracle/mutate.js';
import { parseXmlWithSaxes } from './saxes-reference.js';

const CORPUS_ROOT = path.resolve(REPO_ROOT, '../shared/corpus');

function corpusFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return corpusFiles(p);
    return e.name.endsWith('.xml') ? [p] : [];
  });
}

const r = (x: Range): string => `${x.start.line}:${x.start.column}@${x.start.offset}-${x.end.line}:${x.end.column}@${x.end.offset}`;

/** Everything a consumer can read from a tree, as plain data. */
function plain(el: XmlElement): unknown {
  return {
    name: el.name,
    text: el.text,
    sameNameIndex: el.sameNameIndex,
    range: r(el.range),
    nameRange: r(el.nameRange),
    startTagRange: r(el.startTagRange),
    contentRange: r(el.contentRange),
    parent: el.parent?.name,
    attributes: el.attributes.map((a) => ({ name: a.name, value: a.value, nameRange: r(a.nameRange), valueRange: r(a.range), range: r(a.attributeRange) })),
    children: el.children.map(plain),
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Tally {
  same: number;
  refusedBoth: number;
  sameMessage: number;
  sameRange: number;
  loneSurrogate: number;
  crInComment: number;
  messageDiffs: Map<string, number>;
  rangeDiffs: string[];
  /** Refusals at a character outside the BMP: saxes' range started at its second code unit, the scanner's at its first. */
  astralRange: number;
  /** A `&` that starts no reference ended by `;`: refused at the `&` (saxes: at a later `;` or the end). */
  literalAmpersand: number;
}

const LITERAL_AMPERSAND = /^XML is not well-formed: ('&' does not start a reference|the reference '&#?[^']*' is not ended by ';') \(write &amp; for a literal '&'\)\.$/;

/**
 * Messages reworded on purpose: saxes's names a pattern that admits a digit first, while its check
 * (and XML's EncName) wants a letter; ours says what the check wants and quotes the name.
 */
const REWORDED: readonly (readonly [string, RegExp])[] = [
  ['XML is not well-formed: encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.', /^XML is not well-formed: encoding name ".*" must start with a letter, then only letters, digits, '\.', '_' or '-'\.$/],
];

/** Compares the two parsers on one text; throws (with `label`) on any difference not listed above. */
function compare(text: string, label: string, tally: Tally, limits: Partial<ParseLimits> = {}): void {
  const now = parseXml(text, limits);
  if (LONE_SURROGATE.test(text)) {
    tally.loneSurrogate++;
    expect(now.ok, `${label}: a lone surrogate is refused`).to.equal(false);
    if (!now.ok) expect(now.diagnostic.ruleId, label).to.equal('xml/not-well-formed');
    return;
  }
  const before: ParseOutcome = parseXmlWithSaxes(text, limits);
  if (!before.ok || !now.ok) {
    expect(now.ok, `${label}: ${now.ok ? 'accepted' : now.diagnostic.message}; saxes: ${before.ok ? 'accepted' : before.diagnostic.message}`).to.equal(before.ok);
    if (before.ok || now.ok) return;
    tally.refusedBoth++;
    expect(now.diagnostic.ruleId, `${label}: ${now.diagnostic.message} / saxes: ${before.diagnostic.message}`).to.equal(before.diagnostic.ruleId);
    if (LITERAL_AMPERSAND.test(now.diagnostic.message)) {
      expect(text[now.diagnostic.range.start.offset], `${label}: the refusal starts at the '&'`).to.equal('&');
      tally.literalAmpersand++;
      return;
    }
    if (now.diagnostic.message === before.diagnostic.message || REWORDED.some(([saxes, ours]) => before.diagnostic.message === saxes && ours.test(now.diagnostic.message))) tally.sameMessage++;
    else {
      const key = `${before.diagnostic.message} → ${now.diagnostic.message}`;
      tally.messageDiffs.set(key, (tally.messageDiffs.get(key) ?? 0) + 1);
    }
    const [a, b] = [now.diagnostic.range, before.diagnostic.range];
    if (r(a) === r(b)) tally.sameRange++;
    else if (a.start.offset === b.start.offset - 1 && a.end.offset === b.end.offset && /[\uD800-\uDBFF]/.test(text[a.start.offset] ?? '')) tally.astralRange++;
    else tally.rangeDiffs.push(`${label}: ${now.diagnostic.message} at ${r(now.diagnostic.range)}; saxes at ${r(before.diagnostic.range)}`);
    return;
  }
  tally.same++;
  expect(plain(now.document.root), label).to.deep.equal(plain(before.document.root));
  const comments = (cs: readonly XmlComment[], withRanges: boolean) => cs.map((c) => ({ text: c.text, range: withRanges ? r(c.range) : '' }));
  const crInComment = now.document.comments.some((c) => text.slice(c.range.start.offset, c.range.end.offset).includes('\r'));
  if (crInComment) tally.crInComment++;
  expect(comments(now.document.comments, !crInComment), label).to.deep.equal(comments(before.document.comments, !crInComment));
  for (const c of now.document.comments) {
    const raw = text.slice(c.range.start.offset, c.range.end.offset);
    expect(raw.startsWith('<!--') && raw.endsWith('-->'), `${label}: comment range`).to.equal(true);
  }
}

/** Seeded mutants: characters and markup fragments inserted, deleted, duplicated; truncation at a byte. */
const INSERTS = ['<', '>', '&', '"', "'", ']]>', '--', '<!--', '-->', '<![CDATA[', '\r\n', '\r', '\n', '\t', '\u0001', '\u000b', '\uFFFE', '\uD800', '\uDC00', '\u{1F600}', '&amp;', '&#0;', '&#x10FFFF;', '&#65;', '&bogus;', '</a>', '<a>', '/>', '=', '<?pi x?>', '<?xml version="1.0"?>', '<!DOCTYPE d>', 'xmlns:x="u"', ' a="1"', ' ', '\uFEFF', '?>', '<!', '&#xD;', '&lt;'];

function mutate(text: string, rand: () => number): { text: string; what: string } {
  const at = Math.floor(rand() * (text.length + 1));
  const op = Math.floor(rand() * 6);
  if (op === 0) {
    const n = 1 + Math.floor(rand() * 4);
    return { text: text.slice(0, at) + text.slice(at + n), what: `delete ${n} at ${at}` };
  }
  if (op === 1) {
    const n = 1 + Math.floor(rand() * 12);
    return { text: text.slice(0, at) + text.slice(at, at + n) + text.slice(at), what: `duplicate ${n} at ${at}` };
  }
  if (op === 2) {
    const bytes = Buffer.from(text, 'utf8');
    const cut = Math.floor(rand() * bytes.length);
    return { text: new TextDecoder().decode(bytes.subarray(0, cut)), what: `truncate at byte ${cut}` };
  }
  const insert = INSERTS[Math.floor(rand() * INSERTS.length)] as string;
  // Inserts aim at markup half of the time: just before or after a `<` or `>` near the random offset.
  let where = at;
  if (op >= 4) {
    const near = text.indexOf(op === 4 ? '<' : '>', at);
    if (near >= 0) where = near + (rand() < 0.5 ? 0 : 1);
  }
  return { text: text.slice(0, where) + insert + text.slice(where), what: `insert ${JSON.stringify(insert)} at ${where}` };
}

describe('xml/scanner differential (against the saxes-based parser it replaced)', function () {
  this.timeout(120000);
  const files = corpusFiles(CORPUS_ROOT).sort();
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const fresh = (): Tally => ({ same: 0, refusedBoth: 0, sameMessage: 0, sameRange: 0, loneSurrogate: 0, crInComment: 0, messageDiffs: new Map(), rangeDiffs: [], astralRange: 0, literalAmpersand: 0 });

  it('reads every corpus document into the same tree', () => {
    expect(files.length).to.be.greaterThan(200);
    const tally = fresh();
    files.forEach((f, i) => compare(texts[i] as string, path.relative(CORPUS_ROOT, f), tally));
    expect(tally.same).to.equal(files.length);
  });

  it('gives the same tree or the same refusal on seeded mutants of them (with the same message and range)', () => {
    const rand = prng(0x5ca11e5);
    const tally = fresh();
    let total = 0;
    texts.forEach((original, i) => {
      for (let m = 0; m < 16; m++) {
        let text = original;
        const steps: string[] = [];
        // One to three mutations stacked.
        for (let k = 0, n = 1 + Math.floor(rand() * 3); k < n; k++) {
          const step = mutate(text, rand);
          text = step.text;
          steps.push(step.what);
        }
        compare(text, `${path.relative(CORPUS_ROOT, files[i] as string)}: ${steps.join(', ')}`, tally);
        total++;
      }
    });
    expect(total).to.be.greaterThan(3000);
    // Both outcomes occur in numbers: the mutants exercise refusals and acceptances alike.
    expect(tally.same).to.be.greaterThan(300);
    expect(tally.refusedBoth).to.be.greaterThan(1500);
    const diffs = [...tally.messageDiffs].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}× ${k}`);
    if (process.env.SCANNER_DIFF_REPORT) console.log({ total, ...tally, messageDiffs: diffs });
    expect(diffs, 'refusal messages').to.deep.equal([]);
    expect(tally.rangeDiffs, 'refusal ranges').to.deep.equal([]);
    expect(tally.sameRange + tally.astralRange + tally.literalAmpersand).to.equal(tally.refusedBoth);
    // The mutants insert `&` often: the departure is exercised, not just allowed.
    expect(tally.literalAmpersand).to.be.greaterThan(10);
  });

  it('agrees on hand-picked well-formedness cases', () => {
    const tally = fresh();
    const cases = [
      '', ' ', '\uFEFF<a/>', '<a/>', '<a/><b/>', '<a></b>', '<a>', '</a>', '<a b/>', '<a b=c/>', '<a b="1" b="2"/>', '<a b="<"/>', '<a>&foo;</a>',
      '<a>&#0;</a>', '<a>&#x1F600;</a>', '<a>&#X41;</a>', '<a>&;</a>', '<a>]]></a>', '<a><!-- x -- y --></a>', '<a><![CDATA[x]]></a>', '<![CDATA[x]]><a/>',
      '<?xml version="1.0"?><a/>', ' <?xml version="1.0"?><a/>', '<a/><?xml version="1.0"?>', '<?xml?><a/>', '<?xml version="2.0"?><a/>',
      '<?xml version="1.0" encoding="@"?><a/>', '<?xml version="1.0" standalone="maybe"?><a/>', '<?xml encoding="UTF-8"?><a/>', '<?xml version="1.0"encoding="UTF-8"?><a/>',
      '<?XML version="1.0"?><a/>', '<??><a/>', '<?pi?><a/>', '<a>text</a>tail', 'lead<a/>', '<a>\r\nx\ry</a>', '<a b="x\r\ny\tz\nw"/>', '<a b="&#10;&#9;"/>',
      '<!DOCTYPE a><a/>', '<a/><!DOCTYPE a>', '<!DOCTYPE a [<!ENTITY x "y">]><a/>', '<!DOCTYPE a [<!-- ] > --><!ENTITY x "]>">]><a/>', '<!DOCTYPE a', '<!x',
      '<a\u0001/>', '<a>\uFFFF</a>', '<a>\u0085</a>', '<a:b:c/>', '<a/ >', '<a b="1"c="2"/>', '<a  b = "1" />', '<a></a >', '<a></ a>', '<a></a', '<a b="1',
      '<a><!--', '<a><![CDATA[', '<a><?pi', '<a>&amp', '<\u{10000}/>', '<a \u{10000}="1"/>',
      '<!DOCTYPE a [<?pi ] > ?>]><a/>', '<!DOCTYPE a [<!-- x -- y -->]><a/>', '<!DOCTYPE a [<!x "]>"]><a/>', '<!DOCTYPE a SYSTEM "x>y"><a/>', '<!DOCTYPE a [<"]>"]><a/>',
      '<!DOCTYPE a [<!ENTITY', '<!DOCTYPE a><!DOCTYPE b><a/>', '<!DOCTYP a><a/>', '<!-x-----><a/>', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>',
      "<?xml version='1.0' ?>\n<a/>", '<?xml version="1.0" standalone="yes" encoding="UTF-8"?><a/>', '<?xml version="1.0" x="1"?><a/>', '<?xml version="1.0"? ><a/>',
      '<?xml version = "1.0"?><a/>', '<?xml version="1.0?"?><a/>', '<?xml version=1.0?><a/>', '<?xml version?><a/>', '<?xml v="1.0"?><a/>', '<?xml', '<?xml version="1.0"',
      '<?xml-stylesheet href="x"?><a/>', '<a><?xml version="1.0"?></a>', '<?pi\u0001?><a/>', '<?1pi?><a/>', '<a>&#xFFFE;</a>', '<a>&#1114112;</a>', '<a>&a b;</a>',
      '<a b="&quot;&apos;&gt;"/>', '<a b="&x"/>;', '<a/>\r\n<!-- c -->\r\n', '<a>]]&gt;</a>', '<a>]]]]></a>', '<a><b></a></b>', '<a/></a>', '<a></>', '<a b="1" / >',
    ];
    for (const c of cases) compare(c, JSON.stringify(c), tally);
    expect(tally.sameMessage + tally.literalAmpersand, [...tally.messageDiffs.keys()].join('\n')).to.equal(tally.refusedBoth);
    expect(tally.rangeDiffs).to.deep.equal([]);
  });

  it('keeps the ranges of comments that contain a carriage return exact (saxes placed their end one short per CRLF)', () => {
    const text = '<a><!-- one\r\ntwo --><b/></a>';
    const out = parseXml(text);
    expect(out.ok).to.equal(true);
    if (!out.ok) return;
    const c = out.document.comments[0] as XmlComment;
    expect(c.text).to.equal(' one\ntwo ');
    expect(text.slice(c.range.start.offset, c.range.end.offset)).to.equal('<!-- one\r\ntwo -->');
    const before = parseXmlWithSaxes(text);
    expect(before.ok && before.document.comments[0]?.range.end.offset).to.equal(c.range.end.offset - 1);
  });

  it("refuses a '&' that starts no reference at the '&' (saxes: at a later ';' or the end of the document)", () => {
    const cases: [string, string, string][] = [
      ['<a>dev & test</a>', "'&' does not start a reference", '&'],
      ['<a b="dev & test"/>', "'&' does not start a reference", '&'],
      ['<a>x &amp y</a>', "the reference '&amp' is not ended by ';'", '&amp'],
      ['<a>&a b;</a>', "the reference '&a' is not ended by ';'", '&a'],
      ['<a>&#x41 </a><!-- ; -->', "the reference '&#x41' is not ended by ';'", '&#x41'],
      ['<a>&#</a>', "the reference '&#' is not ended by ';'", '&#'],
    ];
    for (const [text, what, covered] of cases) {
      const out = parseXml(text);
      expect(out.ok, text).to.equal(false);
      if (out.ok) continue;
      expect(out.diagnostic.message, text).to.equal(`XML is not well-formed: ${what} (write &amp; for a literal '&').`);
      const { start, end } = out.diagnostic.range;
      expect(text.slice(start.offset, end.offset), text).to.equal(covered);
      const saxes = parseXmlWithSaxes(text);
      expect(saxes.ok, text).to.equal(false);
      if (!saxes.ok) expect(saxes.diagnostic.range.start.offset, text).to.be.greaterThan(start.offset);
    }
    // A reference still open at the end of the text is the end's problem, as before.
    const open = parseXml('<a>&amp');
    expect(!open.ok && open.diagnostic.message).to.equal('XML is not well-formed: unclosed tag: a');
  });

  it('refuses a lone surrogate, which saxes let through', () => {
    for (const text of ['<a>\uD800x</a>', '<a b="\uD800"/>', '<a>\uDC00</a>']) {
      const out = parseXml(text);
      expect(out.ok, JSON.stringify(text)).to.equal(false);
      if (!out.ok) expect(out.diagnostic.message).to.equal('XML is not well-formed: disallowed character.');
    }
    expect(parseXmlWithSaxes('<a>\uD800x</a>').ok).to.equal(true);
  });

  it('reads a version 1.1 document with XML 1.0 rules, as libxml2 (libvirt) does, where saxes switched to 1.1', () => {
    const text = '<?xml version="1.1"?><a>\u0080\u0085x\u2028</a>';
    const out = parseXml(text);
    expect(out.ok && out.document.root.text).to.equal('\u0080\u0085x\u2028');
    const xmllint = spawnSync(HOST_PROGRAMS.xmllint!.path, ['--noout', '-'], { input: text, encoding: 'utf8' });
    expect(xmllint.status, xmllint.stderr).to.equal(0);
    expect(xmllint.stderr).to.match(/Unsupported version '1\.1'/);
    expect(parseXmlWithSaxes(text).ok).to.equal(false);
  });

  it('agrees on the bench documents (thousands of same-name siblings) and at the depth and attribute limits', () => {
    const tally = fresh();
    compare(generateDomain(300), 'generateDomain(300)', tally);
    compare(generateMetadata(2000), 'generateMetadata(2000)', tally);
    expect(tally.same).to.equal(2);
    const limited: [string, Partial<ParseLimits>][] = [
      ['<a b="1" c="2" d="3" e="4"/>', { maxAttributes: 3 }],
      ['<a b="1" c="2" d="3"/>', { maxAttributes: 3 }],
      ['<a b="1" c="2" b="3" e="4"/>', { maxAttributes: 3 }],
      ['<a><b><c/></b></a>', { maxDepth: 2 }],
      ['<a><b/><b><c d="1"/></b></a>', { maxDepth: 3 }],
      ['<a><b>\u0001<c/></b></a>', { maxDepth: 2 }],
    ];
    for (const [text, limits] of limited) compare(text, `${text} ${JSON.stringify(limits)}`, tally, limits);
    expect(tally.refusedBoth).to.equal(4);
    expect(tally.sameMessage).to.equal(4);
    expect(tally.rangeDiffs).to.deep.equal([]);
  });
});
