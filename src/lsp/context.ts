/**
 * A tolerant scanner that tells what the cursor is in, on text as it is being typed. The real
 * parser (src/xml/scan.ts) stops at the first error, and a document being edited is ill-formed most of the
 * time (`<driver ioev`, an unclosed quote, a missing end tag), so completion and hover need their
 * own forgiving view: the chain of open elements before the cursor, and whether the cursor is in a
 * tag name, an attribute name or an attribute value.
 *
 * Recovery rules, chosen so that one half-typed construct never hides the context of the next:
 * a `<` always starts a new construct (it cannot occur inside a tag or an attribute value), an end
 * tag closes the innermost open element of that name (mismatched end tags are ignored), and an
 * unterminated start tag still opens its element.
 */

/** An element whose start tag has been seen, with the attributes written in it. */
export interface ScannedElement {
  readonly name: string;
  /** Attribute name → raw value (entity references left as written). */
  readonly attributes: ReadonlyMap<string, string>;
  /** Offset of its `<`. */
  readonly start: number;
}

/** A span of the text `[start, end)` by offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

interface Base {
  /**
   * Open elements from the root inward. For `content`, `element-name` and `end-tag` the last is the
   * element whose content holds the cursor (the parent of a new element); for the attribute kinds
   * the last is the element whose start tag is being written.
   */
  readonly path: readonly ScannedElement[];
}

export type CursorContext =
  /** Between tags (text content): a new child element may start here. */
  | (Base & { readonly kind: 'content' })
  /**
   * In the name of a start tag, after `<`. `prefix` is what is typed before the cursor; `span` the
   * whole name; `element` the element that tag starts, with all the attributes written in it.
   */
  | (Base & { readonly kind: 'element-name'; readonly prefix: string; readonly span: Span; readonly name: string; readonly element: ScannedElement })
  /** In the name of an end tag, after `</`. */
  | (Base & { readonly kind: 'end-tag'; readonly prefix: string; readonly span: Span })
  /** In a start tag where an attribute name is (or may be) written. */
  | (Base & { readonly kind: 'attribute-name'; readonly prefix: string; readonly span: Span; readonly name: string })
  /** In an attribute value; `quote` is undefined for `name=` with no quote typed yet (or an unquoted value). */
  | (Base & {
      readonly kind: 'attribute-value';
      readonly attribute: string;
      readonly prefix: string;
      /** The value's characters (inside the quotes), as far as the value goes. */
      readonly span: Span;
      readonly value: string;
      readonly quote: '"' | "'" | undefined;
    })
  /** Inside a start tag but not at a name (e.g. right after a closing quote). */
  | (Base & { readonly kind: 'tag' })
  /** In a comment, CDATA section, processing instruction or DOCTYPE: nothing to offer. */
  | (Base & { readonly kind: 'other' });

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
/** Characters that end a name in our forgiving reading (XML names are far stricter; we only need the boundaries). */
const endsName = (c: string | undefined): boolean =>
  c === undefined || isSpace(c) || c === '<' || c === '>' || c === '/' || c === '=' || c === '"' || c === "'";

function nameEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !endsName(text[i])) i++;
  return i;
}

/** End of a construct with a fixed terminator, or -1 when unterminated. */
function endOf(text: string, from: number, terminator: string): number {
  const i = text.indexOf(terminator, from);
  return i < 0 ? -1 : i + terminator.length;
}

interface ScannedTag {
  readonly element: ScannedElement;
  /** Offset just after the tag (after `>`, or where an unterminated tag stops). */
  readonly end: number;
  readonly selfClosing: boolean;
  /** Set when `at` falls inside the tag. */
  readonly cursor?: CursorContext;
}

/**
 * Reads a start tag beginning at `lt` (the `<`), tolerantly. When the cursor offset `at` lies in
 * it, says where. Attributes after the cursor are read too, so that the context knows them.
 */
function scanStartTag(text: string, lt: number, at: number, ancestors: readonly ScannedElement[]): ScannedTag {
  const attributes = new Map<string, string>();
  const nameStop = nameEnd(text, lt + 1);
  const name = text.slice(lt + 1, nameStop);
  const element: ScannedElement = { name, attributes, start: lt };
  let cursor: CursorContext | undefined;
  const path = (): ScannedElement[] => [...ancestors, element];

  if (at > lt && at <= nameStop) {
    // `attributes` is filled below, after the cursor is known: the context sees all of them.
    cursor = { kind: 'element-name', path: ancestors, prefix: text.slice(lt + 1, at), span: { start: lt + 1, end: nameStop }, name, element };
  }
  let i = nameStop;
  let selfClosing = false;
  let end = text.length;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    // The cursor sits in white space (or at the very end) where an attribute may begin.
    if (!cursor && at <= i && at > nameStop && isSpace(text[at - 1])) {
      cursor = { kind: 'attribute-name', path: path(), prefix: '', span: { start: at, end: at }, name: '' };
    }
    if (c === '>') {
      end = i + 1;
      break;
    }
    if (c === '<') {
      end = i; // unterminated: the next construct starts here
      break;
    }
    if (c === '/') {
      if (text[i + 1] === '>') {
        selfClosing = true;
        end = i + 2;
        break;
      }
      i++;
      continue;
    }
    // An attribute: name [= value].
    const attrStart = i;
    const attrNameEnd = c === '=' || c === '"' || c === "'" ? i : nameEnd(text, i);
    const attrName = text.slice(attrStart, attrNameEnd);
    if (!cursor && at > attrStart && at <= attrNameEnd) {
      cursor = { kind: 'attribute-name', path: path(), prefix: text.slice(attrStart, at), span: { start: attrStart, end: attrNameEnd }, name: attrName };
    }
    i = attrNameEnd;
    let j = i;
    while (j < text.length && isSpace(text[j])) j++;
    if (text[j] !== '=') {
      // A bare name (being typed, or an error): record it without a value.
      if (attrName) attributes.set(attrName, '');
      if (i === attrStart) i++; // a stray quote: step over it
      continue;
    }
    j++; // past '='
    const afterEq = j;
    while (j < text.length && isSpace(text[j])) j++;
    const q = text[j];
    let valueStart: number;
    let valueEnd: number;
    let quote: '"' | "'" | undefined;
    if (q === '"' || q === "'") {
      quote = q;
      valueStart = j + 1;
      const close = text.indexOf(q, valueStart);
      const nextLt = text.indexOf('<', valueStart);
      // A value cannot contain '<': an unclosed quote ends where the next construct starts.
      if (close >= 0 && (nextLt < 0 || close < nextLt)) {
        valueEnd = close;
        i = close + 1;
      } else {
        valueEnd = nextLt >= 0 ? nextLt : text.length;
        i = valueEnd;
      }
    } else {
      quote = undefined;
      valueStart = j;
      valueEnd = nameEnd(text, j);
      i = valueEnd;
    }
    if (!cursor) {
      const inQuoted = quote !== undefined && at >= valueStart && at <= valueEnd;
      const inBare = quote === undefined && at >= afterEq && at <= valueEnd;
      if (inQuoted || inBare) {
        const start = valueStart;
        cursor = {
          kind: 'attribute-value',
          path: path(),
          attribute: attrName,
          prefix: text.slice(start, Math.max(start, at)),
          span: { start, end: valueEnd },
          value: text.slice(valueStart, valueEnd),
          quote,
        };
      }
    }
    if (attrName) attributes.set(attrName, text.slice(valueStart, valueEnd));
    if (i === attrStart) i++;
  }
  if (!cursor && at > nameStop && at < end) cursor = { kind: 'tag', path: path() };
  if (!cursor && at > nameStop && at === end && !text.slice(nameStop, end).endsWith('>')) {
    // At the end of an unterminated tag (end of text, or just before the next '<').
    cursor = isSpace(text[at - 1])
      ? { kind: 'attribute-name', path: path(), prefix: '', span: { start: at, end: at }, name: '' }
      : { kind: 'tag', path: path() };
  }
  return { element, end, selfClosing, ...(cursor ? { cursor } : {}) };
}

/**
 * Receives the elements the scanner sees before the cursor, in document order, so that a validator
 * can follow the document prefix (completion asks the RelaxNG engine what may come next).
 * `close` is called for every element that an end tag (or `/>`) closes before the cursor.
 */
export interface ScanSink {
  open(el: ScannedElement, scope: ReadonlyMap<string, string>): void;
  close(): void;
}

/** Prefix → namespace URI of a scanned element, given its parent's scope (copied only when it declares some). */
function scopeWith(parent: ReadonlyMap<string, string>, el: ScannedElement): ReadonlyMap<string, string> {
  let scope: Map<string, string> | undefined;
  for (const [name, value] of el.attributes) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(name === 'xmlns' ? '' : name.slice(6), value);
  }
  return scope ?? parent;
}

/** What the cursor at offset `at` is in. Never throws; works on any text. */
export function cursorContext(text: string, at: number, sink?: ScanSink): CursorContext {
  const cursorAt = Math.max(0, Math.min(at, text.length));
  const stack: ScannedElement[] = [];
  // Namespace scopes of the open elements, kept only for the sink.
  const scopes: ReadonlyMap<string, string>[] = [];
  let i = 0;
  while (i < cursorAt) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt >= cursorAt) return { kind: 'content', path: stack };
    const special = specialEnd(text, lt);
    if (special !== undefined) {
      if (special < 0 || special > cursorAt) return { kind: 'other', path: stack };
      // The cursor right after `-->` is back in content.
      i = special;
      continue;
    }
    if (text[lt + 1] === '/') {
      const stop = nameEnd(text, lt + 2);
      const name = text.slice(lt + 2, stop);
      if (cursorAt <= stop) return { kind: 'end-tag', path: stack, prefix: text.slice(lt + 2, cursorAt), span: { start: lt + 2, end: stop } };
      const gt = text.indexOf('>', stop);
      const nextLt = text.indexOf('<', stop);
      const end = gt >= 0 && (nextLt < 0 || gt < nextLt) ? gt + 1 : nextLt >= 0 ? nextLt : text.length;
      if (cursorAt < end) return { kind: 'other', path: stack };
      const open = stack.map((e) => e.name).lastIndexOf(name);
      if (open >= 0) {
        if (sink) for (let k = stack.length; k > open; k--) sink.close();
        stack.length = open;
        scopes.length = open;
      }
      i = end;
      continue;
    }
    const tag = scanStartTag(text, lt, cursorAt, stack);
    if (tag.cursor) return tag.cursor;
    if (tag.element.name) {
      const scope = sink ? scopeWith(scopes[scopes.length - 1] ?? new Map<string, string>(), tag.element) : undefined;
      if (sink && scope) sink.open(tag.element, scope);
      if (tag.selfClosing) sink?.close();
      else {
        stack.push(tag.element);
        if (scope) scopes.push(scope);
      }
    }
    i = Math.max(tag.end, lt + 1);
  }
  return { kind: 'content', path: stack };
}

/** For comments, CDATA, processing instructions and DOCTYPE: the offset after their end (-1 if unterminated); undefined otherwise. */
function specialEnd(text: string, lt: number): number | undefined {
  if (text.startsWith('<!--', lt)) return endOf(text, lt + 4, '-->');
  if (text.startsWith('<![CDATA[', lt)) return endOf(text, lt + 9, ']]>');
  if (text.startsWith('<?', lt)) return endOf(text, lt + 2, '?>');
  if (text.startsWith('<!', lt)) return endOf(text, lt + 2, '>');
  return undefined;
}

/** The name of the first start tag in a text (the root element), read tolerantly; undefined when there is none yet. */
export function rootElementName(text: string): string | undefined {
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) return undefined;
    const special = specialEnd(text, lt);
    if (special !== undefined) {
      if (special < 0) return undefined;
      i = special;
      continue;
    }
    if (text[lt + 1] === '/') return undefined;
    const name = text.slice(lt + 1, nameEnd(text, lt + 1));
    return name || undefined;
  }
  return undefined;
}
