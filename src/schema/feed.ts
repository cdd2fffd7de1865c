import type { AttributeEvent, CompiledGrammar, QName, ValidationError } from '../relaxng/api.js';
import { createValidator, isWhitespace } from '../relaxng/index.js';
import { SourceElement } from '../xml/nodes.js';
import type { XmlAttribute, XmlElement } from '../xml/tree.js';

/** What the engine's errors point at: an element (also for its text) or one of its attributes. */
export type SchemaNode = XmlElement | XmlAttribute;

/** A name whose namespace prefix no xmlns declaration in scope binds (the scanner does no namespace processing). */
export interface UndeclaredPrefix {
  readonly element: XmlElement;
  /** Set when the prefix is on an attribute of `element`. */
  readonly attribute?: XmlAttribute;
}

/**
 * A value the walk saw with white space at an end: an attribute without a prefix (`attribute` set) or
 * the text of an element without children. The value-whitespace check (value-whitespace.ts) asks the
 * grammar index about these alone, after validation.
 */
export interface SpacedValue {
  readonly element: XmlElement;
  readonly attribute?: XmlAttribute;
}

export interface TreeValidation {
  readonly errors: readonly ValidationError<SchemaNode>[];
  readonly undeclared: readonly UndeclaredPrefix[];
  /** Values with white space at an end, in document order (usually none; validateTree always sets it). */
  readonly spaced?: readonly SpacedValue[];
}

/** Whether a value starts or ends with XML white space (or another control character, which XML text cannot hold): two reads. */
const spacedAtEnds = (v: string): boolean => v.length !== 0 && (v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32);

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const isNamespaceDecl = (name: string): boolean => name === 'xmlns' || name.startsWith('xmlns:');

/** An element being walked. Frames are reused by depth (filled in place when an element opens). */
interface Frame {
  el: XmlElement;
  scope: ReadonlyMap<string, string>;
  /** The default namespace in scope ('' for none). */
  defaultNs: string;
  /** Next child to visit. */
  next: number;
  /** Source offset where the text before the next child starts (only for mixed content). */
  gapStart: number;
  mixed: boolean;
}

/** An attribute event the feed fills in place (the validator reads events only during `startElement`). */
interface MutableEvent {
  name: QName;
  value: string;
  node: SchemaNode | null;
}

/**
 * The attribute events of one start tag, reused from element to element: no object per attribute
 * and no array per element. Lists up to MAX_SHARED_LIST long are kept per length (sharing the
 * event objects); longer ones are made for the element. One per module: `validateTree` is
 * synchronous and the validator calls nothing back.
 */
class EventPool {
  private readonly events: MutableEvent[] = [];
  private readonly lists: MutableEvent[][] = [];

  set(i: number, name: QName, a: XmlAttribute): void {
    const e = this.events[i];
    if (e === undefined) this.events.push({ name, value: a.value, node: a });
    else {
      e.name = name;
      e.value = a.value;
      e.node = a;
    }
  }

  /** The first `n` events as a list of exactly that length. */
  list(n: number): readonly AttributeEvent<SchemaNode>[] {
    if (n > MAX_SHARED_LIST) return this.events.slice(0, n) as AttributeEvent<SchemaNode>[];
    let l = this.lists[n];
    if (l === undefined) {
      while (this.lists.length <= n) this.lists.push(this.events.slice(0, this.lists.length));
      l = this.lists[n]!;
    }
    return l as AttributeEvent<SchemaNode>[];
  }

  /** Lets go of the document's nodes and texts (kept only while it is validated). */
  release(): void {
    for (const e of this.events) {
      e.node = null;
      e.value = '';
    }
  }
}

const MAX_SHARED_LIST = 32;
const events = new EventPool();

/** The declarations made on `el` (prefix → URI, '' for the default namespace), undefined when none. */
function declarationsOf(el: XmlElement): Record<string, string> | undefined {
  let decls: Record<string, string> | undefined;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    // 'x' first: most attributes are not declarations, and this is the hot path.
    if (a.name.charCodeAt(0) !== 120 || !isNamespaceDecl(a.name)) continue;
    decls ??= {};
    decls[a.name === 'xmlns' ? '' : a.name.slice(6)] = a.value;
  }
  return decls;
}

/** The scope of an element: its parent's plus its own declarations (copied only when it has some). */
function scopeWith(parent: ReadonlyMap<string, string>, decls: Record<string, string> | undefined): ReadonlyMap<string, string> {
  if (!decls) return parent;
  const scope = new Map(parent);
  for (const [prefix, uri] of Object.entries(decls)) scope.set(prefix, uri);
  return scope;
}

/**
 * Whether an element's text is empty or white space only: asked of the scanner's elements without
 * joining the pieces of white space between their children (SourceElement.textIsSpace).
 */
function textIsSpace(el: XmlElement): boolean {
  return el instanceof SourceElement ? el.textIsSpace : isWhitespace(el.text);
}

/**
 * The character data of a gap between child elements, as far as validity needs it: with child
 * elements present the grammar can only ask whether there is text at all (RelaxNG forbids data
 * next to elements), so comments, processing instructions and CDATA markers are removed, white
 * space character references read as spaces, and other references kept as written.
 */
function gapText(text: string, start: number, end: number): string {
  let raw = text.slice(start, end);
  if (raw.includes('<')) raw = raw.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, '').replace(/<!\[CDATA\[|\]\]>/g, '');
  // A character reference to white space (`&#10;`) is white space, which the grammar ignores here.
  if (raw.includes('&#')) raw = raw.replace(/&#(?:x0*(?:20|9|a|d)|0*(?:32|9|10|13));/gi, ' ');
  return raw;
}

/**
 * Validates a parsed document against a compiled grammar in one walk of the tree that the
 * position-keeping parse built: namespace prefixes are resolved here, element and attribute nodes
 * are the handles the engine's errors carry. Linear in the document.
 */
export function validateTree(grammar: CompiledGrammar, root: XmlElement, source: string): TreeValidation {
  const validator = createValidator<SchemaNode>(grammar);
  const undeclared: UndeclaredPrefix[] = [];
  const spaced: SpacedValue[] = [];
  const base: ReadonlyMap<string, string> = new Map();

  const frames: Frame[] = [];
  let depth = 0;
  // `depth` is passed to open, not captured: a variable a closure writes lives in a context, and
  // the walk's loop read it from there at every step.
  const open = (el: XmlElement, parent: Frame | undefined, depth: number): void => {
    const decls = declarationsOf(el);
    const scope = parent ? scopeWith(parent.scope, decls) : scopeWith(base, decls);
    // The default namespace changes only where declared: inherited otherwise, with no lookup.
    const defaultNs = parent && !decls ? parent.defaultNs : (scope.get('') ?? '');
    const elName = el.name;
    const colon = elName.indexOf(':');
    let name: QName;
    if (colon < 0) {
      name = defaultNs === '' ? validator.plainName(elName) : { ns: defaultNs, local: elName };
    } else {
      const ns = scope.get(elName.slice(0, colon));
      if (ns === undefined) undeclared.push({ element: el });
      // An undeclared prefix matches no name the grammar knows (unless a wildcard allows anything).
      name = ns === undefined ? { ns: '', local: elName } : { ns, local: elName.slice(colon + 1) };
    }
    const attrs = el.attributes;
    let count = 0;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      const aName = a.name;
      const c = aName.indexOf(':');
      if (c < 0) {
        if (aName !== 'xmlns') {
          events.set(count++, validator.plainName(aName), a);
          if (spacedAtEnds(a.value)) spaced.push({ element: el, attribute: a });
        }
        continue;
      }
      const prefix = aName.slice(0, c);
      if (prefix === 'xmlns') continue;
      const ns = prefix === 'xml' ? XML_NS : scope.get(prefix);
      if (ns === undefined || ns === '') {
        undeclared.push({ element: el, attribute: a });
        continue;
      }
      events.set(count++, { ns, local: aName.slice(c + 1) }, a);
    }
    const attributes = events.list(count);
    // The declarations go along for QName-typed values (the validator keeps its own stack).
    if (decls) validator.startElement(name, attributes, el, decls);
    else validator.startElement(name, attributes, el);
    const children = el.children;
    let mixed = false;
    if (children.length > 0) mixed = !textIsSpace(el);
    else if (el.text.length > 0) {
      validator.text(el.text, el);
      if (spacedAtEnds(el.text)) spaced.push({ element: el });
    }
    // Offsets only for mixed content (the only place gaps are read): three objects fewer to touch per element.
    const gapStart = mixed ? el.contentRange.start.offset : 0;
    const f = frames[depth];
    if (f === undefined) frames.push({ el, scope, defaultNs, next: 0, gapStart, mixed });
    else {
      f.el = el;
      f.scope = scope;
      f.defaultNs = defaultNs;
      f.next = 0;
      f.gapStart = gapStart;
      f.mixed = mixed;
    }
  };

  open(root, undefined, depth++);
  while (depth > 0) {
    const frame = frames[depth - 1]!;
    const { el } = frame;
    if (frame.next < el.children.length) {
      const child = el.children[frame.next++] as XmlElement;
      if (frame.mixed) {
        const t = gapText(source, frame.gapStart, child.range.start.offset);
        if (!isWhitespace(t)) validator.text(t, el);
        frame.gapStart = child.range.end.offset;
      }
      open(child, frame, depth++);
      continue;
    }
    if (frame.mixed) {
      const t = gapText(source, frame.gapStart, el.contentRange.end.offset);
      if (!isWhitespace(t)) validator.text(t, el);
    }
    validator.endElement(el);
    depth--;
  }
  events.release();
  return { errors: validator.end(), undeclared, spaced };
}
