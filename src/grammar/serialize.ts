import type { Define, ElementPattern, NameClass, Pattern } from './model.js';

const RNG_NS = 'http://relaxng.org/ns/structure/1.0';

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** A grammar accepting any element whose attribute `name` matches `content` (and nothing else). */
export function attributeValueGrammar(ns: string, local: string, content: Pattern): string {
  return standaloneGrammar({ kind: 'element', id: -1, name: { kind: 'anyName' }, content: { kind: 'attribute', name: { kind: 'name', ns, local }, content, source: { file: '', line: 0 } }, source: { file: '', line: 0 } });
}

/** A grammar accepting any element whose text matches `content` (no attributes, no children). */
export function textValueGrammar(content: Pattern): string {
  return standaloneGrammar({ kind: 'element', id: -1, name: { kind: 'anyName' }, content, source: { file: '', line: 0 } });
}

/**
 * Writes a standalone RelaxNG grammar (XML syntax, no includes) whose start is one element pattern
 * of a loaded grammar, with every definition it reaches. Used to validate a subtree of a document
 * against the pattern that describes it in context, so an error deep inside an `<interleave>` can
 * be pinned on the element at fault.
 */
export function standaloneGrammar(start: ElementPattern | Pattern): string {
  const names = new Map<Define, string>();
  const pending: Define[] = [];
  const nameOf = (d: Define): string => {
    let n = names.get(d);
    if (!n) {
      n = `d${names.size}`;
      names.set(d, n);
      pending.push(d);
    }
    return n;
  };

  const nc = (c: NameClass): string => {
    switch (c.kind) {
      case 'name':
        return `<name ns="${escapeAttr(c.ns)}">${escapeText(c.local)}</name>`;
      case 'anyName':
        return c.except ? `<anyName><except>${nc(c.except)}</except></anyName>` : '<anyName/>';
      case 'nsName':
        return c.except ? `<nsName ns="${escapeAttr(c.ns)}"><except>${nc(c.except)}</except></nsName>` : `<nsName ns="${escapeAttr(c.ns)}"/>`;
      case 'choice':
        return `<choice>${c.items.map(nc).join('')}</choice>`;
    }
  };

  const pat = (p: Pattern): string => {
    switch (p.kind) {
      case 'element':
      case 'attribute':
        return `<${p.kind}>${nc(p.name)}${pat(p.content)}</${p.kind}>`;
      case 'group':
      case 'interleave':
      case 'choice':
        return `<${p.kind}>${p.items.map(pat).join('')}</${p.kind}>`;
      case 'optional':
      case 'zeroOrMore':
      case 'oneOrMore':
      case 'mixed':
      case 'list':
        return `<${p.kind}>${pat(p.item)}</${p.kind}>`;
      case 'ref':
        return `<ref name="${nameOf(p.define)}"/>`;
      case 'empty':
      case 'text':
      case 'notAllowed':
        return `<${p.kind}/>`;
      case 'value':
        return `<value datatypeLibrary="${escapeAttr(p.library)}" type="${escapeAttr(p.type)}" ns="${escapeAttr(p.ns)}">${escapeText(p.value)}</value>`;
      case 'data': {
        const params = p.params.map((x) => `<param name="${escapeAttr(x.name)}">${escapeText(x.value)}</param>`).join('');
        const except = p.except ? `<except>${pat(p.except)}</except>` : '';
        return `<data datatypeLibrary="${escapeAttr(p.library)}" type="${escapeAttr(p.type)}">${params}${except}</data>`;
      }
    }
  };

  const startText = pat(start);
  const defines: string[] = [];
  for (let i = 0; i < pending.length; i++) {
    const d = pending[i] as Define;
    defines.push(`<define name="${names.get(d) as string}">${pat(d.pattern)}</define>`);
  }
  return `<grammar xmlns="${RNG_NS}"><start>${startText}</start>${defines.join('')}</grammar>`;
}
