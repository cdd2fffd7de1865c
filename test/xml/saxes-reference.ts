/**
 * virtlint's parser before issue 13: saxes events plus a re-scan of each start tag for ranges.
 * Kept, test-only, as the reference the hand-written scanner (src/xml/scan.ts) is compared with
 * (test/xml/scanner-differential.test.ts) and as the baseline of its benchmark.
 */
import { SaxesParser } from 'saxes';
import type { Diagnostic } from '../../src/types.js';
import { LineIndex } from '../../src/xml/positions.js';
import type { XmlAttribute, XmlComment, XmlElement } from '../../src/xml/tree.js';
import { DIAGNOSTIC_IDS } from '../../src/diagnostic-ids.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits, type ParseOutcome } from '../../src/xml/parse.js';

interface MutableElement {
  name: string;
  attributes: XmlAttribute[];
  children: MutableElement[];
  parent: MutableElement | undefined;
  text: string;
  range: XmlElement['range'];
  nameRange: XmlElement['nameRange'];
  startTagRange: XmlElement['startTagRange'];
  contentRange: XmlElement['contentRange'];
  sameNameIndex: number;
  startOffset: number;
  contentStart: number;
  /** Children seen so far by name, while the element is open (for sameNameIndex); dropped when it closes. */
  childCounts: Map<string, number> | undefined;
}

/** Thrown from inside saxes handlers to stop parsing at the first problem. */
class StopParsing extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/**
 * Parses XML text safely with saxes. A DOCTYPE (and so any entity declaration) is refused before
 * anything in it is interpreted: saxes never expands entities beyond the five predefined ones and
 * never reads files or the network. Every element and attribute keeps its exact source ranges.
 */
export function parseXmlWithSaxes(text: string, given: Partial<ParseLimits> = {}): ParseOutcome {
  const limits: ParseLimits = { ...DEFAULT_PARSE_LIMITS, ...given };
  const lines = new LineIndex(text);
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: MutableElement[] = [];
  const comments: XmlComment[] = [];
  let root: MutableElement | undefined;
  // Offset just after the last markup seen: the next event's markup starts at or after it.
  // (saxes reports positions a character or so late, depending on the event.)
  let cursor = 0;

  const fail = (ruleId: string, message: string, start: number, end: number): never => {
    throw new StopParsing({ ruleId, severity: 'error', message, range: lines.range(start, Math.max(start, end)) });
  };

  parser.on('doctype', (doctype) => {
    const end = parser.position;
    const start = text.lastIndexOf('<!DOCTYPE', end);
    const declaresEntities = /<!ENTITY/i.test(doctype);
    fail(
      DIAGNOSTIC_IDS.xmlDoctype,
      declaresEntities
        ? 'DOCTYPE with entity declarations is not allowed: libvirt XML has no DTD, and entities could expand or read files; remove the DOCTYPE'
        : 'DOCTYPE is not allowed in libvirt XML; remove it',
      start >= 0 ? start : Math.max(0, end - doctype.length - 11),
      end,
    );
  });

  parser.on('opentagstart', (tag) => {
    const start = text.indexOf(`<${tag.name}`, cursor);
    const nameEnd = start + 1 + tag.name.length;
    if (stack.length >= limits.maxDepth) {
      fail(DIAGNOSTIC_IDS.xmlTooDeep, `Elements are nested more than ${limits.maxDepth} levels deep; libvirt XML never needs this`, start, nameEnd);
    }
    const parent = stack[stack.length - 1];
    let sameNameIndex = 1;
    if (parent) {
      parent.childCounts ??= new Map();
      sameNameIndex = (parent.childCounts.get(tag.name) ?? 0) + 1;
      parent.childCounts.set(tag.name, sameNameIndex);
    }
    const placeholder = lines.range(start, nameEnd);
    const el: MutableElement = {
      name: tag.name,
      attributes: [],
      children: [],
      parent,
      text: '',
      range: placeholder,
      nameRange: lines.range(start + 1, nameEnd),
      startTagRange: placeholder,
      contentRange: placeholder,
      sameNameIndex,
      startOffset: start,
      contentStart: nameEnd,
      childCounts: undefined,
    };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });

  parser.on('opentag', (tag) => {
    const el = stack[stack.length - 1] as MutableElement;
    if (Object.keys(tag.attributes).length > limits.maxAttributes) {
      fail(DIAGNOSTIC_IDS.xmlTooManyAttributes, `<${el.name}> has more than ${limits.maxAttributes} attributes; libvirt XML never needs this many`, el.nameRange.start.offset, el.nameRange.end.offset);
    }
    const scanned = scanStartTag(text, el.nameRange.end.offset, lines);
    const tagEnd = scanned.end;
    cursor = tagEnd;
    // Ranges that meet share their (immutable) Position objects: a large document keeps one tree
    // node per element, and positions are most of its memory.
    const tagEndPosition = lines.position(tagEnd);
    el.startTagRange = { start: el.range.start, end: tagEndPosition };
    el.attributes = scanned.attributes;
    el.contentStart = tagEnd;
    if (tag.isSelfClosing) {
      el.contentRange = { start: tagEndPosition, end: tagEndPosition };
      el.range = el.startTagRange;
      stack.pop();
    }
  });

  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return; // already closed in 'opentag'
    const el = stack.pop();
    if (!el) return;
    const endTagStart = text.indexOf(`</${el.name}`, cursor);
    const end = text.indexOf('>', endTagStart) + 1;
    cursor = end;
    el.contentRange = { start: el.startTagRange.end, end: lines.position(Math.max(el.contentStart, endTagStart)) };
    el.range = { start: el.startTagRange.start, end: lines.position(end) };
    el.childCounts = undefined;
  });

  const appendText = (t: string): void => {
    const el = stack[stack.length - 1];
    if (el) el.text += t;
  };
  parser.on('text', appendText);
  parser.on('cdata', (t) => {
    appendText(t);
    cursor = text.indexOf(']]>', text.indexOf('<![CDATA[', cursor)) + 3;
  });
  parser.on('processinginstruction', () => {
    cursor = text.indexOf('?>', text.indexOf('<?', cursor)) + 2;
  });

  parser.on('comment', (c) => {
    const start = text.indexOf('<!--', cursor);
    cursor = start + c.length + 7;
    comments.push({ text: c, range: lines.range(start, cursor) });
  });

  parser.on('error', (err) => {
    const at = Math.min(parser.position, text.length);
    // saxes prefixes "line:col: "; our range carries the position already.
    const message = err.message.replace(/^\S*?\d+:\d+: /, '');
    fail(DIAGNOSTIC_IDS.xmlNotWellFormed, `XML is not well-formed: ${message}`, Math.max(0, at - 1), at);
  });

  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof StopParsing) return { ok: false, diagnostic: e.diagnostic };
    throw e;
  }
  if (!root) {
    return {
      ok: false,
      diagnostic: { ruleId: DIAGNOSTIC_IDS.xmlNotWellFormed, severity: 'error', message: 'XML is not well-formed: the document has no root element', range: lines.range(0, 0) },
    };
  }
  return { ok: true, document: { text, lines, root: root as unknown as XmlElement, comments } };
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Finds attribute name and value ranges in a start tag that saxes has already found well-formed,
 * and the offset just after its closing `>`. `from` is just after the element name.
 */
function scanStartTag(text: string, from: number, lines: LineIndex): { attributes: XmlAttribute[]; end: number } {
  const attributes: XmlAttribute[] = [];
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (Number.isNaN(c)) return { attributes, end: text.length };
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 0x3e /* > */) return { attributes, end: i + 1 };
    if (c === 0x2f /* / */) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== '=') i++;
    const nameEnd = i;
    while (i < text.length && text[i] !== '"' && text[i] !== "'") i++;
    const quote = text[i];
    const valueStart = i + 1;
    const valueEnd = quote ? text.indexOf(quote, valueStart) : -1;
    if (valueEnd < 0) return { attributes, end: text.length };
    i = valueEnd + 1;
    attributes.push({
      name: text.slice(nameStart, nameEnd),
      value: decodeAttributeValue(text.slice(valueStart, valueEnd)),
      nameRange: lines.range(nameStart, nameEnd),
      range: lines.range(valueStart, valueEnd),
      attributeRange: lines.range(nameStart, valueEnd + 1),
    });
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Attribute value normalisation as XML defines it (references and white space), without DTD entities. */
function decodeAttributeValue(raw: string): string {
  return raw
    .replace(/\r\n?|[\t\n]/g, ' ')
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, ref: string) => {
      if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      return PREDEFINED[ref] ?? m;
    });
}
