/**
 * A hand-written XML 1.0 scanner that builds the read-only tree directly from the string:
 * `indexOf` to the next markup, code-unit loops inside tags, no per-character events. It checks
 * well-formedness the way saxes (virtlint's parser before it) did — same checks, same order, same
 * messages — and stops at the first problem.
 *
 * Characters the Char production forbids are noticed in the scan's own pass over the text (every
 * character is either read by a loop or must fit what the markup expects there, so a forbidden one
 * in markup is a problem anyway); where the first one is is searched for only when the scan has a
 * problem to report. A problem found later in the scan than the first such character is reported
 * as that character instead, which is the order a character-by-character reader would have found
 * them in.
 *
 * Where it departs from saxes (test/xml/scanner-differential.test.ts checks each): a lone
 * surrogate is refused (saxes read a lone high surrogate as a pair with the next code unit); a
 * document declaring version 1.1 is read with XML 1.0's rules, as libxml2 (libvirt) reads it;
 * a comment's range ends after its `-->` even when it contains CRLFs; a refusal at a character
 * outside the BMP covers the whole character; a `&` that starts no reference ended by `;` is
 * refused at the `&` (saxes reported it at the next `;`, or at the end of the document).
 */
import type { Diagnostic } from '../types.js';
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import { ownCopy } from '../own-copy.js';
import { sliceWhole } from '../quote-long.js';
import { codeAt, firstIllegalChar, hasForbiddenChar, isName, isNameStartCode, isSpace, isXmlChar, nameCharsEnd, startsXmlChar, width } from './chars.js';
import type { ParseLimits } from './parse.js';
import type { LineIndex } from './positions.js';
import { SourceAttribute, SourceElement } from './nodes.js';
import type { XmlAttribute, XmlComment, XmlElement } from './tree.js';

export interface ScanResult {
  readonly root: XmlElement;
  readonly comments: readonly XmlComment[];
}

/** Stops the scan at the first problem. */
export class ScanStop extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const AMP = 0x26;
const SEMI = 0x3b;
const HASH = 0x23;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;

const PREDEFINED: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  amp: '&',
  gt: '>',
  lt: '<',
  quot: '"',
  apos: "'",
});

/**
 * The ASCII characters that stop the plain run of an attribute value: quotes, `&`, `<`, and the
 * controls (tab and line ends are normalised, the others forbidden).
 */
const VALUE_STOP = new Uint8Array(128);
for (const c of [DQUOTE, SQUOTE, AMP, LT]) VALUE_STOP[c] = 1;
for (let c = 0; c < 0x20; c++) VALUE_STOP[c] = 1;

/**
 * The two quotes, by table: `quote !== DQUOTE && quote !== SQUOTE` left its second comparison
 * unrun until the first single-quoted value, which then deoptimised the optimised attribute and
 * startTag (both compiled again); a table read is the same operation for either quote.
 */
const QUOTES = new Uint8Array(128);
QUOTES[DQUOTE] = 1;
QUOTES[SQUOTE] = 1;

/** Leaf elements and elements without attributes share one empty list. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Names, short values and short texts are shared between nodes that spell them alike: `slice`
 * copies a string shorter than 13 characters each time, so 65,000 attributes kept as many copies
 * of `type`, `qemu` or `on` (and the white space between child elements as a chain of pieces per
 * element). Longer strings are rarely repeated; the table is bounded, so a document of distinct
 * values costs no more than it did.
 */
const SHARE_MAX_LENGTH = 64;
const SHARE_MAX_ENTRIES = 4096;
/**
 * A direct-mapped cache in front of the table (see shareRange), kept from document to document: a
 * hit costs a comparison in place — no copy of the substring, no hash of it, no table lookup —
 * and the names and common values of libvirt XML are hits from the second document on. It holds
 * its own copies (see ownCopy), never a slice of a document, which would keep that text alive.
 */
const RECENT_SLOTS = 4096;
const RECENT: string[] = new Array<string>(RECENT_SLOTS).fill('');

/** The cache slot of text[start, end) (non-empty): by its first, middle and last characters and its length. */
const recentSlot = (text: string, start: number, end: number): number =>
  (text.charCodeAt(start) * 61 + text.charCodeAt(start + ((end - start) >> 1)) * 31 + text.charCodeAt(end - 1) * 7 + end - start) & (RECENT_SLOTS - 1);


const normalizeNewlines = (s: string): string => (s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n'));

/**
 * The first `n` (> 0) entries of `list` in an array of exactly that size. Lists of one to three
 * (most attribute lists) are written as literals, which compile to an inline allocation: `slice`
 * is a call into a builtin, about twice the time for lists this short.
 */
function firstOf<T>(list: readonly T[], n: number): T[] {
  if (n === 1) return [list[0] as T];
  if (n === 2) return [list[0] as T, list[1] as T];
  if (n === 3) return [list[0] as T, list[1] as T, list[2] as T];
  return list.slice(0, n);
}

/** Whether text[start, end) spells `s`. */
function sameAt(text: string, start: number, end: number, s: string): boolean {
  if (end - start !== s.length) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The offset of `s` in `text` from `from`, or the text's length when there is none. */
function indexOrEnd(text: string, s: string, from: number): number {
  const at = text.indexOf(s, from);
  return at < 0 ? text.length : at;
}

export class XmlScanner {
  private readonly len: number;
  /**
   * Whether the scan has passed a character XML forbids (where the first one is, firstIllegalChar
   * tells when a problem is reported). While it is false, every string the scan has put in the
   * cache (RECENT) is free of them, so a text run found there needs no check.
   */
  private sawForbidden = false;
  /** Where the document proper starts (after a byte-order mark): the only place for an XML declaration. */
  private readonly start: number;
  private readonly stack: SourceElement[] = [];
  /**
   * Per open element (by depth): its children so far, in a list reused from element to element,
   * and how many of the list's entries are its own. The element gets an exact-size copy at its end
   * tag: a list per element grown by push took room for 17 at the first child.
   */
  private readonly kids: SourceElement[][] = [];
  private readonly kidCounts: number[] = [];
  private readonly comments: XmlComment[] = [];
  private readonly scratch: XmlAttribute[] = [];
  private readonly shared = new Map<string, string>();
  /** Whether the text has a CR at all: without one, no piece of it needs its line ends normalised. */
  private readonly hasCR: boolean;
  /**
   * The first `&` and `]]>` at or after the last place
   * asked for: the scan moves forward, so each is searched again only once passed, and the
   * searches cover the text about once in all (a search per text piece could run to the end).
   */
  private nextAmp = -1;
  private nextCdataClose = -1;
  /** Where the last attribute (or its value) ended: a field rather than a returned pair per attribute. */
  private after = 0;
  private root: SourceElement | undefined;
  private sawRoot = false;
  private closedRoot = false;
  private sawDoctype = false;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly limits: ParseLimits,
  ) {
    this.len = text.length;
    this.start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.hasCR = text.indexOf('\r') >= 0;
  }

  /** The one copy of a short string kept in the tree (see SHARE_MAX_LENGTH). */
  private share(s: string): string {
    if (s.length > SHARE_MAX_LENGTH) return s;
    const known = this.shared.get(s);
    if (known !== undefined) return known;
    // A full table starts over: the strings that keep coming back are soon in it again.
    if (this.shared.size >= SHARE_MAX_ENTRIES) this.shared.clear();
    this.shared.set(s, s);
    return s;
  }

  /**
   * `share(text.slice(start, end))`, but a string seen lately (in this document or an earlier one)
   * is found by comparing it in place with the text (a slot per first, middle and last character
   * and length) before anything is copied or hashed.
   */
  private shareRange(start: number, end: number): string {
    const n = end - start;
    if (n <= 0) return '';
    const text = this.text;
    if (n > SHARE_MAX_LENGTH) return text.slice(start, end);
    const slot = recentSlot(text, start, end);
    const known = RECENT[slot] as string;
    if (sameAt(text, start, end, known)) return known;
    // The tree keeps the slice (smaller than a copy, and of this document's text); the cache a copy.
    const s = this.share(text.slice(start, end));
    if (!this.sawForbidden) RECENT[slot] = ownCopy(s);
    return s;
  }

  /**
   * A run of character data (found by indexOf, so not yet read), shared. A run found in the cache
   * is known to be free of forbidden characters (see sawForbidden); any other is checked here.
   */
  private textRun(start: number, end: number): string {
    const text = this.text;
    if (this.hasCR) {
      this.noteForbidden(start, end);
      return this.share(normalizeNewlines(text.slice(start, end)));
    }
    if (end - start <= SHARE_MAX_LENGTH) {
      const known = RECENT[recentSlot(text, start, end)] as string;
      if (sameAt(text, start, end, known)) return known;
    }
    this.noteForbidden(start, end);
    return this.shareRange(start, end);
  }

  /** Notes a forbidden character in text[start, end), a stretch no loop of the scan reads. */
  private noteForbidden(start: number, end: number): void {
    if (!this.sawForbidden && hasForbiddenChar(this.text, start, end)) this.sawForbidden = true;
  }

  /** Scans the whole text; throws ScanStop at the first problem. */
  scan(): ScanResult {
    const len = this.len;
    let i = this.start;
    for (;;) {
      const lt = this.stack.length > 0 ? this.textInRoot(i) : this.textOutsideRoot(i);
      if (lt >= len) break;
      i = this.markup(lt);
    }
    if (!this.sawRoot) this.fail('document must contain a root element.', len);
    const open = this.stack[this.stack.length - 1];
    if (open) this.fail(`unclosed tag: ${open.name}`, len);
    if (this.sawForbidden) this.fail('disallowed character.', firstIllegalChar(this.text));
    return { root: this.root as unknown as XmlElement, comments: this.comments };
  }

  // ---- errors ----

  /**
   * Reports a problem found at `at`: the offending character (a CRLF or a surrogate pair as one),
   * or the text's length when the text ended too soon (then the range is its last code unit).
   */
  private fail(message: string, at: number): never {
    const c = codeAt(this.text, at);
    const end = c < 0 ? this.len : at + (c === CR && this.text.charCodeAt(at + 1) === LF ? 2 : width(c));
    const start = c < 0 ? Math.max(0, end - 1) : at;
    throw new ScanStop(this.problem(DIAGNOSTIC_IDS.xmlNotWellFormed, `XML is not well-formed: ${message}`, start, end, at));
  }

  /** The diagnostic for a problem detected at `detectedAt`, unless a forbidden character comes first. */
  private problem(ruleId: string, message: string, start: number, end: number, detectedAt: number): Diagnostic {
    const bad = firstIllegalChar(this.text);
    if (bad >= 0 && bad <= detectedAt) {
      return { ruleId: DIAGNOSTIC_IDS.xmlNotWellFormed, severity: 'error', message: 'XML is not well-formed: disallowed character.', range: this.lines.range(bad, bad + 1) };
    }
    return { ruleId, severity: 'error', message, range: this.lines.range(start, Math.max(start, end)) };
  }

  /** The end of the input in the middle of a construct: saxes' end-of-document checks, in its order. */
  private unexpectedEnd(): never {
    const len = this.len;
    if (!this.sawRoot) this.fail('document must contain a root element.', len);
    const open = this.stack[this.stack.length - 1];
    if (open) this.fail(`unclosed tag: ${open.name}`, len);
    this.fail('unexpected end.', len);
  }

  // ---- character data ----

  /** Character data inside the root, up to the next `<` (returned); entity references resolved. */
  private textInRoot(from: number): number {
    const text = this.text;
    const el = this.stack[this.stack.length - 1] as SourceElement;
    let i = from;
    let lt = -1;
    for (;;) {
      // The next `<` is searched for again only once a reference has run past it (`&a<b;` is
      // one bad reference): searching from each reference in `&amp;&amp;…` would be quadratic.
      if (lt < i) {
        lt = text.indexOf('<', i);
        if (lt < 0) lt = this.len;
      }
      if (lt === i) return lt;
      if (this.nextAmp < i) this.nextAmp = indexOrEnd(text, '&', i);
      const amp = this.nextAmp;
      const plainEnd = amp < lt ? amp : lt;
      if (this.nextCdataClose < i) this.nextCdataClose = indexOrEnd(text, ']]>', i);
      // `]]>` holds neither `&` nor `<`: one starting before plainEnd lies wholly in the run.
      if (this.nextCdataClose < plainEnd) this.fail('the string "]]>" is disallowed in char data.', this.nextCdataClose + 2);
      if (plainEnd > i) el.addText(this.textRun(i, plainEnd));
      if (amp >= lt) return lt;
      const semi = this.referenceEnd(amp);
      el.addText(this.share(this.entity(amp + 1, semi)));
      i = semi + 1;
    }
  }

  /** White space before or after the root, up to the next `<` (returned); anything else is an error. */
  private textOutsideRoot(from: number): number {
    const text = this.text;
    let lt = text.indexOf('<', from);
    if (lt < 0) lt = this.len;
    let nonSpace = false;
    for (let k = from; k < lt; k++) {
      const c = text.charCodeAt(k);
      if (c === AMP) this.fail('text data outside of root node.', k);
      if (!isSpace(c)) nonSpace = true;
    }
    if (nonSpace) this.fail('text data outside of root node.', lt);
    return lt;
  }

  /**
   * The `;` ending the reference whose `&` is at `amp`. saxes searched for the next `;` wherever it
   * was, so a literal `&` (`<title>dev & test</title>`) was reported far from it: at a later `;`,
   * or as an unclosed tag at the end of the document. libxml2 (libvirt's parser) refuses it at the
   * `&`; so does this, naming the fix.
   */
  private referenceEnd(amp: number): number {
    const text = this.text;
    const end = nameCharsEnd(text, text.charCodeAt(amp + 1) === HASH ? amp + 2 : amp + 1);
    if (text.charCodeAt(end) === SEMI) return end;
    if (end >= this.len) this.unexpectedEnd();
    const written = text.slice(amp, end);
    const what = written === '&' ? "'&' does not start a reference" : `the reference '${written}' is not ended by ';'`;
    throw new ScanStop(this.problem(DIAGNOSTIC_IDS.xmlNotWellFormed, `XML is not well-formed: ${what} (write &amp; for a literal '&').`, amp, end, end));
  }

  /** Resolves the reference between `&` and `;` (`from` just after the `&`). */
  private entity(from: number, semi: number): string {
    const name = normalizeNewlines(this.text.slice(from, semi));
    if (name === '') this.fail('empty entity name.', semi);
    if (name.charCodeAt(0) !== 0x23 /* # */) {
      const value = PREDEFINED[name];
      if (value !== undefined) return value;
      this.fail(isName(name) ? 'undefined entity.' : 'disallowed character in entity name.', semi);
    }
    let code = NaN;
    if (name[1] === 'x' && /^#x[0-9a-f]+$/i.test(name)) code = parseInt(name.slice(2), 16);
    else if (/^#[0-9]+$/.test(name)) code = parseInt(name.slice(1), 10);
    if (!isXmlChar(code)) this.fail('malformed character entity.', semi);
    return String.fromCodePoint(code);
  }

  private skipSpaces(i: number): number {
    const text = this.text;
    while (i < this.len && isSpace(text.charCodeAt(i))) i++;
    return i;
  }

  // ---- markup ----

  /** Markup starting with the `<` at `p`; returns the offset just after it. */
  private markup(p: number): number {
    const text = this.text;
    const c = codeAt(text, p + 1);
    if (c < 0) this.unexpectedEnd();
    if (isNameStartCode(c)) return this.startTag(p, c);
    if (c === SLASH) return this.endTag(p);
    if (c === BANG) {
      if (text.startsWith('--', p + 2)) return this.comment(p);
      if (text.startsWith('[CDATA[', p + 2)) return this.cdata(p);
      if (text.startsWith('DOCTYPE', p + 2)) return this.doctype(p);
      // saxes read up to 7 characters looking for one of the three keywords.
      if (p + 9 > this.len) this.unexpectedEnd();
      this.fail('incorrect syntax.', p + 8);
    }
    if (c === QUESTION) return this.processingInstruction(p);
    return this.fail('disallowed character in tag name', p + 1);
  }

  private startTag(p: number, first: number): number {
    const text = this.text;
    const len = this.len;
    const q = nameCharsEnd(text, p + 1 + width(first));
    if (q >= len) this.unexpectedEnd();
    const depth = this.stack.length;
    if (depth >= this.limits.maxDepth) {
      throw new ScanStop(
        this.problem(DIAGNOSTIC_IDS.xmlTooDeep, `Elements are nested more than ${this.limits.maxDepth} levels deep; libvirt XML never needs this`, p, q, q),
      );
    }
    this.sawRoot = true;
    if (this.closedRoot) this.fail('documents may contain only one root.', q);
    const name = this.shareRange(p + 1, q);

    // Attributes collect in a reused array and are copied out at their exact size: a list grown by
    // push keeps room for 17, and a large document has tens of thousands of short lists.
    // The list is not emptied (setting an array's length is a call into the runtime): `count` says how much is this tag's.
    const attributes = this.scratch;
    let count = 0;
    let k = q;
    let c = text.charCodeAt(k);
    if (c !== GT && c !== SLASH) {
      if (!isSpace(c)) this.fail('disallowed character in tag name.', k);
      for (;;) {
        k = this.skipSpaces(k);
        if (k >= len) this.unexpectedEnd();
        const a = codeAt(text, k);
        if (a === GT || a === SLASH) {
          c = a;
          break;
        }
        if (!isNameStartCode(a)) this.fail('disallowed character in attribute name.', k);
        attributes[count++] = this.attribute(k, a);
        k = this.after;
        if (k >= len) this.unexpectedEnd();
        c = codeAt(text, k);
        if (isSpace(c)) continue;
        if (c === GT || c === SLASH) break;
        this.fail(isNameStartCode(c) ? 'no whitespace between attributes.' : 'disallowed character in attribute name.', k);
      }
    }
    let gt = k;
    const selfClosing = c === SLASH;
    if (selfClosing) {
      gt = k + 1;
      if (gt >= len) this.unexpectedEnd();
      if (text.charCodeAt(gt) !== GT) this.fail('forward-slash in opening tag not followed by >.', gt);
    }
    if (count > 0) this.checkAttributes(attributes, count, gt, p + 1, q);

    const tagEnd = gt + 1;
    const parent = this.stack[depth - 1];
    const el = new SourceElement(
      name,
      count > 0 ? firstOf(attributes, count) : NONE,
      NONE as unknown as SourceElement[],
      parent,
      this.lines,
      p,
      tagEnd,
    );
    if (parent) {
      const n = this.kidCounts[depth - 1] as number;
      (this.kids[depth - 1] as SourceElement[])[n] = el;
      this.kidCounts[depth - 1] = n + 1;
    } else this.root = el;
    if (selfClosing) {
      if (!parent) this.closedRoot = true;
    } else {
      this.stack.push(el);
      if (this.kids.length === depth) this.kids.push([]);
      this.kidCounts[depth] = 0;
    }
    return tagEnd;
  }

  /** One `name="value"` from the name's first character; `after` is left just after the closing quote. */
  private attribute(nameStart: number, first: number): XmlAttribute {
    const text = this.text;
    const len = this.len;
    const nameEnd = nameCharsEnd(text, nameStart + width(first));
    if (nameEnd >= len) this.unexpectedEnd();
    let k = nameEnd;
    let c = text.charCodeAt(k);
    if (isSpace(c)) {
      k = this.skipSpaces(k);
      if (k >= len) this.unexpectedEnd();
      c = text.charCodeAt(k);
      if (c !== EQUALS) this.fail('attribute without value.', k);
    } else if (c !== EQUALS) {
      this.fail(c === GT ? 'attribute without value.' : 'disallowed character in attribute name.', k);
    }
    k = this.skipSpaces(k + 1);
    if (k >= len) this.unexpectedEnd();
    const quote = text.charCodeAt(k);
    if (quote >= 0x80 || QUOTES[quote] === 0) this.fail('unquoted attribute value.', k);
    const valueStart = k + 1;
    const value = this.attributeValue(valueStart, quote);
    const valueEnd = this.after - 1;
    return new SourceAttribute(this.shareRange(nameStart, nameEnd), value, this.lines, nameStart, valueStart, valueEnd);
  }

  /**
   * A quoted value from just after its opening quote: normalised (white space, line ends,
   * references). `after` is left just after the closing quote.
   */
  private attributeValue(from: number, quote: number): string {
    const text = this.text;
    const len = this.len;
    let value = '';
    let run = from;
    for (let k = from; ; ) {
      // Ordinary characters cost one table test each (the loop runs over every character of every value).
      while (k < len) {
        const c = text.charCodeAt(k);
        if (c < 0x80 ? VALUE_STOP[c] === 1 : c >= 0xd800) break;
        k++;
      }
      if (k >= len) this.unexpectedEnd();
      const c = text.charCodeAt(k);
      if (c === quote) {
        this.after = k + 1;
        // Most values have nothing to normalise: taken from the text as they are, through the cache.
        return run === from ? this.shareRange(from, k) : this.share(value + text.slice(run, k));
      }
      if (c === AMP) {
        const semi = this.referenceEnd(k);
        value += text.slice(run, k) + this.entity(k + 1, semi);
        k = run = semi + 1;
      } else if (c === LT) {
        this.fail('disallowed character.', k);
      } else if (c === TAB || c === LF || c === CR) {
        value += text.slice(run, k) + ' ';
        k += c === CR && text.charCodeAt(k + 1) === LF ? 2 : 1;
        run = k;
      } else if (c === DQUOTE || c === SQUOTE) {
        k++; // the other quote
      } else if (startsXmlChar(text, k, c)) {
        k += c <= 0xdbff && c >= 0xd800 ? 2 : 1; // a pair, or U+E000..U+FFFD
      } else {
        this.sawForbidden = true;
        k++;
      }
    }
  }

  /** Duplicate names, then the attribute limit, at the start tag's `>` (saxes' order). */
  private checkAttributes(attributes: readonly XmlAttribute[], n: number, gt: number, nameStart: number, nameEnd: number): void {
    if (n > 1) {
      if (n <= 8) {
        for (let a = 1; a < n; a++) {
          const name = (attributes[a] as XmlAttribute).name;
          for (let b = 0; b < a; b++) if ((attributes[b] as XmlAttribute).name === name) this.fail(`duplicate attribute: ${name}.`, gt);
        }
      } else {
        const seen = new Set<string>();
        for (let a = 0; a < n; a++) {
          const name = (attributes[a] as XmlAttribute).name;
          if (seen.has(name)) this.fail(`duplicate attribute: ${name}.`, gt);
          seen.add(name);
        }
      }
    }
    if (n > this.limits.maxAttributes) {
      const element = this.text.slice(nameStart, nameEnd);
      throw new ScanStop(
        this.problem(
          DIAGNOSTIC_IDS.xmlTooManyAttributes,
          `<${element}> has more than ${this.limits.maxAttributes} attributes; libvirt XML never needs this many`,
          nameStart,
          nameEnd,
          gt,
        ),
      );
    }
  }

  private endTag(p: number): number {
    const text = this.text;
    const depth = this.stack.length - 1;
    const el = this.stack[depth];
    // The usual case, `</name>` right after the open element's name, is compared in place at once
    // (every check of endTagChecked would pass); anything else goes through those checks.
    let gt = el === undefined ? -1 : p + 2 + el.name.length;
    if (el === undefined || text.charCodeAt(gt) !== GT || !sameAt(text, p + 2, gt, el.name)) gt = this.endTagChecked(p);
    const open = el as SourceElement;
    this.stack.pop();
    // Exact-size children (see kids); no list at all for an element without.
    const kidCount = this.kidCounts[depth] as number;
    if (kidCount > 0) open.children = firstOf(this.kids[depth] as SourceElement[], kidCount);
    open.contentEndOffset = Math.max(open.contentStartOffset, p);
    open.endOffset = gt + 1;
    if (depth === 0) this.closedRoot = true;
    return gt + 1;
  }

  /** The `>` of the end tag at `p`, which must close the innermost open element (saxes' checks, in its order). */
  private endTagChecked(p: number): number {
    const text = this.text;
    const len = this.len;
    const nameEnd = nameCharsEnd(text, p + 2);
    if (nameEnd >= len) this.unexpectedEnd();
    let gt = nameEnd;
    if (text.charCodeAt(gt) !== GT) {
      if (!isSpace(text.charCodeAt(gt))) this.fail('disallowed character in closing tag.', gt);
      gt = this.skipSpaces(gt);
      if (gt >= len) this.unexpectedEnd();
      if (text.charCodeAt(gt) !== GT) this.fail('disallowed character in closing tag.', gt);
    }
    if (nameEnd === p + 2) this.fail('weird empty close tag.', gt);
    const el = this.stack[this.stack.length - 1];
    if (!el) this.fail(`unmatched closing tag: ${text.slice(p + 2, nameEnd)}.`, gt);
    // Compared in place: the end tag's name is not copied out of the text.
    if (!sameAt(text, p + 2, nameEnd, el.name)) this.fail('unexpected close tag.', gt);
    return gt;
  }


  private comment(p: number): number {
    const text = this.text;
    const dashes = text.indexOf('--', p + 4);
    if (dashes < 0 || dashes + 2 >= this.len) this.unexpectedEnd();
    if (text.charCodeAt(dashes + 2) !== GT) this.fail('malformed comment.', dashes + 2);
    const end = dashes + 3;
    this.noteForbidden(p + 4, dashes);
    this.comments.push({ text: normalizeNewlines(text.slice(p + 4, dashes)), range: this.lines.range(p, end) });
    return end;
  }

  private cdata(p: number): number {
    if (!this.sawRoot || this.closedRoot) this.fail('text data outside of root node.', p + 8);
    const close = this.text.indexOf(']]>', p + 9);
    if (close < 0) this.unexpectedEnd();
    this.noteForbidden(p + 9, close);
    (this.stack[this.stack.length - 1] as SourceElement).addText(this.share(normalizeNewlines(this.text.slice(p + 9, close))));
    return close + 3;
  }

  /**
   * A DOCTYPE is refused once its end is found, without interpreting anything in it: the scan only
   * skips quoted strings, the internal subset, and comments and PIs inside it, to find that end.
   */
  private doctype(p: number): never {
    if (this.sawDoctype || this.sawRoot) this.fail('inappropriately located doctype declaration.', p + 8);
    this.sawDoctype = true;
    const gt = this.doctypeEnd(p + 9);
    const end = gt + 1;
    const body = this.text.slice(p + 9, gt);
    const start = this.text.lastIndexOf('<!DOCTYPE', end);
    throw new ScanStop(
      this.problem(
        DIAGNOSTIC_IDS.xmlDoctype,
        /<!ENTITY/i.test(body)
          ? 'DOCTYPE with entity declarations is not allowed: libvirt XML has no DTD, and entities could expand or read files; remove the DOCTYPE'
          : 'DOCTYPE is not allowed in libvirt XML; remove it',
        start >= 0 ? start : p,
        end,
        gt,
      ),
    );
  }

  /** The `>` that ends a DOCTYPE whose body starts at `from` (saxes' DOCTYPE and DTD states). */
  private doctypeEnd(from: number): number {
    const text = this.text;
    const len = this.len;
    const after = (i: number, s: string): number => {
      const at = text.indexOf(s, i);
      if (at < 0) this.unexpectedEnd();
      return at;
    };
    let k = from;
    let inSubset = false;
    for (;;) {
      if (k >= len) this.unexpectedEnd();
      const c = text.charCodeAt(k);
      if (c === DQUOTE || c === SQUOTE) {
        k = after(k + 1, c === DQUOTE ? '"' : "'") + 1;
      } else if (!inSubset) {
        if (c === GT) return k;
        if (c === 0x5b /* [ */) inSubset = true;
        k++;
      } else if (c === 0x5d /* ] */) {
        inSubset = false;
        k++;
      } else if (c === LT) {
        // The character after `<` is taken whatever it is (a quote there starts no string).
        if (k + 1 >= len) this.unexpectedEnd();
        const d = text.charCodeAt(k + 1);
        if (d === QUESTION) {
          k = after(after(k + 2, '?'), '>') + 1;
        } else if (d === BANG && text.startsWith('--', k + 2)) {
          const dashes = after(k + 4, '--');
          if (dashes + 2 >= len) this.unexpectedEnd();
          if (text.charCodeAt(dashes + 2) !== GT) this.fail('malformed comment.', dashes + 2);
          k = dashes + 3;
        } else if (d === BANG) {
          if (k + 3 >= len) this.unexpectedEnd();
          k += text.charCodeAt(k + 2) === 0x2d /* - */ ? 4 : 3;
        } else {
          k += 2;
        }
      } else {
        k++;
      }
    }
  }

  private processingInstruction(p: number): number {
    const text = this.text;
    const len = this.len;
    const first = codeAt(text, p + 2);
    if (first < 0) this.unexpectedEnd();
    if (!isNameStartCode(first)) {
      this.fail(first === QUESTION || isSpace(first) ? 'processing instruction without a target.' : 'disallowed character in processing instruction name.', p + 2);
    }
    const targetEnd = nameCharsEnd(text, p + 2 + width(first));
    if (targetEnd >= len) this.unexpectedEnd();
    const c = text.charCodeAt(targetEnd);
    if (c !== QUESTION && !isSpace(c)) this.fail('disallowed character in processing instruction name.', targetEnd);
    const target = text.slice(p + 2, targetEnd);
    if (target === 'xml') {
      if (p !== this.start) this.fail('an XML declaration must be at the start of the document.', targetEnd);
      return this.xmlDeclaration(targetEnd);
    }
    const close = text.indexOf('?>', targetEnd);
    if (close < 0) this.unexpectedEnd();
    this.noteForbidden(targetEnd, close);
    if (target.toLowerCase() === 'xml') this.fail('the XML declaration must appear at the start of the document.', close + 1);
    return close + 2;
  }

  /**
   * The pseudo-attributes of `<?xml …?>` from just after `xml`: version, then optionally encoding
   * and standalone, in that order, each checked for its shape.
   */
  private xmlDeclaration(from: number): number {
    const text = this.text;
    const len = this.len;
    let expects = ['version'];
    let k = from;
    const at = (i: number): number => {
      if (i >= len) this.unexpectedEnd();
      return text.charCodeAt(i);
    };
    for (;;) {
      k = this.skipSpaces(k);
      if (at(k) === QUESTION) break;
      // The name runs to `=`, `?` or white space (its first character is taken whatever it is).
      let n = k + 1;
      while (n < len && !isSpace(text.charCodeAt(n)) && text.charCodeAt(n) !== EQUALS && text.charCodeAt(n) !== QUESTION) n++;
      if (at(n) === QUESTION) this.fail('XML declaration is incomplete.', n);
      const name = text.slice(k, n);
      if (!expects.includes(name)) this.fail(name.length === 1 ? `expected the name ${expects[0]}.` : `expected one of ${expects.join(', ')}`, n);
      k = this.skipSpaces(n);
      if (at(k) === QUESTION) this.fail('XML declaration is incomplete.', k);
      if (at(k) !== EQUALS) this.fail('value required.', k);
      k = this.skipSpaces(k + 1);
      const quote = at(k);
      if (quote === QUESTION) this.fail('XML declaration is incomplete.', k);
      if (quote !== DQUOTE && quote !== SQUOTE) this.fail('value must be quoted.', k);
      let e = k + 1;
      while (at(e) !== quote && text.charCodeAt(e) !== QUESTION) e++;
      if (text.charCodeAt(e) === QUESTION) this.fail('XML declaration is incomplete.', e);
      const value = normalizeNewlines(text.slice(k + 1, e));
      if (name === 'version') {
        expects = ['encoding', 'standalone'];
        if (!/^1\.[0-9]+$/.test(value)) this.fail('version number must match /^1\\.[0-9]+$/.', e);
      } else if (name === 'encoding') {
        if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) this.fail(`encoding name ${JSON.stringify(sliceWhole(value, 0, 60))} must start with a letter, then only letters, digits, '.', '_' or '-'.`, e);
        expects = ['standalone'];
      } else {
        if (value !== 'yes' && value !== 'no') this.fail('standalone value must match "yes" or "no".', e);
        expects = [];
      }
      k = e + 1;
      const sep = at(k);
      if (sep === QUESTION) break;
      if (!isSpace(sep)) this.fail('whitespace required.', k);
    }
    const gt = k + 1;
    if (at(gt) !== GT) this.fail('The character ? is disallowed anywhere in XML declarations.', gt);
    if (expects.includes('version')) this.fail('XML declaration must contain a version.', gt);
    return gt + 1;
  }
}
