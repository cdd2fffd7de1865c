/** Error recovery (every problem once, with the right node handles) and expected-sets. */
import { expect } from 'chai';
import { createValidator, loadCompiledGrammar } from '../../src/relaxng/index.js';
import { validateXml } from './drive.js';
import { grammarOf, rng, XSD } from './helpers.js';

const GRAMMAR = rng(`
  <start><ref name="doc"/></start>
  <define name="doc">
    <element name="doc">
      <attribute name="id"><data type="int"/></attribute>
      <optional><attribute name="note"/></optional>
      <element name="a"><empty/></element>
      <zeroOrMore><element name="b"><text/></element></zeroOrMore>
      <element name="c">
        <attribute name="n"><choice><value>x</value><value>y</value></choice></attribute>
        <optional><element name="size"><data type="unsignedInt"/></element></optional>
      </element>
    </element>
  </define>`);

describe('relaxng: error recovery', () => {
  const g = grammarOf(GRAMMAR);

  it('reports three independent errors exactly once each, with their kinds and nodes', () => {
    const xml = `<doc id="abc">
  <a/>
  <b>one</b>
  <zzz><deep/></zzz>
  <b>two</b>
  <c/>
</doc>`;
    const errors = validateXml(g, xml);
    expect(errors.map((e) => [e.kind, e.node.kind, e.node.name, e.node.line])).to.deep.equal([
      ['invalid-attribute-value', 'attribute', 'doc@id', 1],
      ['unexpected-element', 'element', 'zzz', 4],
      ['missing-attribute', 'element', 'c', 6],
    ]);
    expect(errors[0]!.expected.datatypes.map((d) => d.type)).to.deep.equal(['int']);
    expect(errors[0]!.value).to.equal('abc');
    expect(errors[1]!.expected.elements.map((q) => q.local)).to.have.members(['b', 'c']);
    expect(errors[2]!.expected.attributes.map((q) => q.local)).to.deep.equal(['n']);
  });

  it('drops an unexpected attribute, reports missing content at the end tag, and continues', () => {
    const errors = validateXml(g, '<doc id="1" bogus="1"><a/><b/></doc>');
    expect(errors.map((e) => [e.kind, e.node.name])).to.deep.equal([
      ['unexpected-attribute', 'doc@bogus'],
      ['incomplete-content', 'doc'],
    ]);
    expect(errors[1]!.expected.elements.map((q) => q.local)).to.have.members(['b', 'c']);
  });

  it('validates a misplaced element of a known name against its own pattern', () => {
    // <c> before <a>: reported once; inside it, the bad size is still found; then the parent goes on.
    const errors = validateXml(g, '<doc id="1"><c n="x"><size>-1</size></c><a/><c n="z"/></doc>');
    expect(errors.map((e) => [e.kind, e.node.name])).to.deep.equal([
      ['unexpected-element', 'c'],
      ['invalid-text', 'size'],
      ['invalid-attribute-value', 'c@n'],
    ]);
    expect(errors[2]!.expected.values).to.have.members(['x', 'y']);
  });

  it('reports text where only elements are allowed on the text node, a bad root once', () => {
    const errors = validateXml(g, '<doc id="1"><a/>stray<c n="x"/></doc>');
    expect(errors.map((e) => [e.kind, e.node.kind])).to.deep.equal([['unexpected-text', 'text']]);
    const root = validateXml(g, '<other><a/></other>');
    expect(root.map((e) => e.kind)).to.deep.equal(['unexpected-root']);
  });

  it('expected(): elements, attributes, values and datatypes at the current point, without changing state', () => {
    const v = createValidator<string>(g);
    expect(v.expected().elements.map((q) => q.local)).to.deep.equal(['doc']);
    v.startElement({ ns: '', local: 'doc' }, [{ name: { ns: '', local: 'id' }, value: '1', node: '@id' }], 'doc');
    const e1 = v.expected();
    expect(e1.elements.map((q) => q.local)).to.deep.equal(['a']);
    expect(e1.attributes.map((q) => q.local)).to.deep.equal(['note']);
    expect(v.expected()).to.deep.equal(e1);
    v.startElement({ ns: '', local: 'a' }, [], 'a');
    v.endElement('a');
    expect(v.expected().elements.map((q) => q.local)).to.have.members(['b', 'c']);
    v.startElement({ ns: '', local: 'c' }, [{ name: { ns: '', local: 'n' }, value: 'x', node: '@n' }], 'c');
    v.startElement({ ns: '', local: 'size' }, [], 'size');
    const inSize = v.expected();
    expect(inSize.datatypes).to.deep.equal([{ library: XSD, type: 'unsignedInt', params: [] }]);
    expect(inSize.text).to.equal(false);
    v.text('12', 't');
    v.endElement('size');
    v.endElement('c');
    v.endElement('doc');
    expect(v.end()).to.deep.equal([]);
  });

  it('says whether the end tag was allowed where an error occurred', () => {
    const small = grammarOf(rng('<start><element name="doc"><element name="a"><empty/></element><optional><element name="b"><empty/></element></optional></element></start>'));
    const at = (xml: string) => validateXml(small, xml).map((e) => [e.kind, e.expected.end, e.expected.elements.map((q) => q.local)]);
    expect(at('<doc><a/><x/></doc>')).to.deep.equal([['unexpected-element', true, ['b']]]);
    expect(at('<doc><x/><a/></doc>')).to.deep.equal([['unexpected-element', false, ['a']]]);
    expect(at('<doc/>')).to.deep.equal([['incomplete-content', false, ['a']]]);
    expect(validateXml(g, '<doc id="x"><a/><c n="x"/></doc>')[0]!.expected.end).to.equal(undefined);
  });

  it('a grammar reloaded from its JSON form validates identically', () => {
    const h = loadCompiledGrammar(JSON.parse(JSON.stringify(g.toJSON())));
    for (const xml of ['<doc id="1"><a/><c n="x"/></doc>', '<doc id="abc"><a/><zzz/><c/></doc>', '<doc id="1"><c n="x"><size>-1</size></c><a/><c n="z"/></doc>']) {
      const strip = (es: ReturnType<typeof validateXml>) => es.map((e) => [e.kind, e.node, e.message]);
      expect(strip(validateXml(h, xml))).to.deep.equal(strip(validateXml(g, xml)));
    }
    expect(() => loadCompiledGrammar({ format: 'nope' })).to.throw(/malformed/);
    expect(() => createValidator({ toJSON: () => ({}), memoSize: 0 })).to.throw(TypeError);
    expect(() => loadCompiledGrammar({ ...(g.toJSON() as object), patterns: [[4, 99, 0]] })).to.throw(/malformed/);
  });
});
