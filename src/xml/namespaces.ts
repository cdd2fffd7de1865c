/**
 * Namespaces in XML 1.0 over the scanner's tree, strictly: the scanner (scan.ts) keeps names as
 * written and `xmlns` declarations as attributes; this resolves one start tag at a time against the
 * bindings in scope and refuses what the Namespaces recommendation forbids. The checks, their order
 * and their messages are saxes' in its `xmlns: true` mode (test/xml/namespaces.test.ts compares
 * them), so that a reader moved from saxes to the scanner keeps its behaviour:
 *   as each attribute is read: a malformed QName, `xmlns:p=""` (undeclaring a prefix is XML 1.1),
 *   the reserved `xml`/`xmlns` prefixes and URIs;
 *   at the start tag's `>`: a malformed element QName, the `xmlns` prefix on an element, an unbound
 *   prefix (element, then attributes), two attributes with the same expanded name.
 * Declared URIs are trimmed, as saxes did. Callers that must be lenient with documents (the schema
 * feed, src/schema/feed.ts) resolve names their own way; this is for sources that must be right,
 * such as RelaxNG grammar files.
 */
import type { XmlAttribute, XmlElement } from './tree.js';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * Prefix → URI bindings in scope ('' for the default namespace), without the two predefined ones.
 * A scope inherits its parent's through its prototype (the root's has none), so lookups are plain
 * property reads and an element without declarations shares its parent's scope.
 */
export type NamespaceScope = Readonly<Record<string, string>>;

export const EMPTY_SCOPE: NamespaceScope = Object.freeze(Object.create(null) as Record<string, string>);

const PREDEFINED: NamespaceScope = Object.freeze(Object.assign(Object.create(null) as Record<string, string>, { xml: XML_NS, xmlns: XMLNS_NS }));

export interface NamespacedName {
  /** As written before the colon ('' for none). */
  readonly prefix: string;
  readonly local: string;
  /** '' for no namespace. Namespace declarations (`xmlns`, `xmlns:p`) are in XMLNS_NS. */
  readonly uri: string;
}

export interface NamespacedAttribute extends NamespacedName {
  readonly attribute: XmlAttribute;
}

export interface NamespacedStartTag extends NamespacedName {
  /** The bindings in scope for this element and its content. */
  readonly scope: NamespaceScope;
  /** The declarations made on this element, as written (URIs trimmed); undefined when none. */
  readonly declared: NamespaceScope | undefined;
  /** Every attribute, declarations included, in document order. */
  readonly attributes: readonly NamespacedAttribute[];
}

/** A namespace problem at `offset`: the character saxes had just read when it found it. */
export class NamespaceError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Where saxes found a problem: an attribute's closing quote, or the start tag's `>`. Made into an
 * offset only for a problem (ranges are made on request, and most start tags have none).
 */
type Where = XmlAttribute | XmlElement;
const offsetOf = (where: Where): number => ('startTagRange' in where ? where.startTagRange.end.offset - 1 : where.range.end.offset);
const problem = (message: string, where: Where): NamespaceError => new NamespaceError(message, offsetOf(where));

/** The colon of a QName (-1 for none); throws if the name is not one (`p:`, `:a`, `a:b:c`). */
function qnameColon(name: string, where: Where): number {
  const colon = name.indexOf(':');
  if (colon === 0 || (colon > 0 && (colon === name.length - 1 || name.indexOf(':', colon + 1) >= 0))) throw problem(`malformed name: ${name}.`, where);
  return colon;
}

/** The reserved prefixes and URIs (Namespaces in XML 1.0, section 3), in saxes' order. */
function checkBinding(prefix: string, uri: string, where: Where): void {
  if (prefix === 'xml' && uri !== XML_NS) throw problem(`xml prefix must be bound to ${XML_NS}.`, where);
  if (prefix === 'xmlns' && uri !== XMLNS_NS) throw problem(`xmlns prefix must be bound to ${XMLNS_NS}.`, where);
  if (uri === XMLNS_NS) {
    throw problem(prefix === '' ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NS}.`, where);
  }
  if (uri === XML_NS && prefix !== 'xml') {
    throw problem(prefix === '' ? `the default namespace may not be set to ${uri}.` : 'may not assign the xml namespace to another prefix.', where);
  }
}

/**
 * Resolves the names of `el`'s start tag under `inherited` (its parent's scope, EMPTY_SCOPE for the
 * root). Throws NamespaceError at the first problem.
 */
const NO_ATTRIBUTES: readonly NamespacedAttribute[] = Object.freeze([]);

export function resolveStartTag(el: XmlElement, inherited: NamespaceScope): NamespacedStartTag {
  const attrs = el.attributes;
  const attributes: { prefix: string; local: string; uri: string; attribute: XmlAttribute }[] = [];
  let declared: Record<string, string> | undefined;
  let prefixed = 0;
  for (const a of attrs) {
    const name = a.name;
    // saxes read an attribute's name as a QName, and its declaration, at the closing quote.
    const colon = qnameColon(name, a);
    if (colon < 0) {
      // No default namespace for attributes (Namespaces in XML 1.0, 6.2): unprefixed ones are in none.
      attributes.push({ prefix: '', local: name, uri: name === 'xmlns' ? XMLNS_NS : '', attribute: a });
      if (name === 'xmlns') {
        const uri = a.value.trim();
        (declared ??= Object.create(null) as Record<string, string>)[''] = uri;
        checkBinding('', uri, a);
      }
      continue;
    }
    prefixed++;
    const prefix = name.slice(0, colon);
    const local = name.slice(colon + 1);
    attributes.push({ prefix, local, uri: '', attribute: a });
    if (prefix === 'xmlns') {
      const uri = a.value.trim();
      if (uri === '') throw problem('invalid attempt to undefine prefix in XML 1.0', a);
      (declared ??= Object.create(null) as Record<string, string>)[local] = uri;
      checkBinding(local, uri, a);
    }
  }
  // Not frozen: a frozen binding in a prototype would forbid redeclaring its prefix below.
  const scope: NamespaceScope = declared ? Object.assign(Object.create(inherited) as Record<string, string>, declared) : inherited;

  const colon = qnameColon(el.name, el);
  const prefix = colon < 0 ? '' : el.name.slice(0, colon);
  const local = colon < 0 ? el.name : el.name.slice(colon + 1);
  const uri = scope[prefix] ?? PREDEFINED[prefix] ?? '';
  if (prefix !== '') {
    if (prefix === 'xmlns') throw problem('tags may not have "xmlns" as prefix.', el);
    if (uri === '') throw problem(`unbound namespace prefix: ${JSON.stringify(prefix)}.`, el);
  }
  if (prefixed > 0) {
    for (const a of attributes) {
      if (a.prefix === '') continue;
      const bound = scope[a.prefix] ?? PREDEFINED[a.prefix];
      if (bound === undefined) throw problem(`unbound namespace prefix: ${JSON.stringify(a.prefix)}.`, el);
      a.uri = bound;
    }
    // Same expanded name: only prefixed attributes can share one (the scanner refused same names,
    // and an unprefixed name is in no namespace).
    if (prefixed > 1) {
      const seen = new Set<string>();
      for (const a of attributes) {
        if (a.prefix === '') continue;
        const expanded = `{${a.uri}}${a.local}`;
        if (seen.has(expanded)) throw problem(`duplicate attribute: ${expanded}.`, el);
        seen.add(expanded);
      }
    }
  }
  return { prefix, local, uri, scope, declared, attributes: attributes.length > 0 ? attributes : NO_ATTRIBUTES };
}
