/** Edge cases of the RelaxNG spec: each grammar is compiled by the engine and real instances validated. */
import { expect } from 'chai';
import { type CompiledGrammar } from '../../src/relaxng/index.js';
import { validateXml } from './drive.js';
import { docWith, grammarOf, problemsOf, rng, RNG } from './helpers.js';

const kinds = (g: CompiledGrammar, xml: string) => validateXml(g, xml).map((e) => e.kind);
const valid = (g: CompiledGrammar, xml: string) => expect(validateXml(g, xml), xml).to.deep.equal([]);
const invalid = (g: CompiledGrammar, xml: string) => expect(validateXml(g, xml), xml).to.not.deep.equal([]);

describe('relaxng: pattern semantics', () => {
  it('interleave with a repeated group: the group stays ordered, the repetition interleaves', () => {
    const g = grammarOf(
      docWith(`<interleave>
        <oneOrMore><element name="a"><empty/></element></oneOrMore>
        <group><element name="b"><empty/></element><element name="c"><empty/></element></group>
      </interleave>`),
    );
    valid(g, '<doc><a/><b/><c/></doc>');
    valid(g, '<doc><b/><a/><a/><c/><a/></doc>');
    valid(g, '<doc><b/><c/><a/></doc>');
    invalid(g, '<doc><c/><b/><a/></doc>');
    invalid(g, '<doc><b/><c/></doc>');
    invalid(g, '<doc><a/><b/></doc>');
  });

  it('interleave of many optional elements accepts any order and refuses repeats', () => {
    const names = Array.from({ length: 12 }, (_, i) => `e${i}`);
    const g = grammarOf(docWith(`<interleave>${names.map((n) => `<optional><element name="${n}"><empty/></element></optional>`).join('')}</interleave>`));
    valid(g, `<doc>${[...names].reverse().map((n) => `<${n}/>`).join('')}</doc>`);
    valid(g, '<doc><e5/><e0/></doc>');
    expect(kinds(g, '<doc><e5/><e0/><e5/></doc>')).to.deep.equal(['unexpected-element']);
  });

  it('attribute values against <value>s compare by key: literal, normalised, across several candidate attributes', () => {
    // One `type` attribute per alternative (several candidates for the name), values of token,
    // string and xsd:NMTOKEN types, literals written with white space of their own.
    const g = grammarOf(
      docWith(`<choice>
        <group><attribute name="type"><value> file </value></attribute><attribute name="f"><text/></attribute></group>
        <group><attribute name="type"><choice><value>block</value><value type="string"> dir</value></choice></attribute><attribute name="b"><text/></attribute></group>
        <group><attribute name="type"><data type="NMTOKEN" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"/></attribute><attribute name="n"><text/></attribute></group>
        <attribute name="mode"><choice><value>ro</value><value type="string">r w</value></choice></attribute>
      </choice>`),
    );
    for (let round = 0; round < 2; round++) {
      // Twice: the second time through the memo tables the first one filled.
      valid(g, '<doc type="file" f=""/>');
      valid(g, '<doc type="  file\n" f=""/>');
      valid(g, '<doc type="block" b=""/>');
      valid(g, '<doc type=" block " b=""/>');
      valid(g, '<doc type=" dir" b=""/>');
      invalid(g, '<doc type="dir" b=""/>');
      valid(g, '<doc type="dir" n=""/>');
      invalid(g, '<doc type="fi le" n=""/>');
      valid(g, '<doc mode="ro"/>');
      valid(g, '<doc mode=" ro "/>');
      valid(g, '<doc mode="r w"/>');
      invalid(g, '<doc mode="r  w"/>');
      invalid(g, '<doc mode="rw"/>');
    }
  });

  it('attribute name classes: anyName with except, nsName', () => {
    const g = grammarOf(
      docWith(`<zeroOrMore><attribute><anyName><except><name>id</name><nsName ns="urn:x"/></except></anyName></attribute></zeroOrMore>`),
    );
    valid(g, '<doc a="1" b="2"/>');
    valid(g, '<doc xmlns:y="urn:y" y:id="1"/>');
    expect(kinds(g, '<doc id="1"/>')).to.deep.equal(['unexpected-attribute']);
    expect(kinds(g, '<doc xmlns:x="urn:x" x:a="1"/>')).to.deep.equal(['unexpected-attribute']);
  });

  it('an attribute with an unbounded name class must be under oneOrMore, and attribute names must not overlap', () => {
    expect(problemsOf(docWith('<attribute><anyName/></attribute>'))[0]!.message).to.match(/oneOrMore/);
    expect(problemsOf(docWith('<attribute name="a"/><optional><attribute name="a"/></optional>'))[0]!.message).to.match(/duplicate attribute/);
    expect(problemsOf(docWith('<attribute name="a"/><zeroOrMore><attribute><anyName/></attribute></zeroOrMore>'))[0]!.message).to.match(/duplicate attribute/);
  });

  it('mixed: text anywhere between the elements', () => {
    const g = grammarOf(docWith('<mixed><element name="b"><text/></element><element name="i"><text/></element></mixed>'));
    valid(g, '<doc>one <b>two</b> three <i>four</i> five</doc>');
    valid(g, '<doc><b/><i/></doc>');
    invalid(g, '<doc>text <i/><b/></doc>');
  });

  it('list: whitespace-separated tokens matched in order', () => {
    const g = grammarOf(docWith('<list><oneOrMore><data type="int"/></oneOrMore><value>end</value></list>'));
    valid(g, '<doc> 1  2\n3 end </doc>');
    valid(g, '<doc>7 end</doc>');
    expect(kinds(g, '<doc>1 x end</doc>')).to.deep.equal(['invalid-text']);
    expect(kinds(g, '<doc>end</doc>')).to.deep.equal(['invalid-text']);
  });

  it('empty vs text: whitespace is content only where text is allowed', () => {
    const e = grammarOf(docWith('<empty/>'));
    valid(e, '<doc/>');
    valid(e, '<doc>  \n </doc>');
    expect(kinds(e, '<doc>x</doc>')).to.deep.equal(['unexpected-text']);
    const t = grammarOf(docWith('<text/>'));
    valid(t, '<doc/>');
    valid(t, '<doc>anything</doc>');
    expect(kinds(t, '<doc><x/></doc>')).to.deep.equal(['unexpected-element']);
  });

  it('data type="string" accepts an empty element; a non-empty datatype does not', () => {
    valid(grammarOf(docWith('<data type="string"/>')), '<doc/>');
    expect(kinds(grammarOf(docWith('<data type="int"/>')), '<doc/>')).to.deep.equal(['incomplete-content']);
  });

  it('notAllowed: an element whose content is notAllowed never matches; choice with notAllowed is the other branch', () => {
    const g = grammarOf(docWith('<choice><notAllowed/><element name="a"><empty/></element></choice>'));
    valid(g, '<doc><a/></doc>');
    const n = grammarOf(docWith('<optional><element name="never"><notAllowed/></element></optional>'));
    valid(n, '<doc/>');
    invalid(n, '<doc><never/></doc>');
  });

  it('value vs data: token values compare collapsed, string values exactly; data checks the lexical space', () => {
    const tok = grammarOf(docWith('<value>a b</value>'));
    valid(tok, '<doc>  a \n b </doc>');
    invalid(tok, '<doc>ab</doc>');
    const str = grammarOf(docWith('<value type="string">a b</value>'));
    valid(str, '<doc>a b</doc>');
    invalid(str, '<doc> a b</doc>');
    const int = grammarOf(docWith('<value type="integer">10</value>'));
    valid(int, '<doc> +010 </doc>');
    invalid(int, '<doc>10.0</doc>');
    const dec = grammarOf(docWith('<value type="decimal">1.50</value>'));
    valid(dec, '<doc>01.5</doc>');
    const data = grammarOf(docWith('<data type="token"><except><value>no</value></except></data>'));
    valid(data, '<doc>yes</doc>');
    expect(kinds(data, '<doc> no </doc>')).to.deep.equal(['invalid-text']);
  });

  it('QName values compare namespace URI and local name, whatever the prefix', () => {
    const g = grammarOf(
      `<grammar xmlns="${RNG}" xmlns:p="urn:q" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
        <start><element name="doc"><attribute name="ref"><value type="QName">p:thing</value></attribute><data type="QName"/></element></start>
      </grammar>`,
    );
    valid(g, '<doc xmlns:other="urn:q" ref="other:thing">other:x</doc>');
    expect(kinds(g, '<doc xmlns:p="urn:elsewhere" ref="p:thing">p:x</doc>')).to.deep.equal(['invalid-attribute-value']);
    expect(kinds(g, '<doc xmlns:p="urn:q" ref="p:thing">undeclared:x</doc>')).to.deep.equal(['invalid-text']);
  });

  it('include overrides defines and start; externalRef and parentRef resolve', () => {
    const files = {
      'lib.rng': `<grammar xmlns="${RNG}"><start><ref name="root"/></start>
        <define name="root"><element name="doc"><ref name="body"/></element></define>
        <define name="body"><element name="old"><empty/></element></define></grammar>`,
      'part.rng': `<element xmlns="${RNG}" name="ext"><empty/></element>`,
    };
    const g = grammarOf(
      `<grammar xmlns="${RNG}"><include href="lib.rng"><define name="body"><choice><element name="new"><empty/></element><externalRef href="part.rng"/>
        <grammar><start><parentRef name="leaf"/></start></grammar></choice></define></include>
        <define name="leaf"><element name="leaf"><empty/></element></define></grammar>`,
      files,
    );
    valid(g, '<doc><new/></doc>');
    valid(g, '<doc><ext/></doc>');
    valid(g, '<doc><leaf/></doc>');
    invalid(g, '<doc><old/></doc>');
  });

  it('combine="choice" and combine="interleave" merge defines', () => {
    const g = grammarOf(
      rng(`<start><element name="doc"><ref name="x"/></element></start>
        <define name="x" combine="interleave"><element name="a"><empty/></element></define>
        <define name="x" combine="interleave"><element name="b"><empty/></element></define>`),
    );
    valid(g, '<doc><b/><a/></doc>');
    invalid(g, '<doc><a/></doc>');
    const problems = problemsOf(
      rng(`<start><ref name="x"/></start><define name="x"><element name="a"><empty/></element></define><define name="x"><element name="b"><empty/></element></define>`),
    );
    expect(problems[0]!.message).to.match(/more than once/);
  });

  it('reports grammar problems: undefined refs, recursion without element, unknown datatypes and blocks', () => {
    expect(problemsOf(rng('<start><ref name="nope"/></start>'))[0]!.message).to.match(/undefined/);
    expect(problemsOf(rng('<start><ref name="x"/></start><define name="x"><ref name="x"/></define>'))[0]!.message).to.match(/itself/);
    expect(problemsOf(docWith('<data type="nosuch"/>'))[0]!.message).to.match(/unknown datatype/);
    expect(problemsOf(`<element xmlns="${RNG}" name="doc" datatypeLibrary="urn:nolib"><data type="x"/></element>`)[0]!.message).to.match(/unknown datatype library/);
    expect(problemsOf(docWith('<data type="string"><param name="pattern">\\p{IsNoSuchBlock}</param></data>'))[0]!.message).to.match(/unknown Unicode block/);
    expect(problemsOf(docWith('<data type="boolean"><param name="maxLength">3</param></data>'))[0]!.message).to.match(/not allowed/);
    expect(problemsOf(docWith('<data type="int"><param name="minInclusive">x</param></data>'))[0]!.message).to.match(/not a valid int/);
    expect(problemsOf(`<element xmlns="${RNG}" name="doc"><externalRef href="missing.rng"/></element>`)[0]!.message).to.match(/cannot read/);
  });

  it('refuses a DOCTYPE in a grammar file', () => {
    expect(problemsOf(`<!DOCTYPE grammar><element xmlns="${RNG}" name="doc"><empty/></element>`)[0]!.message).to.match(/DOCTYPE/);
  });

  it('section 7 restrictions: string sequences, interleave overlap, attributes in lists', () => {
    expect(problemsOf(docWith('<data type="int"/><element name="x"><empty/></element>'))[0]!.message).to.match(/string sequence/);
    expect(problemsOf(docWith('<interleave><element name="x"><empty/></element><element name="x"><text/></element></interleave>'))[0]!.message).to.match(/interleave/);
    expect(problemsOf(docWith('<interleave><text/><text/></interleave>'))[0]!.message).to.match(/text/);
    expect(problemsOf(docWith('<list><attribute name="a"/></list>'))[0]!.message).to.match(/list/);
    expect(problemsOf(`<attribute xmlns="${RNG}" name="a"/>`)[0]!.message).to.match(/start/);
  });
});
