/** Names the validator makes (`plainName`, which carry their id) and the owner element of attribute errors. */
import { expect } from 'chai';
import { type AttributeEvent, type QName, type ValidationError, createValidator } from '../../src/relaxng/index.js';
import { grammarOf, rng } from './helpers.js';

const GRAMMAR = rng(`
  <start>
    <element name="doc">
      <attribute name="id"><data type="int"/></attribute>
      <zeroOrMore>
        <element name="item">
          <attribute name="kind"><choice><value>a</value><value>b</value></choice></attribute>
          <empty/>
        </element>
      </zeroOrMore>
    </element>
  </start>`);

interface Node {
  readonly label: string;
}

/** Validates `<doc id=…><item kind=…/>…</doc>` with the names given by `name`. */
function run(g: ReturnType<typeof grammarOf>, name: (local: string) => QName, id: string, kinds: readonly string[]): ValidationError<Node>[] {
  const v = createValidator<Node>(g);
  const attr = (local: string, value: string, label: string): AttributeEvent<Node> => ({ name: name(local), value, node: { label } });
  v.startElement(name('doc'), [attr('id', id, 'doc@id')], { label: 'doc' });
  kinds.forEach((k, i) => {
    const node = { label: `item${i}` };
    v.startElement(name('item'), [attr('kind', k, `item${i}@kind`), ...(k === 'c' ? [attr('extra', '1', `item${i}@extra`)] : [])], node);
    v.endElement(node);
  });
  v.endElement({ label: 'doc' });
  return [...v.end()];
}

const summary = (errors: readonly ValidationError<Node>[]) => errors.map((e) => [e.kind, e.node.label, e.owner?.label ?? null]);

describe('relaxng: names made by the validator, owners of attribute errors', () => {
  it('a plainName reads, compares and prints as a plain QName', () => {
    const v = createValidator(grammarOf(GRAMMAR));
    const q = v.plainName('item');
    expect(q).to.deep.equal({ ns: '', local: 'item' });
    expect(JSON.stringify(q)).to.equal('{"ns":"","local":"item"}');
    expect(v.plainName('item')).to.equal(q);
  });

  it('gives the same verdicts with its names as with plain objects, and names the element of attribute errors', () => {
    const g = grammarOf(GRAMMAR);
    const plain = (local: string): QName => ({ ns: '', local });
    const made = createValidator(g);
    const cases: [string, string[]][] = [
      ['1', ['a', 'b']],
      ['x', ['a', 'z', 'c']],
      ['2', ['c', 'b', 'q']],
    ];
    for (const [id, kinds] of cases) {
      const expected = summary(run(g, plain, id, kinds));
      expect(summary(run(g, (l) => made.plainName(l), id, kinds))).to.deep.equal(expected);
    }
    expect(summary(run(g, plain, 'x', ['a', 'c']))).to.deep.equal([
      ['invalid-attribute-value', 'doc@id', 'doc'],
      ['invalid-attribute-value', 'item1@kind', 'item1'],
      ['unexpected-attribute', 'item1@extra', 'item1'],
    ]);
  });

  it('does not trust the ids of names made by another grammar (they are looked up again)', () => {
    const g = grammarOf(GRAMMAR);
    const plain = (local: string): QName => ({ ns: '', local });
    // This grammar meets `doc` and `id` first (ids 0 and 1) and remembers the derivatives by id.
    expect(summary(run(g, plain, '1', ['a']))).to.deep.equal([]);
    // Another grammar numbers names in its own order: its `extra` has the id `id` has here.
    const other = createValidator(grammarOf(GRAMMAR));
    for (const l of ['doc', 'extra']) other.plainName(l);
    const v = createValidator<Node>(g);
    const doc = { label: 'doc' };
    v.startElement(other.plainName('doc'), [{ name: other.plainName('extra'), value: '1', node: { label: 'doc@extra' } }], doc);
    v.endElement(doc);
    expect(summary(v.end())).to.deep.equal([
      ['unexpected-attribute', 'doc@extra', 'doc'],
      ['missing-attribute', 'doc', null],
    ]);
  });
});
