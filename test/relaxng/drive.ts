/** Test helper: feeds an XML text (parsed with saxes, namespaces on) to a Validator. */
import { SaxesParser } from 'saxes';
import { type CompiledGrammar, type ValidationError, createValidator } from '../../src/relaxng/index.js';

export interface NodeRef {
  readonly kind: 'element' | 'attribute' | 'text';
  /** Element: its name; attribute: element name + '@' + attribute name. */
  readonly name: string;
  readonly line: number;
}

/** Validates `xml` against `grammar`; returns the errors (or throws when the XML is not well-formed). */
export function validateXml(grammar: CompiledGrammar, xml: string): ValidationError<NodeRef>[] {
  const v = createValidator<NodeRef>(grammar);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const nodes: NodeRef[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const node: NodeRef = { kind: 'element', name: tag.name, line: parser.line };
    const attributes = Object.values(tag.attributes)
      .filter((a) => a.prefix !== 'xmlns' && !(a.prefix === '' && a.local === 'xmlns'))
      .map((a) => ({
        name: { ns: a.uri, local: a.local },
        value: a.value,
        node: { kind: 'attribute' as const, name: `${tag.name}@${a.name}`, line: parser.line },
      }));
    v.startElement({ ns: tag.uri ?? '', local: tag.local ?? tag.name }, attributes, node, tag.ns);
    nodes.push(node);
  });
  parser.on('text', (t) => v.text(t, { kind: 'text', name: '#text', line: parser.line }));
  parser.on('cdata', (t) => v.text(t, { kind: 'text', name: '#cdata', line: parser.line }));
  parser.on('closetag', () => v.endElement(nodes.pop()!));
  parser.write(xml).close();
  return [...v.end()];
}
