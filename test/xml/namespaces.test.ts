/**
 * The strict namespace reader (src/xml/namespaces.ts) over the scanner's tree against saxes in its
 * `xmlns: true` mode, which read RelaxNG grammar files before it: on libvirt's and virtlint's
 * .rng files and on seeded mutants of their names and declarations, both resolve every element
 * and attribute alike (URI, prefix, local name, the bindings in scope) or both refuse the text
 * with the same message at the same place.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { EMPTY_SCOPE, NamespaceError, type NamespaceScope, resolveStartTag, XML_NS, XMLNS_NS } from '../../src/xml/namespaces.js';
import { parseXml } from '../../src/xml/parse.js';
import type { XmlElement } from '../../src/xml/tree.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { prng } from '../oracle/mutate.js';

/** What a reader sees of one element: names resolved, and every binding in scope. */
interface Seen {
  uri: string;
  prefix: string;
  local: string;
  attributes: string[];
  scope: Record<string, string>;
}

type Outcome = { ok: true; elements: Seen[] } | { ok: false; message: string; offset: number };

const flatten = (scope: NamespaceScope): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const p in scope) out[p] = scope[p]!;
  return Object.fromEntries(Object.entries(out).sort());
};

function withSaxes(text: string): Outcome {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const elements: Seen[] = [];
  const scopes: Record<string, string>[] = [{}];
  let failure: Outcome | undefined;
  parser.on('error', (e) => {
    // "line:column: message"; the place is the character just read (parser.position is after it).
    failure ??= { ok: false, message: e.message.replace(/^\d+:\d+: /, ''), offset: parser.position - 1 };
    throw e;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const scope = { ...scopes[scopes.length - 1], ...tag.ns };
    scopes.push(scope);
    elements.push({
      uri: tag.uri,
      prefix: tag.prefix,
      local: tag.local,
      attributes: Object.values(tag.attributes).map((a) => `{${a.uri}}${a.prefix}:${a.local}=${a.value}`),
      scope: Object.fromEntries(Object.entries(scope).sort()),
    });
  });
  parser.on('closetag', () => scopes.pop());
  try {
    parser.write(text).close();
  } catch (e) {
    if (failure) return failure;
    throw e;
  }
  return { ok: true, elements };
}

function withScanner(root: XmlElement): Outcome {
  const elements: Seen[] = [];
  const visit = (el: XmlElement, inherited: NamespaceScope): void => {
    const tag = resolveStartTag(el, inherited);
    elements.push({
      uri: tag.uri,
      prefix: tag.prefix,
      local: tag.local,
      attributes: tag.attributes.map((a) => `{${a.uri}}${a.prefix}:${a.local}=${a.attribute.value}`),
      scope: flatten(tag.scope),
    });
    for (const c of el.children) visit(c, tag.scope);
  };
  try {
    visit(root, EMPTY_SCOPE);
  } catch (e) {
    if (e instanceof NamespaceError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
  return { ok: true, elements };
}

function rngFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.rng'))
    .map((f) => path.join(dir, f))
    .sort();
}

/** Compares both on a well-formed text (the scanner's verdict on well-formedness is tested elsewhere). */
function compare(text: string, label: string): 'same' | 'refused' | 'skipped' {
  const parsed = parseXml(text, { maxDepth: 10000, maxAttributes: 100000 });
  if (!parsed.ok) return 'skipped';
  const now = withScanner(parsed.document.root);
  const before = withSaxes(text);
  expect(now, label).to.deep.equal(before);
  return now.ok ? 'same' : 'refused';
}

const NAMES = ['a', 'p:a', 'q:a', 'xml:a', 'xmlns:a', 'xmlns', 'xml:base', 'p:', ':a', 'a:b:c', 'xmlns:p', 'xmlns:q', 'xmlns:xml', 'xmlns:xmlns', 'p:name', 'q:name'];
const VALUES = ['urn:p', 'urn:q', ' urn:p ', '', ' ', XML_NS, XMLNS_NS, 'http://relaxng.org/ns/structure/1.0'];

/** A mutant: an attribute added to a start tag, or an element renamed (start and end tag alike). */
function mutate(text: string, rand: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const tags = [...text.matchAll(/<([A-Za-z_][\w.:-]*)/g)];
  if (tags.length === 0) return text;
  const tag = pick(tags);
  const end = tag.index + tag[0].length;
  if (rand() < 0.6) return `${text.slice(0, end)} ${pick(NAMES)}="${pick(VALUES)}"${text.slice(end)}`;
  // Rename this element: its end tag is the first `</name>` after it at the same depth, found by counting.
  const name = tag[1]!;
  const renamed = pick(NAMES);
  let depth = 0;
  const re = new RegExp(`<(/?)${name.replace(/[.]/g, '\\.')}(?=[\\s/>])|/>`, 'g');
  re.lastIndex = tag.index;
  const selfClosing = /^[^>]*\/>/.exec(text.slice(tag.index));
  if (selfClosing && !selfClosing[0].slice(1).includes('<')) return text.slice(0, tag.index + 1) + renamed + text.slice(end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '/>') continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const close = m.index;
      return text.slice(0, tag.index + 1) + renamed + text.slice(end, close + 2) + renamed + text.slice(close + 2 + name.length);
    }
  }
  return text;
}

describe('xml/namespaces (against saxes with namespaces on)', function () {
  this.timeout(120000);
  const files = [...rngFiles('/usr/share/libvirt/schemas'), ...rngFiles(path.join(REPO_ROOT, 'schemas'))];
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));

  it('resolves every element and attribute of libvirt’s and virtlint’s grammar files as saxes did', () => {
    expect(files.length).to.be.greaterThan(50);
    let same = 0;
    files.forEach((f, i) => (compare(texts[i]!, f) === 'same' ? same++ : 0));
    expect(same).to.equal(files.length);
  });

  it('resolves, or refuses with the same message at the same place, seeded mutants of their names and declarations', () => {
    const rand = prng(0x6e5);
    const tally = { same: 0, refused: 0, skipped: 0 };
    const messages = new Set<string>();
    for (let round = 0; round < 6; round++) {
      texts.forEach((original, i) => {
        let text = original;
        for (let k = 1 + Math.floor(rand() * 2); k > 0; k--) text = mutate(text, rand);
        const outcome = compare(text, `${files[i]} (round ${round})`);
        tally[outcome]++;
        if (outcome === 'refused') messages.add((withSaxes(text) as { message: string }).message.replace(/"[^"]*"|: \S+\.$/g, '…'));
      });
    }
    console.log(`      namespaces: ${tally.same} mutants resolved alike, ${tally.refused} refused alike, ${tally.skipped} not well-formed`);
    // Both kinds of outcome occur in numbers, and every kind of refusal the reader knows.
    expect(tally.same).to.be.greaterThan(50);
    expect(tally.refused).to.be.greaterThan(200);
    expect([...messages].sort()).to.include.members([
      'invalid attempt to undefine prefix in XML 1.0',
      'malformed name…',
      'may not assign a prefix (even …) to the URI http://www.w3.org/2000/xmlns/.',
      'may not assign the xml namespace to another prefix.',
      'tags may not have … as prefix.',
      'the default namespace may not be set to http://www.w3.org/2000/xmlns/.',
      'the default namespace may not be set to http://www.w3.org/XML/1998/namespace.',
      'unbound namespace prefix…',
      'xml prefix must be bound to http://www.w3.org/XML/1998/namespace.',
      'xmlns prefix must be bound to http://www.w3.org/2000/xmlns/.',
    ]);
  });

  it('refuses as saxes did, at the same place: hand-written cases of each problem', () => {
    const cases = [
      '<a xmlns:p="urn:a" xmlns:q="urn:a" p:x="1" q:x="2"/>',
      '<a xmlns:p="urn:a"><b xmlns:q="urn:a" q:x="1" p:x="2"/></a>',
      '<a p:x="1"/>',
      '<p:a/>',
      '<a>\n  <b>\n    <p:c\n      x="1"\n    />\n  </b>\n</a>',
      '<a xmlns:p=" "/>',
      '<a xmlns:xml="urn:x"/>',
      `<a xmlns:xml="${XML_NS}" xml:lang="en"/>`,
      `<a xmlns:x="${XML_NS}"/>`,
      `<a xmlns="${XMLNS_NS}"/>`,
      '<xmlns:a/>',
      '<a b:="1"/>',
      '<a xmlns:p="urn:p"><p:b:c/></a>',
    ];
    const verdicts = cases.map((text) => compare(text, text));
    expect(verdicts).to.deep.equal(['refused', 'refused', 'refused', 'refused', 'refused', 'refused', 'refused', 'same', 'refused', 'refused', 'refused', 'refused', 'refused']);
  });

  it('lets a declaration below override one above, and xmlns="" undeclare the default namespace', () => {
    const parsed = parseXml('<a xmlns="urn:d" xmlns:p="urn:1"><p:b xmlns:p="urn:2"><c xmlns="" p:x="1"/></p:b><p:d/></a>');
    if (!parsed.ok) throw new Error(parsed.diagnostic.message);
    const seen = withScanner(parsed.document.root);
    if (!seen.ok) throw new Error(seen.message);
    expect(seen.elements.map((e) => `{${e.uri}}${e.local}`)).to.deep.equal(['{urn:d}a', '{urn:2}b', '{}c', '{urn:1}d']);
    expect(seen.elements[2]!.attributes).to.deep.equal([`{${XMLNS_NS}}:xmlns=`, '{urn:2}p:x=1']);
    expect(seen.elements[2]!.scope).to.deep.equal({ '': '', p: 'urn:2' });
  });
});
