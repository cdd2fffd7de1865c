import { expect } from 'chai';
import type { CompiledGrammar } from '../../src/relaxng/api.js';
import { compileGrammar } from '../../src/relaxng/index.js';
import { validateTree } from '../../src/schema/feed.js';
import { parseXml } from '../../src/xml/parse.js';

/** The tree → engine feeder: namespaces resolved from xmlns attributes, text where it stands. */
function grammar(body: string): CompiledGrammar {
  const src = `<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start>${body}</start></grammar>`;
  const r = compileGrammar('/mem/g.rng', { resolve: (_b, h) => h, read: () => src });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.grammar;
}

function check(g: CompiledGrammar, xml: string): { kinds: string[]; undeclared: string[] } {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  const r = validateTree(g, parsed.document.root, xml);
  return { kinds: r.errors.map((e) => e.kind), undeclared: r.undeclared.map((u) => (u.attribute ? u.attribute.name : u.element.name)) };
}

describe('schema feeder: the parsed tree drives the RelaxNG engine', () => {
  const ns = grammar('<element name="r" ns="urn:x"><optional><attribute name="at" ns="urn:y"/></optional><optional><attribute name="plain"/></optional></element>');

  it('resolves element prefixes and the default namespace from xmlns attributes (not passed as attributes)', () => {
    expect(check(ns, '<q:r xmlns:q="urn:x"/>').kinds).to.deep.equal([]);
    expect(check(ns, '<r xmlns="urn:x" xmlns:unused="urn:z"/>').kinds).to.deep.equal([]);
    expect(check(ns, '<r/>').kinds).to.deep.equal(['unexpected-root']);
  });

  it('resolves attribute prefixes, and the default namespace does not apply to attributes', () => {
    expect(check(ns, '<r xmlns="urn:x" xmlns:p="urn:y" p:at="1" plain="2"/>').kinds).to.deep.equal([]);
    expect(check(ns, '<r xmlns="urn:x" at="1"/>').kinds).to.deep.equal(['unexpected-attribute']);
  });

  it('an undeclared prefix is reported by the feeder, on the element or the attribute', () => {
    expect(check(ns, '<r xmlns="urn:x" foo:at="1"/>').undeclared).to.deep.equal(['foo:at']);
    expect(check(ns, '<q:r/>').undeclared).to.deep.equal(['q:r']);
  });

  it('text is fed where it stands among the children (a group takes none; mixed content takes any)', () => {
    const group = grammar('<element name="r"><element name="a"><empty/></element><element name="b"><empty/></element></element>');
    expect(check(group, '<r><a/>\n  <!-- c -->&#10;<b/></r>').kinds).to.deep.equal([]);
    expect(check(group, '<r><a/> x <b/></r>').kinds).to.deep.equal(['unexpected-text']);
    const mixed = grammar('<element name="r"><mixed><element name="a"><empty/></element></mixed></element>');
    expect(check(mixed, '<r>x<a/>y<![CDATA[z]]></r>').kinds).to.deep.equal([]);
    // Text only before <a>: a character reference to white space after it is white space, not text.
    const before = grammar('<element name="r"><text/><element name="a"><empty/></element><element name="b"><empty/></element></element>');
    expect(check(before, '<r>x<a/>&#10;<b/></r>').kinds).to.deep.equal([]);
    expect(check(before, '<r>x<a/>y<b/></r>').kinds).to.deep.equal(['unexpected-text']);
  });

  it('an element without children gets its whole text as one value', () => {
    const data = grammar('<element name="r"><data type="integer" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"/></element>');
    expect(check(data, '<r>1<!-- c -->2</r>').kinds).to.deep.equal([]);
    expect(check(data, '<r>1 2</r>').kinds).to.deep.equal(['invalid-text']);
  });
});
