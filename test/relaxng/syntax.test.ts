/**
 * Reading grammar files (src/relaxng/syntax.ts, on virtlint's own scanner and namespace reader):
 * names with prefixes and their bindings, inherited namespaces, xml:base; the messages and lines
 * of broken grammar files (worded and placed as when saxes read them: the strings below are what
 * the saxes-based reader gave); limits for hostile ones.
 */
import { expect } from 'chai';
import { parseGrammarXml, GRAMMAR_PARSE_LIMITS } from '../../src/relaxng/syntax.js';
import { validateXml } from './drive.js';
import { grammarOf, problemsOf, RNG } from './helpers.js';

const R = `xmlns="${RNG}"`;
const kinds = (schema: string, xml: string, files: Record<string, string> = {}) => validateXml(grammarOf(schema, files), xml).map((e) => e.kind);
/** The one problem of a grammar, as "url: message". */
const problem = (schema: string): string => {
  const ps = problemsOf(schema);
  expect(ps, JSON.stringify(ps)).to.have.length(1);
  return `${ps[0]!.url}: ${ps[0]!.message}`;
};

describe('relaxng: reading grammar files', () => {
  it('resolves prefixed names in name attributes and name elements by the bindings in scope, inherited and overridden', () => {
    const schema = `<grammar ${R} xmlns:p="urn:p" xmlns:q="urn:q">
      <start><element name="p:doc">
        <element name="q:a" xmlns:q="urn:q2"><attribute name="p:id"/><empty/></element>
        <element><name>q:b</name><empty/></element>
      </element></start></grammar>`;
    expect(kinds(schema, '<d:doc xmlns:d="urn:p" xmlns:e="urn:q2" xmlns:f="urn:q"><e:a d:id="1"/><f:b/></d:doc>')).to.deep.equal([]);
    // q is urn:q2 only on the element that redeclares it; its sibling's name element sees urn:q.
    expect(kinds(schema, '<d:doc xmlns:d="urn:p" xmlns:e="urn:q"><e:a d:id="1"/><e:b/></d:doc>')).to.include('unexpected-element');
    expect(kinds(schema, '<d:doc xmlns:d="urn:p" xmlns:e="urn:q2"><e:a d:id="1"/><e:b/></d:doc>')).to.include('unexpected-element');
  });

  it('reads RelaxNG elements under any prefix, and their default namespace is not the pattern namespace', () => {
    const schema = `<r:grammar xmlns:r="${RNG}" xmlns="urn:not-rng"><r:start><r:element name="doc"><foo>annotation</foo><r:text/></r:element></r:start></r:grammar>`;
    expect(kinds(schema, '<doc>x</doc>')).to.deep.equal([]);
    expect(kinds(schema, '<doc xmlns="urn:not-rng">x</doc>')).to.include('unexpected-root');
  });

  it('takes prefixes of QName values from the grammar element’s scope, declared above it', () => {
    const schema = `<grammar ${R} xmlns:p="urn:p" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
      <start><element name="doc"><group xmlns:p="urn:inner"><attribute name="ref"><value type="QName">p:x</value></attribute></group><empty/></element></start></grammar>`;
    expect(kinds(schema, '<doc xmlns:a="urn:inner" ref="a:x"/>')).to.deep.equal([]);
    expect(kinds(schema, '<doc xmlns:a="urn:p" ref="a:x"/>')).to.deep.equal(['invalid-attribute-value']);
  });

  it('resolves href against xml:base, nested bases against their parent’s', () => {
    const files = {
      'sub/inner/lib.rng': `<grammar ${R}><define name="x"><element name="x"><empty/></element></define></grammar>`,
      'sub/item.rng': `<element ${R} name="item"><empty/></element>`,
    };
    const schema = `<grammar ${R} xml:base="sub/"><include href="lib.rng" xml:base="inner/"/>
      <start><element name="doc"><ref name="x"/><externalRef href="item.rng"/></element></start></grammar>`;
    expect(kinds(schema, '<doc><x/><item/></doc>', files)).to.deep.equal([]);
    const tree = parseGrammarXml(schema, 'file:///mem/main.rng');
    expect(tree.base).to.equal('file:///mem/sub/');
    expect(tree.children[0]!.base).to.equal('file:///mem/sub/inner/');
  });

  it('keeps the text of name, value and param, CDATA and references included; drops foreign elements and their text', () => {
    const tree = parseGrammarXml(
      `<element ${R} xmlns:a="urn:a" name="doc"><a:doc>any <b>text</b></a:doc><choice>
        <value>a&amp;<![CDATA[<b>]]>&#x20;</value><data type="string"><param name="pattern">x{2}</param></data></choice></element>`,
      'file:///mem/main.rng',
    );
    const choice = tree.children[0]!;
    expect(tree.children.map((c) => c.local)).to.deep.equal(['choice']);
    expect(choice.children.map((c) => [c.local, c.text])).to.deep.equal([
      ['value', 'a&<b> '],
      ['data', ''],
    ]);
    expect(choice.children[1]!.children[0]!.text).to.equal('x{2}');
  });

  it('ignores white space written as character references, refuses other text', () => {
    expect(kinds(`<element ${R} name="doc">&#10;&#x20;&#9;<empty/>&#13;</element>`, '<doc/>')).to.deep.equal([]);
    expect(problem(`<element ${R} name="doc">\n  &#65;<!-- c -->\n  <empty/></element>`)).to.equal('file:///mem/main.rng: text is not allowed in element (line 2)');
  });

  it('reports broken grammar files by file and line, in the words saxes used', () => {
    const cases: [string, string][] = [
      [`<grammar ${R}>\n<start>\n<element name="a"><empty/></element>\n</start>\n`, '5:0: unclosed tag: grammar (line 5)'],
      [`<grammar ${R}>\n<start>\n<element name="a"><empty/></elem>\n</start></grammar>`, '3:33: unexpected close tag. (line 3)'],
      [`<?xml version="1.0"?>\n<!DOCTYPE grammar>\n<grammar ${R}><start><empty/></start></grammar>`, 'a DOCTYPE is not allowed in a grammar file (line 2)'],
      [`<!DOCTYPE grammar [\n<!ENTITY a "aaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;">\n]>\n<grammar ${R}><start><element name="x"><value>&b;</value></element></start></grammar>`, 'a DOCTYPE is not allowed in a grammar file (line 4)'],
      [`<grammar ${R}>\n<start><element name="x"><value>&b;</value></element></start></grammar>`, '2:35: undefined entity. (line 2)'],
      [`<grammar ${R}>\n<start>\n  <element name="a">\n    <bogus/>\n  </element>\n</start></grammar>`, 'unknown RelaxNG element bogus (line 4)'],
      [`<grammar ${R}>\n<start>\n  <bogus\n     foo="1"\n  />\n</start></grammar>`, 'unknown RelaxNG element bogus (line 5)'],
      [`<grammar ${R}>\n<start>\n  <element name="a">\n    hello\n    <empty/>\n  </element>\n</start></grammar>`, 'text is not allowed in element (line 5)'],
      [`<grammar ${R}>\n<start>\n  <element name="a"><![CDATA[x]]><empty/></element>\n</start></grammar>`, 'text is not allowed in element (line 3)'],
      [`<grammar ${R}>\n<start>\n  <element name="a" type="x"><empty/></element>\n</start></grammar>`, 'attribute type is not allowed on element (line 3)'],
      [`<grammar ${R}>\n<start>\n  <element name="a"><q:doc/><empty/></element>\n</start></grammar>`, '3:28: unbound namespace prefix: "q". (line 3)'],
      [`<grammar ${R}>\n<start>\n  <element name="a" q:x="1"><empty/></element>\n</start></grammar>`, '3:28: unbound namespace prefix: "q". (line 3)'],
      [`<grammar ${R}>\n<start>\n  <element name="q:a"><empty/></element>\n</start></grammar>`, 'undeclared namespace prefix q (line 3)'],
      [`<grammar ${R} xmlns:xml="urn:x">\n<start><empty/></start></grammar>`, '1:70: xml prefix must be bound to http://www.w3.org/XML/1998/namespace. (line 1)'],
      [`<grammar ${R} xmlns:p="urn:p">\n<start><element name="a" xmlns:p=""><empty/></element></start></grammar>`, '2:35: invalid attempt to undefine prefix in XML 1.0 (line 2)'],
      [`<grammar ${R}>\n<start><a:b:c/><empty/></start></grammar>`, '2:15: malformed name: a:b:c. (line 2)'],
      [`<grammar ${R} xmlns:p="urn:a" xmlns:q="urn:a">\n<start><element name="a" p:x="1" q:x="2"><empty/></element></start></grammar>`, '2:41: duplicate attribute: {urn:a}x. (line 2)'],
      [`<grammar ${R}>\n<start><element name="a" name="b"><empty/></element></start></grammar>`, '2:34: duplicate attribute: name. (line 2)'],
      [`<foo ${R}>\n<start><empty/></start></foo>`, 'unknown RelaxNG element foo (line 1)'],
      [`<foo xmlns="urn:x">\n<start/></foo>`, 'the root element must be a RelaxNG element, not foo (line 1)'],
      [`<element ${R}>\n<name>a<empty/></name><empty/></element>`, 'name cannot contain elements (line 2)'],
      [`<element ${R} xmlns:f="urn:f">\n<name>a\n<f:x/></name><empty/></element>`, 'name cannot contain elements (line 3)'],
      [`<grammar ${R} xmlns:r="${RNG}">\n<start r:combine="choice"><empty/></start></grammar>`, 'attribute r:combine in the RelaxNG namespace is not allowed (line 2)'],
      [`<grammar ${R} datatypeLibrary="not a uri">\n<start><empty/></start></grammar>`, 'datatypeLibrary "not a uri" is not an absolute URI (line 1)'],
      [``, '1:0: document must contain a root element. (line 1)'],
      [`\n\n  `, '3:2: document must contain a root element. (line 3)'],
      [`<grammar ${R}><start><empty/></start></grammar>\njunk`, '2:4: text data outside of root node. (line 2)'],
      [`<grammar ${R}><start><empty/></start></grammar>\n<grammar/>`, '2:9: documents may contain only one root. (line 2)'],
      [`<grammar ${R}>\n<start>\u0001<empty/></start></grammar>`, '2:8: disallowed character. (line 2)'],
    ];
    for (const [schema, message] of cases) expect(problem(schema), schema).to.equal(`file:///mem/main.rng: ${message}`);
  });

  it('reports a file that is not well-formed as such, even when a RelaxNG problem comes before the break', () => {
    // saxes met the unknown element first; the scanner reads the whole file before it is walked (as libxml2 does).
    expect(problem(`<grammar ${R}>\n<bogus/>\n<start><empty/></start>\n</grammar2>`)).to.equal('file:///mem/main.rng: 4:11: unexpected close tag. (line 4)');
  });

  it('departs from saxes in the small ways syntax.ts lists', () => {
    // A colon in a PI target: saxes' namespace mode refused it ("1:4: disallowed character in processing instruction name.").
    expect(kinds(`<?a:b x?><element ${R} name="a"><empty/></element>`, '<a/>')).to.deep.equal([]);
    // saxes: "1:75: disallowed character in entity name. (line 1)".
    expect(problem(`<element ${R} name="a"><empty/>&a:b;</element>`)).to.equal('file:///mem/main.rng: 1:75: undefined entity. (line 1)');
    // XML 1.1 is read as 1.0: saxes let 1.1 undeclare a prefix.
    expect(problem(`<?xml version="1.1"?><element ${R} xmlns:p="urn:p" name="a"><group xmlns:p=""><empty/></group></element>`)).to.equal(
      'file:///mem/main.rng: 1:116: invalid attempt to undefine prefix in XML 1.0 (line 1)',
    );
    // saxes: "1:102: duplicate attribute: {urn:p}x. (line 1)".
    expect(problem(`<element ${R} name="a" xmlns:p="urn:p"><empty p:x="1" p:x="2"/></element>`)).to.equal('file:///mem/main.rng: 1:102: duplicate attribute: p:x. (line 1)');
  });

  it('names the included file and its line when the problem is there', () => {
    const ps = problemsOf(`<grammar ${R}><include href="lib.rng"/><start><ref name="x"/></start></grammar>`, {
      'lib.rng': `<grammar ${R}>\n<define name="x">\n<element name="a"><empty/></element>\n</defin>\n</grammar>`,
    });
    expect(ps.map((p) => `${p.url}: ${p.message}`)).to.deep.equal(['file:///mem/lib.rng: 4:8: unexpected close tag. (line 4)']);
  });

  it('keeps hostile grammar files bounded: nesting deeper than the limit, too many attributes, entities', () => {
    const { maxDepth, maxAttributes } = GRAMMAR_PARSE_LIMITS;
    expect(maxDepth).to.equal(512);
    const nested = (depth: number) => `<element ${R} name="a">${'<group>'.repeat(depth - 2)}<empty/>${'</group>'.repeat(depth - 2)}</element>`;
    // At the limit the grammar compiles and validates (the compiler's recursion has room to spare).
    expect(kinds(nested(maxDepth), '<a/>')).to.deep.equal([]);
    expect(problem(nested(maxDepth + 1))).to.equal(`file:///mem/main.rng: elements are nested more than ${maxDepth} levels deep (line 1)`);
    // 20,000 nested groups overflowed the compiler's stack when saxes read them: now a problem.
    expect(problem(nested(20000))).to.match(/nested more than 512 levels deep \(line 1\)$/);
    const attrs = Array.from({ length: maxAttributes + 1 }, (_, i) => `f:a${i}="1"`).join(' ');
    expect(problem(`<element ${R} xmlns:f="urn:f" name="a"\n${attrs}><empty/></element>`)).to.equal(`file:///mem/main.rng: <element> has more than ${maxAttributes} attributes (line 1)`);
    const bomb = `<!DOCTYPE g [${Array.from({ length: 10 }, (_, i) => `<!ENTITY e${i + 1} "${`&e${i};`.repeat(10)}">`).join('')}<!ENTITY e0 "x">]>\n<element ${R} name="a"><value>&e10;</value></element>`;
    expect(problem(bomb)).to.equal('file:///mem/main.rng: a DOCTYPE is not allowed in a grammar file (line 1)');
  });
});
