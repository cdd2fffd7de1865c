/**
 * The schema messages narrow a document one element at a time, from the parent's patterns and
 * namespaces (elementsWithin, namespacesWithin) rather than from the root for every question
 * (elementsFor, namespacesInScope); the index answers childInfos from a memo per parent pattern.
 * These must give exactly what the walks from the root give, for every element of the corpus.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { elementsFor, elementsWithin, namespacesInScope, namespacesWithin } from '../../src/grammar/document-names.js';
import { type ElementInfo, type GrammarIndex, grammarIndexFor } from '../../src/grammar/index.js';
import { nameClassMatches } from '../../src/grammar/model.js';
import { parseXml } from '../../src/xml/parse.js';
import { type XmlElement, walk } from '../../src/xml/tree.js';
import { CORPUS } from '../helpers/paths.js';

function rootOf(text: string): XmlElement {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  return parsed.document.root;
}

const corpusDomains = (): XmlElement[] =>
  fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => rootOf(fs.readFileSync(path.join(CORPUS, f), 'utf8')))
    .filter((root) => root.name === 'domain');

/** Namespaces declared, redeclared and defaulted at several levels. */
const NAMESPACED = `<domain type='kvm' xmlns:a='urn:a'>
  <metadata xmlns:b='urn:b'>
    <a:x xmlns:a='urn:a2' xmlns='urn:default'><b:y/><z xmlns:c='urn:c'><c:w a:attr='1' xmlns:b='urn:b2'/></z></a:x>
  </metadata>
  <name>n</name>
</domain>`;

describe('grammar: document names and patterns, one element at a time', () => {
  let index: GrammarIndex;
  before(() => {
    index = grammarIndexFor(undefined, 'domain') as GrammarIndex;
  });

  it('elementsWithin from the parent gives the patterns elementsFor gives from the root, for every corpus element', () => {
    let compared = 0;
    let narrowed = 0;
    for (const root of corpusDomains()) {
      const step = new Map<XmlElement, readonly ElementInfo[]>();
      for (const el of walk(root)) {
        const infos = elementsWithin(index, el.parent ? step.get(el.parent) : undefined, el, namespacesInScope(el));
        step.set(el, infos);
        expect(infos, el.name).to.have.ordered.members(elementsFor(index, el));
        compared++;
        if (infos.some((i) => i.general !== undefined)) narrowed++;
      }
    }
    expect(compared).to.be.greaterThan(10000);
    expect(narrowed, 'some elements are narrowed by their attributes').to.be.greaterThan(1000);
  });

  it('namespacesWithin from the parent gives the map namespacesInScope gives, entries in the same order', () => {
    const roots = [rootOf(NAMESPACED), ...corpusDomains().slice(0, 40)];
    let declaring = 0;
    for (const root of roots) {
      const scopes = new Map<XmlElement, ReadonlyMap<string, string>>();
      for (const el of walk(root)) {
        const parentScope = el.parent ? scopes.get(el.parent) : undefined;
        const scope = parentScope ? namespacesWithin(el, parentScope) : namespacesInScope(el);
        scopes.set(el, scope);
        expect([...scope], el.name).to.deep.equal([...namespacesInScope(el)]);
        if (parentScope && scope !== parentScope) declaring++;
      }
    }
    expect(declaring, 'elements that declare namespaces of their own').to.be.greaterThan(4);
    const w = [...walk(rootOf(NAMESPACED))].find((el) => el.name === 'c:w') as XmlElement;
    expect([...namespacesInScope(w)]).to.deep.equal([
      ['a', 'urn:a2'],
      ['b', 'urn:b2'],
      ['', 'urn:default'],
      ['c', 'urn:c'],
    ]);
  });

  it('childInfos over several parent patterns: each pattern once, in the order of the parents and their children', () => {
    // The forms of <os> (and of <graphics>) share child element patterns.
    const parentSets = [index.forms(index.elementsAt(['domain', 'os'])[0]!), index.forms(index.elementsAt(['domain', 'devices', 'graphics'])[0]!)];
    let shared = 0;
    for (const parents of parentSets) {
      expect(parents.length).to.be.greaterThan(1);
      const names = new Set(parents.flatMap((p) => p.children.map((c) => c.name)));
      for (const name of names) {
        const seen = new Set<number>();
        const expected = parents
          .flatMap((p) => index.childPatterns(p.pattern))
          .filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)))
          .filter((c) => nameClassMatches(c.name, '', name))
          .map((c) => index.info(c));
        expect(index.childInfos(parents, name), name).to.have.ordered.members(expected);
        expect(index.childInfos(parents, name), `${name}, asked again`).to.have.ordered.members(expected);
        if (parents.filter((p) => p.children.some((c) => c.name === name)).length > 1) shared++;
      }
      expect(index.childInfos(parents, 'no-such-element')).to.deep.equal([]);
    }
    expect(shared, 'children found under several parents').to.be.greaterThan(3);
  });
});
