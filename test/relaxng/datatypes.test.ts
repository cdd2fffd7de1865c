/** Datatypes, facets at their boundaries, and the XSD → JS regex translation. */
import { expect } from 'chai';
import { type DatatypeParam, makeDatatype, XSD_LIBRARY } from '../../src/relaxng/datatypes.js';
import { compileXsdNfa } from '../../src/relaxng/xsd-nfa.js';
import { compileXsdRegex, parseXsdRegex } from '../../src/relaxng/xsd-regex.js';

const noNs = () => undefined;
function dt(type: string, params: Record<string, string | string[]> = {}) {
  const ps: DatatypeParam[] = [];
  for (const [name, v] of Object.entries(params)) for (const value of Array.isArray(v) ? v : [v]) ps.push({ name, value });
  return makeDatatype(XSD_LIBRARY, type, ps);
}
function accepts(type: string, params: Record<string, string | string[]>, yes: string[], no: string[]): void {
  const d = dt(type, params);
  for (const v of yes) expect(d.allows(v, noNs), `${type} ${JSON.stringify(params)} should accept ${JSON.stringify(v)}`).to.equal(true);
  for (const v of no) expect(d.allows(v, noNs), `${type} ${JSON.stringify(params)} should refuse ${JSON.stringify(v)}`).to.equal(false);
}

describe('relaxng: datatypes', () => {
  it('built-in library: string keeps whitespace, token collapses it', () => {
    const s = makeDatatype('', 'string', []);
    const t = makeDatatype('', 'token', []);
    expect(s.valueKey(' a  b ', noNs)).to.equal(' a  b ');
    expect(t.valueKey(' a \n b ', noNs)).to.equal('a b');
    expect(() => makeDatatype('', 'int', [])).to.throw(/unknown datatype/);
    expect(() => makeDatatype('', 'string', [{ name: 'length', value: '1' }])).to.throw(/no parameters/);
  });

  it('string-like types and their lexical spaces', () => {
    accepts('normalizedString', {}, ['a\tb'], []);
    expect(dt('normalizedString').valueKey('a\tb\n', noNs)).to.equal('a b ');
    accepts('NCName', {}, ['abc', '_x.y-z', ' abc '], ['a:b', '1abc', '', 'a b']);
    accepts('Name', {}, ['a:b', ':x'], ['1a', '-a']);
    accepts('NMTOKEN', {}, ['1abc', 'a:b-.'], ['a b', '']);
    accepts('NMTOKENS', { minLength: '2' }, ['a b', ' x  y z '], ['a']);
    accepts('ID', {}, ['id1'], ['1id']);
    accepts('IDREF', {}, ['id1'], ['a b']);
    accepts('anyURI', {}, ['http://x/y?z#f', 'rel/path', ''], ['a\u0001b']);
    accepts('language', {}, ['en', 'en-GB'], ['toolongprimary', 'en_GB']);
  });

  it('plainKeys: exactly the types whose key of a collapsed value is the value itself or null', () => {
    // valueMatch compares such values with <value> keys as strings (derive.ts): the flag must not lie.
    const samples = ['a', 'abc', 'a b', 'x:y', 'en-GB', '1', '01', '1.50', 'true', '0', 'AbC', 'QUJD', 'http://e.org/a?b', '_n.c-1', 'a\u00e9'];
    const plain = ['string', 'normalizedString', 'token', 'language', 'Name', 'NCName', 'ID', 'IDREF', 'ENTITY', 'NMTOKEN', 'NMTOKENS', 'IDREFS', 'ENTITIES', 'anyURI'];
    const others = ['QName', 'NOTATION', 'boolean', 'decimal', 'integer', 'int', 'double', 'float', 'dateTime', 'hexBinary', 'base64Binary'];
    for (const type of plain) {
      const d = dt(type);
      expect(d.plainKeys, type).to.equal(true);
      for (const v of samples) expect([v, null], `${type} ${v}`).to.include(d.valueKey(v, noNs));
    }
    for (const type of others) expect(dt(type).plainKeys, type).to.equal(false);
    // Each non-plain type has a collapsed value whose key is spelt otherwise (so the flag must stay off).
    expect(dt('decimal').valueKey('1.50', noNs)).to.not.equal('1.50');
    expect(dt('hexBinary').valueKey('ab', noNs)).to.equal('AB');
    expect(makeDatatype('', 'string', []).plainKeys).to.equal(true);
    expect(makeDatatype('', 'token', []).plainKeys).to.equal(true);
  });

  it('boolean, decimal, integer and every bounded integer type at its limits', () => {
    accepts('boolean', {}, ['true', 'false', '1', '0', ' true '], ['yes', 'TRUE', '']);
    accepts('decimal', {}, ['1', '-1.5', '+.5', '5.', '007'], ['1e3', '.', '', '1,5', 'NaN']);
    accepts('integer', {}, ['-99999999999999999999999', '+0'], ['1.0', '']);
    const limits: [string, string | null, string | null][] = [
      ['long', '-9223372036854775808', '9223372036854775807'],
      ['int', '-2147483648', '2147483647'],
      ['short', '-32768', '32767'],
      ['byte', '-128', '127'],
      ['unsignedLong', '0', '18446744073709551615'],
      ['unsignedInt', '0', '4294967295'],
      ['unsignedShort', '0', '65535'],
      ['unsignedByte', '0', '255'],
      ['positiveInteger', '1', null],
      ['nonNegativeInteger', '0', null],
      ['negativeInteger', null, '-1'],
      ['nonPositiveInteger', null, '0'],
    ];
    for (const [type, min, max] of limits) {
      const yes: string[] = [];
      const no: string[] = [];
      if (min !== null) {
        yes.push(min);
        no.push((BigInt(min) - 1n).toString());
      }
      if (max !== null) {
        yes.push(max);
        no.push((BigInt(max) + 1n).toString());
      }
      accepts(type, {}, yes, no);
    }
  });

  it('double and float, dates and times, binary types', () => {
    accepts('double', {}, ['1e10', '-1.5E-3', 'INF', '-INF', 'NaN', '.5'], ['inf', '1e', '+INF', '']);
    accepts('float', {}, ['3.4e38'], ['1x']);
    accepts('dateTime', {}, ['2024-02-29T23:59:59Z', '2024-01-01T00:00:00.5+05:30', '2023-12-31T24:00:00'], ['2023-02-29T00:00:00', '2024-01-01', '2024-01-01T25:00:00']);
    accepts('date', {}, ['2024-01-31', '2024-01-31Z'], ['2024-04-31', '24-01-01']);
    accepts('time', {}, ['13:20:00', '00:00:00.123-01:00'], ['13:60:00', '1:00:00']);
    accepts('hexBinary', { length: '2' }, ['0aFF'], ['0aF', '0a', 'zz00']);
    accepts('base64Binary', { maxLength: '3' }, ['QUJD', 'QQ=='], ['QUJDRA==', 'Q', 'QQ=']);
  });

  it('QName needs the namespace context', () => {
    const q = dt('QName');
    const ctx = (p: string) => (p === 'a' ? 'urn:a' : p === '' ? 'urn:default' : undefined);
    expect(q.valueKey('a:x', ctx)).to.equal('{urn:a}x');
    expect(q.valueKey('x', ctx)).to.equal('{urn:default}x');
    expect(q.allows('b:x', ctx)).to.equal(false);
    expect(q.allows('a:1x', ctx)).to.equal(false);
  });

  it('length facets count characters (code points), octets for binary, items for lists', () => {
    accepts('string', { length: '3' }, ['abc', '\u{1F600}ab'], ['ab', 'abcd']);
    accepts('string', { minLength: '2', maxLength: '4' }, ['ab', 'abcd'], ['a', 'abcde']);
    accepts('token', { maxLength: '3' }, ['  abc  '], ['ab cd']);
  });

  it('range facets at their boundaries, exclusive and inclusive', () => {
    accepts('int', { minInclusive: '1', maxInclusive: '10' }, ['1', '10'], ['0', '11']);
    accepts('int', { minExclusive: '1', maxExclusive: '10' }, ['2', '9'], ['1', '10']);
    accepts('decimal', { minInclusive: '0.5' }, ['0.5', '0.50', '1'], ['0.49999']);
    accepts('double', { maxExclusive: '1.5' }, ['1.4999', '-INF'], ['1.5', 'INF', 'NaN']);
    accepts('dateTime', { minInclusive: '2024-01-01T00:00:00Z' }, ['2024-01-01T00:00:00Z', '2024-01-01T01:00:00+01:00'], ['2023-12-31T23:59:59Z']);
    accepts('unsignedInt', { maxInclusive: '4294967295' }, ['4294967295'], ['4294967296']);
    expect(() => dt('int', { minInclusive: '1', minExclusive: '0' })).to.throw(/cannot both/);
    expect(() => dt('string', { minLength: '3', maxLength: '2' })).to.throw(/greater/);
  });

  it('totalDigits and fractionDigits', () => {
    accepts('decimal', { totalDigits: '4', fractionDigits: '2' }, ['12.34', '0012.3400', '-1.5'], ['123.45', '1.234']);
    accepts('integer', { totalDigits: '3' }, ['999', '-999', '000999'], ['1000']);
    expect(() => dt('string', { totalDigits: '3' })).to.throw(/not allowed/);
  });

  it('pattern facets apply to the whitespace-normalised value; several patterns must all match', () => {
    accepts('token', { pattern: '[a-z]+' }, ['  abc  '], ['abc1']);
    accepts('string', { pattern: ['[a-z0-9]+', '.*[0-9]'] }, ['abc1'], ['abc', '1A']);
    accepts('int', { pattern: '[0-9]{2}' }, ['10', ' 42 '], ['100', '5']);
  });
});

describe('relaxng: XSD regular expressions', () => {
  const m = (re: string, yes: string[], no: string[]) => {
    const r = compileXsdRegex(re);
    // The linear-time matcher long values go to (xsd-nfa.ts) gives the same answers.
    const nfa = compileXsdNfa(parseXsdRegex(re))!;
    for (const s of yes) expect([r.test(s), nfa(s)], `${re} should match ${JSON.stringify(s)}`).to.deep.equal([true, true]);
    for (const s of no) expect([r.test(s), nfa(s)], `${re} should not match ${JSON.stringify(s)}`).to.deep.equal([false, false]);
  };

  it('is anchored: the whole value must match', () => {
    m('abc', ['abc'], ['xabc', 'abcx', 'ab']);
    m('a|b', ['a', 'b'], ['ab']);
  });

  it('treats ^ and $ as ordinary characters', () => {
    m('^a$', ['^a$'], ['a']);
    m('[$^]+', ['$^$'], ['a']);
  });

  it('character class subtraction, also nested and negated', () => {
    m('[a-z-[aeiou]]+', ['bcd', 'xyz'], ['bad', 'A']);
    m('[a-z-[aeiou-[e]]]', ['e', 'b'], ['a', 'o']);
    m('[^a-z-[0-9]]', ['A', '_'], ['a', '5']);
  });

  it('\\i \\c \\I \\C are XML name characters', () => {
    m('\\i\\c*', ['abc', '_a.b-c', 'a:b'], ['1a', '-a', 'a b']);
    m('\\I', ['1', '-'], ['a']);
    m('\\C+', [' !'], ['a']);
    m('[\\i-[:]][\\c-[:]]*', ['ncname'], ['a:b']);
  });

  it('\\d \\w \\s with XSD meanings', () => {
    m('\\d+', ['0123', '\u0663'], ['a']);
    m('\\s', [' ', '\t', '\n', '\r'], ['\u00a0', '\u2003']);
    m('\\S', ['\u00a0'], [' ']);
    m('\\w+', ['abc', 'é1'], ['a-b', 'a b', 'a.b']);
    m('\\W', ['-', ' ', '.'], ['a']);
    m('[\\s\\d]+', [' 1 2'], ['a']);
    m('[^\\S]', [' '], ['a']);
  });

  it('. excludes only newline and carriage return', () => {
    m('.', ['a', '\u2028', '\u{1F600}'], ['\n', '\r']);
  });

  it('categories and blocks', () => {
    m('\\p{Lu}+', ['ABC'], ['abc']);
    m('\\P{L}', ['1'], ['a']);
    m('\\p{IsBasicLatin}+', ['abc~'], ['é']);
    m('[\\p{IsGreek}]', ['α'], ['a']);
    expect(() => compileXsdRegex('\\p{IsKlingon}')).to.throw(/unknown Unicode block/);
    expect(() => compileXsdRegex('\\p{Xx}')).to.throw(/unknown character property/);
  });

  it('quantifiers and escapes', () => {
    m('a{2,3}', ['aa', 'aaa'], ['a', 'aaaa']);
    m('a{2}', ['aa'], ['aaa']);
    m('a{2,}', ['aaaaa'], ['a']);
    m('\\.\\-\\?\\\\', ['.-?\\'], []);
    m('[\\-\\[\\]]+', ['-[]'], []);
    m('(ab)+', ['abab'], ['aba']);
    expect(() => compileXsdRegex('a{3,2}')).to.throw();
    expect(() => compileXsdRegex('(a')).to.throw();
    expect(() => compileXsdRegex('\\q')).to.throw(/unknown escape/);
  });
});
