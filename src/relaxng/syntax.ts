/**
 * Reads one RelaxNG grammar file (XML syntax) into a small tree of RelaxNG elements, applying the
 * per-file simplification steps of spec 4.1–4.3: foreign elements and attributes are dropped,
 * whitespace-only text is ignored, `datatypeLibrary` is inherited, `xml:base` sets the base URL.
 * Syntax problems (malformed XML or namespaces, a DOCTYPE, unknown RNG element, stray attribute or
 * text) are thrown as GrammarSyntaxError naming the line.
 *
 * The file is parsed by virtlint's own scanner (src/xml), which refuses any DOCTYPE and so never
 * expands entities, with limits of its own (GRAMMAR_PARSE_LIMITS), and its names are resolved by the
 * strict namespace reader (src/xml/namespaces.ts). Both were written to behave as saxes did, which
 * read grammars before them: the messages and lines are saxes' (`line:column: message (line N)`
 * for malformed XML and namespaces), and the tree is walked in document order — start tag, text,
 * children, end tag — so that of several problems the one saxes met first is reported.
 * Differences (test/relaxng/syntax.test.ts pins each): the scanner reads the whole file before the
 * walk starts, so a file that is not well-formed is reported as such even when a RelaxNG problem
 * comes earlier in it (as libxml2, which parses first too, does); a colon in a processing
 * instruction's target is let through (PIs are not kept; saxes' namespace mode refused it); a
 * file declaring XML 1.1 is read as 1.0 (so `xmlns:p=""` is refused), as the scanner reads every
 * document; `&a:b;` is an "undefined entity." and a repeated `p:x` a "duplicate attribute: p:x."
 * (saxes: "disallowed character in entity name.", "duplicate attribute: {uri}x.").
 */
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import type { Diagnostic } from '../types.js';
import { EMPTY_SCOPE, NamespaceError, type NamespaceScope, type NamespacedStartTag, resolveStartTag, XML_NS } from '../xml/namespaces.js';
import { parseXml, type ParseLimits } from '../xml/parse.js';
import { SourceElement } from '../xml/nodes.js';
import { LineIndex } from '../xml/positions.js';
import type { XmlElement } from '../xml/tree.js';

export const RNG_NS = 'http://relaxng.org/ns/structure/1.0';

export class GrammarSyntaxError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
  }
}

export interface RngEl {
  readonly local: string;
  /** Unqualified attributes (name, type, href, combine, ns, datatypeLibrary). */
  readonly attrs: Map<string, string>;
  readonly children: RngEl[];
  /** The element's direct text (meaningful for name, value and param). */
  text: string;
  /** In-scope namespace declarations (prefix → URI; '' = default namespace). */
  readonly nsMap: Readonly<Record<string, string>>;
  /** Base URL for hrefs (file URL with xml:base applied). */
  readonly base: string;
  /** The inherited datatypeLibrary (spec 4.3). */
  readonly dtLib: string;
  readonly url: string;
  readonly line: number;
}

const ATTRS: Record<string, readonly string[]> = {
  element: ['name'],
  attribute: ['name'],
  group: [],
  interleave: [],
  choice: [],
  optional: [],
  zeroOrMore: [],
  oneOrMore: [],
  list: [],
  mixed: [],
  ref: ['name'],
  parentRef: ['name'],
  empty: [],
  text: [],
  value: ['type'],
  data: ['type'],
  notAllowed: [],
  externalRef: ['href'],
  grammar: [],
  start: ['combine'],
  define: ['name', 'combine'],
  div: [],
  include: ['href'],
  name: [],
  anyName: [],
  nsName: [],
  except: [],
  param: ['name'],
};
const TEXT_ELEMENTS = new Set(['name', 'value', 'param']);

function resolveUrl(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/**
 * Limits for grammar files. Depth: the compiler and the validator recurse over nested patterns,
 * and 2,000 nested groups overflowed the stack when saxes read grammars (20,000 threw a RangeError
 * out of compileGrammar); 512 is far beyond the deepest nesting in libvirt's schemas (18) and
 * leaves the recursion a wide margin. Attributes: the scanner's default (only annotations add any).
 */
export const GRAMMAR_PARSE_LIMITS: ParseLimits = { maxDepth: 512, maxAttributes: 1024 };

const isWhiteSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const hasText = (s: string): boolean => /[^ \t\r\n]/.test(s);
/** A character reference to white space (`&#10;`, `&#x20;`): white space to the grammar. */
const WHITE_SPACE_REF = /^&#(?:x0*(?:20|9|a|d)|0*(?:32|9|10|13));/i;

/**
 * The offset of the `>` ending an element's start tag: kept by the scanner's nodes (a range would
 * be three objects per element, for a line asked of every one).
 */
const startTagEnd = (el: XmlElement): number => (el instanceof SourceElement ? el.contentStartOffset : el.startTagRange.end.offset) - 1;

/** Parses a grammar document. */
export function parseGrammarXml(text: string, url: string): RngEl {
  const parsed = parseXml(text, GRAMMAR_PARSE_LIMITS);
  if (!parsed.ok) throw new GrammarSyntaxError(describeParseProblem(parsed.diagnostic, text), url);
  return new GrammarReader(text, parsed.document.lines, url).read(parsed.document.root);
}

/**
 * saxes' place of a problem found on reading the character at `offset`: `line:column` just after
 * it (a line end moves to the next line, column 0); the text's end when there is no character.
 */
function saxesPlace(text: string, lines: LineIndex, offset: number): { line: number; column: number } {
  if (offset >= text.length) {
    const end = lines.position(text.length);
    return { line: end.line, column: end.column - 1 };
  }
  const p = lines.position(offset);
  const c = text.charCodeAt(offset);
  return c === 0x0a || c === 0x0d ? { line: p.line + 1, column: 0 } : { line: p.line, column: p.column };
}

/** The message of a file the scanner refused, worded as saxes' were (limits are the scanner's own). */
function describeParseProblem(d: Diagnostic, text: string): string {
  const lines = new LineIndex(text);
  switch (d.ruleId) {
    case DIAGNOSTIC_IDS.xmlDoctype:
      // saxes reported it at the DOCTYPE's closing `>`.
      return `a DOCTYPE is not allowed in a grammar file (line ${lines.position(d.range.end.offset - 1).line})`;
    case DIAGNOSTIC_IDS.xmlTooDeep:
      return `elements are nested more than ${GRAMMAR_PARSE_LIMITS.maxDepth} levels deep (line ${d.range.start.line})`;
    case DIAGNOSTIC_IDS.xmlTooManyAttributes:
      return `<${text.slice(d.range.start.offset, d.range.end.offset)}> has more than ${GRAMMAR_PARSE_LIMITS.maxAttributes} attributes (line ${d.range.start.line})`;
    default: {
      const at = saxesPlace(text, lines, d.range.start.offset);
      return `${at.line}:${at.column}: ${d.message.replace(/^XML is not well-formed: /, '')} (line ${at.line})`;
    }
  }
}

/** Walks the parsed tree in document order, building the RelaxNG elements and checking them. */
class GrammarReader {
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly url: string,
  ) {}

  read(root: XmlElement): RngEl {
    return this.element(root, undefined, EMPTY_SCOPE) as RngEl;
  }

  private fail(message: string, offset: number): never {
    throw new GrammarSyntaxError(`${message} (line ${this.lines.position(offset).line})`, this.url);
  }

  /**
   * One element and its content. `parent` is undefined for the root and null inside a foreign
   * element (whose content is dropped, unread); the result is null for a foreign element.
   */
  private element(node: XmlElement, parent: RngEl | null | undefined, inherited: NamespaceScope): RngEl | null {
    let tag: NamespacedStartTag;
    try {
      tag = resolveStartTag(node, inherited);
    } catch (e) {
      if (!(e instanceof NamespaceError)) throw e;
      const at = saxesPlace(this.text, this.lines, e.offset);
      throw new GrammarSyntaxError(`${at.line}:${at.column}: ${e.message} (line ${at.line})`, this.url);
    }
    // saxes reported an element's problems at its start tag's `>`.
    const tagEnd = startTagEnd(node);
    let el: RngEl | null = null;
    if (parent === null || tag.uri !== RNG_NS) {
      if (parent === undefined) this.fail(`the root element must be a RelaxNG element, not ${node.name}`, tagEnd);
      if (parent && TEXT_ELEMENTS.has(parent.local)) this.fail(`${parent.local} cannot contain elements`, tagEnd);
    } else {
      el = this.rngElement(tag, parent, tagEnd, this.lines.position(tagEnd).line);
      if (parent) parent.children.push(el);
    }
    if (el && TEXT_ELEMENTS.has(el.local)) el.text = node.text;
    // Text is refused where it stands, in document order with the children's problems.
    const refusing = el !== null && !TEXT_ELEMENTS.has(el.local) && hasText(node.text) ? el : null;
    // Offsets of the gaps between children are made only when they are searched.
    let gapStart = refusing ? node.contentRange.start.offset : 0;
    for (const child of node.children) {
      if (refusing) this.refuseText(refusing, gapStart, child.range.start.offset);
      this.element(child, el, tag.scope);
      if (refusing) gapStart = child.range.end.offset;
    }
    if (refusing) {
      const end = node.contentRange.end.offset;
      this.refuseText(refusing, gapStart, end);
      // Not reached: the text is in one of the gaps. Refused anyway, should a gap be misread.
      this.fail(`text is not allowed in ${refusing.local}`, end);
    }
    // saxes reported it at the end tag's `>` (the start tag's for `<name/>`).
    if (el && TEXT_ELEMENTS.has(el.local) && el.children.length > 0) this.fail(`${el.local} cannot contain elements`, node.range.end.offset - 1);
    return el;
  }

  private rngElement(tag: NamespacedStartTag, parent: RngEl | undefined, tagEnd: number, line: number): RngEl {
    const local = tag.local;
    const allowed = ATTRS[local];
    if (!allowed) this.fail(`unknown RelaxNG element ${local}`, tagEnd);
    const attrs = new Map<string, string>();
    let xmlBase: string | undefined;
    for (const a of tag.attributes) {
      if (a.uri === '') {
        if (a.local !== 'ns' && a.local !== 'datatypeLibrary' && !allowed!.includes(a.local)) this.fail(`attribute ${a.local} is not allowed on ${local}`, tagEnd);
        attrs.set(a.local, a.attribute.value);
      } else if (a.uri === XML_NS && a.local === 'base') {
        xmlBase = a.attribute.value;
      } else if (a.uri === RNG_NS) {
        this.fail(`attribute ${a.attribute.name} in the RelaxNG namespace is not allowed`, tagEnd);
      }
    }
    const parentBase = parent ? parent.base : this.url;
    const dl = attrs.get('datatypeLibrary');
    if (dl !== undefined) checkDatatypeLibrary(dl, (m) => this.fail(m, tagEnd));
    return {
      local,
      attrs,
      children: [],
      text: '',
      nsMap: tag.scope,
      base: xmlBase !== undefined ? resolveUrl(xmlBase, parentBase) : parentBase,
      dtLib: dl ?? parent?.dtLib ?? '',
      url: this.url,
      line,
    };
  }

  /**
   * Refuses character data other than white space in text[start, end) (content between child
   * elements): at the line where saxes reported it, the markup that ends the run of text (for a
   * CDATA section, its `]]>`). Comments and processing instructions hold no text.
   */
  private refuseText(el: RngEl, start: number, end: number): void {
    const text = this.text;
    for (let k = start; k < end; ) {
      let lt = text.indexOf('<', k);
      if (lt < 0 || lt > end) lt = end;
      if (this.runHasText(k, lt)) this.fail(`text is not allowed in ${el.local}`, lt);
      if (lt >= end) return;
      if (text.startsWith('<!--', lt)) k = text.indexOf('-->', lt + 4) + 3;
      else if (text.startsWith('<?', lt)) k = text.indexOf('?>', lt + 2) + 2;
      else if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        if (hasText(text.slice(lt + 9, close))) this.fail(`text is not allowed in ${el.local}`, close + 2);
        k = close + 3;
      } else return; // not reached: elements are not in the gaps
    }
  }

  /** Whether text[start, end) (character data, references unread) holds anything but white space. */
  private runHasText(start: number, end: number): boolean {
    const text = this.text;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (isWhiteSpace(c)) continue;
      if (c !== 0x26 /* & */) return true;
      const ref = WHITE_SPACE_REF.exec(text.slice(k, Math.min(end, k + 12)));
      if (!ref) return true;
      k += ref[0].length - 1;
    }
    return false;
  }
}

function checkDatatypeLibrary(v: string, fail: (m: string) => never): void {
  if (v === '') return;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:./.test(v)) fail(`datatypeLibrary ${JSON.stringify(v)} is not an absolute URI`);
  if (v.includes('#')) fail(`datatypeLibrary ${JSON.stringify(v)} must not have a fragment identifier`);
  if (/[ <>"{}|\\^`]/.test(v) || /%(?![0-9A-Fa-f]{2})/.test(v)) fail(`datatypeLibrary ${JSON.stringify(v)} is not a valid URI`);
}

export { resolveUrl };
