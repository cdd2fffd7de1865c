/**
 * The memo tables keep answers, never change them: a grammar that has already seen a value, a text
 * or a name in one context must answer afresh in another (the same value under another prefix
 * binding, another attribute, another element, a long value, many candidates for one name).
 */
import { expect } from 'chai';
import { type CompiledGrammar, loadCompiledGrammar } from '../../src/relaxng/index.js';
import { validateXml } from './drive.js';
import { docWith, grammarOf } from './helpers.js';

const kinds = (g: CompiledGrammar, xml: string) => validateXml(g, xml).map((e) => e.kind);

describe('relaxng: memoised derivatives answer as fresh ones', () => {
  it('a QName value is read under the prefix bindings of each element, not remembered by its text', () => {
    const g = grammarOf(
      docWith(`<zeroOrMore><element name="item"><attribute name="ref"><value type="QName" ns="urn:a">x</value></attribute><text/></element></zeroOrMore>`),
    );
    const xml = (uri: string) => `<doc><item xmlns:p="${uri}" ref="p:x">t</item></doc>`;
    for (let i = 0; i < 3; i++) {
      expect(kinds(g, xml('urn:a'))).to.deep.equal([]);
      expect(kinds(g, xml('urn:b'))).to.deep.equal(['invalid-attribute-value']);
    }
    // In one document too: the same text, two bindings.
    expect(kinds(g, '<doc><item xmlns:p="urn:a" ref="p:x"/><item xmlns:p="urn:b" ref="p:x"/><item xmlns:p="urn:a" ref="p:x"/></doc>')).to.deep.equal([
      'invalid-attribute-value',
    ]);
  });

  it('the same value is judged per attribute and per element text', () => {
    const g = grammarOf(
      docWith(`<zeroOrMore><choice>
        <element name="n"><attribute name="a"><data type="unsignedByte"/></attribute><attribute name="b"><data type="token"/></attribute><empty/></element>
        <element name="t"><data type="unsignedByte"/></element>
        <element name="s"><data type="string"><param name="pattern">[a-z]+</param></data></element>
      </choice></zeroOrMore>`),
    );
    for (let i = 0; i < 2; i++) {
      expect(kinds(g, '<doc><n a="300" b="300"/><n a="30" b="x"/><t>300</t><t>30</t><s>300</s><s>abc</s></doc>')).to.deep.equal([
        'invalid-attribute-value',
        'invalid-text',
        'invalid-text',
      ]);
    }
  });

  it('long values (not memoised) and many distinct values (memo tables cleared) keep their verdicts', () => {
    const g = grammarOf(docWith(`<zeroOrMore><element name="v"><attribute name="x"><data type="string"><param name="maxLength">300</param></data></attribute><empty/></element></zeroOrMore>`));
    const long = 'a'.repeat(300);
    const tooLong = 'a'.repeat(301);
    const many = Array.from({ length: 5000 }, (_, i) => `<v x="${i}"/>`).join('');
    for (let i = 0; i < 2; i++) {
      expect(kinds(g, `<doc><v x="${long}"/><v x="${tooLong}"/>${many}<v x="${tooLong}"/><v x="${long}"/></doc>`)).to.deep.equal([
        'invalid-attribute-value',
        'invalid-attribute-value',
      ]);
    }
  });

  it('a name with many candidate attribute patterns (one per branch) picks the branches its value selects', () => {
    const branches = Array.from({ length: 40 }, (_, i) => `<group><attribute name="type"><value>t${i}</value></attribute><attribute name="o${i}"/></group>`).join('');
    const g = grammarOf(docWith(`<zeroOrMore><element name="d"><choice>${branches}</choice><empty/></element></zeroOrMore>`));
    const fresh = () => loadCompiledGrammar(g.toJSON());
    for (const grammar of [g, g, fresh()]) {
      expect(kinds(grammar, '<doc><d type="t7" o7="x"/><d type="t39" o39="y"/><d type="t0" o0=""/></doc>')).to.deep.equal([]);
      expect(kinds(grammar, '<doc><d type="t7" o8="x"/></doc>')).to.deep.equal(['unexpected-attribute', 'missing-attribute']);
      expect(kinds(grammar, '<doc><d type="t40" o7="x"/></doc>')).to.deep.equal(['invalid-attribute-value']);
    }
  });
  it('a state asked for one name and then another answers each (the last-name caches in front of the tables)', () => {
    const g = grammarOf(
      docWith(`<zeroOrMore><choice>
        <element name="a"><attribute name="x"><value>1</value></attribute><optional><attribute name="y"><value>2</value></attribute></optional><empty/></element>
        <element name="b"><attribute name="y"><value>2</value></attribute><empty/></element>
        <element name="m"><zeroOrMore><element><anyName><except><name>bad</name></except></anyName><empty/></element></zeroOrMore></element>
      </choice></zeroOrMore>`),
    );
    // More names than a table holds (4,096) asked of the state inside <m>: its table is cleared on the way.
    const many = Array.from({ length: 5000 }, (_, i) => `<n${i}/>`).join('');
    for (let i = 0; i < 3; i++) {
      expect(kinds(g, '<doc><a x="1"/><b y="2"/><a x="1" y="2"/><a y="2" x="1"/><b y="2"/><b y="2"/><a x="1"/></doc>')).to.deep.equal([]);
      expect(kinds(g, '<doc><a x="1"/><b x="1"/><a y="2"/><a x="1"/></doc>')).to.deep.equal(['unexpected-attribute', 'missing-attribute', 'missing-attribute']);
      expect(kinds(g, `<doc><m>${many}<n4999/><n4999/><bad/><n0/><bad/></m><a x="2"/><m><bad/></m></doc>`)).to.deep.equal([
        'unexpected-element',
        'unexpected-element',
        'invalid-attribute-value',
        'unexpected-element',
      ]);
    }
  });
});
