/**
 * The engine's error reports: their messages (made when read) and their expected sets, which
 * errors at different depths share: an element's state is `after(content, continuation)`, a new
 * pattern at every depth, and a set per state made 100,000 nested elements cost 600 MB.
 */
import { expect } from 'chai';
import { validateXml } from './drive.js';
import { grammarOf, rng } from './helpers.js';

describe('relaxng: error reports', () => {
  it('words each kind of error as before (messages are made when read)', () => {
    const g = grammarOf(
      rng(`<start><element name="doc">
        <attribute name="id"><data type="int"/></attribute>
        <zeroOrMore><element name="item"><attribute name="n"><choice><value>x</value><value>y</value></choice></attribute><attribute name="m"/><data type="unsignedInt"/></element></zeroOrMore>
        <element name="end"><element name="inner"><empty/></element></element>
      </element></start>`),
    );
    const xml = `<doc id="1" bad="2"><item n="z" m="1">12</item><item>x y</item>text<zzz/><item n="x" m="1">-3</item><end/></doc>`;
    expect(validateXml(g, xml).map((e) => [e.kind, e.message])).to.deep.equal([
      ['unexpected-attribute', 'attribute bad is not allowed on element doc'],
      ['invalid-attribute-value', 'invalid value "z" for attribute n'],
      ['missing-attribute', 'element item is missing required attributes n, m'],
      ['invalid-text', 'invalid value "x y"'],
      ['unexpected-text', 'text is not allowed here'],
      ['unexpected-element', 'element zzz is not allowed here'],
      ['invalid-text', 'invalid value "-3"'],
      ['incomplete-content', 'element content is incomplete: expected element inner'],
    ]);
    expect(validateXml(g, '<other/>').map((e) => [e.kind, e.message])).to.deep.equal([['unexpected-root', 'element other is not allowed as the root element']]);
  });

  it('errors of the same content at 2,000 depths share one expected set per kind', () => {
    const g = grammarOf(
      rng(`<start><ref name="a"/></start>
        <define name="a"><element name="a"><attribute name="k"/><optional><ref name="a"/></optional><element name="b"><empty/></element></element></define>`),
    );
    const depth = 2000;
    const errors = validateXml(g, `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`);
    const sets = (kind: string) => new Set(errors.filter((e) => e.kind === kind).map((e) => e.expected));
    expect(errors.filter((e) => e.kind === 'missing-attribute')).to.have.length(depth);
    expect(errors.filter((e) => e.kind === 'incomplete-content')).to.have.length(depth);
    // The innermost element's content differs from the others' (it has had no child <a>), hence at most two.
    expect(sets('missing-attribute').size).to.be.at.most(2);
    expect(sets('incomplete-content').size).to.be.at.most(2);
    expect([...sets('incomplete-content')].every((e) => e.elements.some((n) => n.local === 'b'))).to.equal(true);
  });
});
